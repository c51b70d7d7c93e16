import type { MonitorKnowledge } from '../../../src/insights/report/monitorReport.js';

/**
 * The smallest knowledge a city-wide monitor table needs: one stadsdeel with one wijk, nothing
 * else. Tables of the gemeente's own services and of care add their entries to it.
 */
export function oneWijkKnowledge(
  services: Pick<MonitorKnowledge, 'gemeenteDiensten' | 'zorgDiensten'>,
): MonitorKnowledge {
  return {
    levensgebieden: [],
    stadsdelen: [
      {
        id: 'zuid',
        naam: 'Zuid',
        wijken: [
          {
            naam: 'Wesselerbrink',
            stadsdeel: 'Zuid',
            stadsdeelId: 'zuid',
            wijkteam: 'wesselerbrink',
            postcodes: [7544],
            buurten: [],
            zeker: true,
          },
        ],
      },
    ],
    wijkteams: [],
    voorzieningen: [],
    beheerders: [],
    ...services,
  };
}
