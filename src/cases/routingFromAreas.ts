import type { Areas } from '../knowledge/areas.js';
import { routingTableFrom, type RoutingTable } from './routing.js';

/**
 * The routing of a knowledge directory without routering.yaml, read from its gebieden.yaml: every
 * wijk goes to the wijkteam gebieden.yaml names for it, a stadsdeel whose wijken all share one
 * wijkteam goes to that team, and anything else (no wijk, outside the gemeente) to the first
 * wijkteam of the file. A gemeente that wants other rules or another fallback writes
 * routering.yaml, which always wins (ADR 0006, routing; ADR 0003, amendment "Any gemeente").
 */
export function routingTableFromAreas(areas: Areas, source = 'gebieden.yaml'): RoutingTable {
  const regels = [
    ...areas.wijkteams.flatMap((team) => {
      const wijken = areas.wijken.filter((wijk) => wijk.wijkteam === team.id);
      return wijken.length === 0
        ? []
        : [{ wijken: wijken.map((wijk) => wijk.naam), wijkteam: team.id }];
    }),
    ...areas.stadsdelen.flatMap((stadsdeel) => {
      const teams = new Set(stadsdeel.wijken.map((wijk) => wijk.wijkteam));
      const [only] = teams;
      return teams.size === 1 && only !== undefined
        ? [{ stadsdeel: stadsdeel.id, wijkteam: only }]
        : [];
    }),
  ];
  return routingTableFrom(
    {
      versie: 1,
      // gebieden.yaml names a team in full ("Wijkteam Bolwerk"); routing names it without the word,
      // as the texts say "wijkteam <naam>".
      wijkteams: areas.wijkteams.map((team) => ({
        id: team.id,
        naam: team.naam.replace(/^wijkteam\s+/i, ''),
      })),
      regels,
      terugval: areas.wijkteams[0]?.id,
    },
    source,
  );
}
