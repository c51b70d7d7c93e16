import type { Catalogue, Voorziening } from '../knowledge/catalogue.js';
import { namesWijkteam } from '../understanding/aboutWijkteam.js';
import { rememberLast } from '../shared/rememberLast.js';

/**
 * The kaart's own entry for its wijkteam (ADR 0013, session 22, "the wijkteam itself asked for"),
 * read from the fields every kaart already has rather than from its description, which each kaart
 * writes in its own style: a name that names the wijkteam or its people ("Het wijkteam in uw wijk",
 * "Sociaal Wijkteam Korfhuizen", "Wijkcoach van het Sociaal Plein"), and the breadth of a team that
 * helps with whatever plays (WIJKTEAM_MIN_DOMAINS levensgebieden or more). A help given through the
 * wijkteam ("Jeugdhulp via het wijkteam", one levensgebied) is not the team; neither is an entry only
 * staff can refer to. Several: the broadest, then the first on the kaart.
 */
const WIJKTEAM_MIN_DOMAINS = 3;

export function wijkteamEntryOf(
  catalogue: Pick<Catalogue, 'voorzieningen'>,
): Voorziening | undefined {
  let best: Voorziening | undefined;
  for (const entry of catalogue.voorzieningen) {
    if (entry.toegang === 'alleen-via-wijkteam') continue;
    if (entry.levensgebieden.length < WIJKTEAM_MIN_DOMAINS || !namesWijkteam(entry.naam)) continue;
    if (best === undefined || entry.levensgebieden.length > best.levensgebieden.length)
      best = entry;
  }
  return best;
}

/**
 * `wijkteamEntryOf` once per loaded kaart (ADR 0013, session 23): the conversation asks for the
 * entry on every turn that shows it, and a kaart of 10,000 entries is not scanned for it each time.
 * Like the vocabulary of unmet needs (src/insights/generalisedTerms.ts, `vocabularyCache`), read
 * again only when the knowledge is reloaded, which brings a new catalogue with a new list of
 * entries (the loader freezes it: a loaded list never changes); keyed on that list
 * (src/shared/rememberLast.ts).
 */
export function wijkteamEntryCache(): (
  catalogue: Pick<Catalogue, 'voorzieningen'>,
) => Voorziening | undefined {
  const entryOf = rememberLast((voorzieningen: Catalogue['voorzieningen']) =>
    wijkteamEntryOf({ voorzieningen }),
  );
  return (catalogue) => entryOf(catalogue.voorzieningen);
}
