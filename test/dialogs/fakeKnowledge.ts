import type { IntakeSearchQuery, IntakeSearchResult, KnowledgePort } from '../../dialogs/ports.js';
import { routingTableFrom, type RoutingTable } from '../../src/cases/routing.js';
import { buildAreas } from '../../src/knowledge/areas.js';
import { wijkteamPhoneOf, type Voorziening } from '../../src/knowledge/catalogue.js';
import { foldReply } from '../../src/conversation/matchText.js';
import { voorzieningSchema } from '../../src/knowledge/schema.js';

/**
 * A small, predictable sociale kaart for transcript tests: keywords decide the levensgebieden and
 * results, so a test reads as "this question gives these cards" without depending on the ranking
 * of src/search (which has its own tests).
 */

function voorziening(entry: Record<string, unknown>): Voorziening {
  return {
    ...voorzieningSchema.parse(entry),
    beheerder: 'test',
    source: { file: 'test.yaml', line: 1 },
  };
}

export const fakeVoorzieningen: Record<string, Voorziening> = {
  schuldhulp: voorziening({
    id: 'schuldhulp',
    naam: 'Schuldhulp Enschede',
    organisatie: 'Gemeente',
    omschrijving: 'Gratis hulp als u schulden heeft of uw rekeningen niet kunt betalen.',
    levensgebieden: ['geld'],
    gebied: 'heel-enschede',
    toegang: 'aanmelden',
    kosten: 'gratis',
    contact: { telefoon: '053-4811234', website: 'https://www.enschede.nl/schulden' },
    gecontroleerd: '2026-01-05',
  }),
  budgetmaatje: voorziening({
    id: 'budgetmaatje',
    naam: 'Budgetmaatje',
    organisatie: 'Humanitas',
    omschrijving: 'Een vrijwilliger helpt u thuis met uw post en uw geld.',
    levensgebieden: ['geld'],
    gebied: 'heel-enschede',
    toegang: 'aanmelden',
    kosten: 'gratis',
    contact: { email: 'budget@example.nl' },
    gecontroleerd: null,
  }),
  huiskamer: voorziening({
    id: 'huiskamer',
    naam: 'Huiskamer van de Buurt',
    organisatie: 'Alifa',
    omschrijving:
      'Kom koffie drinken en praat met buurtgenoten. Voor iedereen die zich alleen voelt.',
    levensgebieden: ['ontmoeting'],
    gebied: 'heel-enschede',
    toegang: 'vrij-inlopen',
    kosten: 'gratis',
    gecontroleerd: '2026-01-05',
  }),
  ouderenbezoek: voorziening({
    id: 'ouderenbezoek',
    naam: 'Bezoek voor ouderen',
    organisatie: 'Humanitas',
    omschrijving: 'Een vrijwilliger komt elke week bij u op bezoek voor een praatje.',
    levensgebieden: ['ontmoeting', 'ouder-worden'],
    doelgroep: { leeftijd: { min: 65 } },
    gebied: 'heel-enschede',
    toegang: 'aanmelden',
    kosten: 'gratis',
    contact: { telefoon: '0800-0123' },
    gecontroleerd: '2026-01-05',
  }),
};

const levensgebieden = [
  { id: 'geld', label: 'Geld, schulden en administratie' },
  { id: 'ontmoeting', label: 'Eenzaamheid en ontmoeting' },
  { id: 'wonen', label: 'Wonen' },
  { id: 'gezondheid', label: 'Gezondheid en hoe u zich voelt' },
  { id: 'opvoeden', label: 'Opvoeden en opgroeien' },
  { id: 'mantelzorg', label: 'Zorgen voor een naaste' },
];

/** Keyword → levensgebied, confidence and results. */
const rules: ReadonlyArray<{
  words: readonly string[];
  slug: string;
  confidence: number;
  results: readonly string[];
}> = [
  {
    words: ['rekening', 'rekeningen', 'schulden', 'schuld', 'geld', 'bills', 'debts', 'money'],
    slug: 'geld',
    confidence: 0.8,
    results: ['schuldhulp', 'budgetmaatje'],
  },
  {
    words: ['eenzaam', 'alleen', 'lonely'],
    slug: 'ontmoeting',
    confidence: 0.8,
    results: ['huiskamer', 'ouderenbezoek'],
  },
  { words: ['huis', 'huur', 'woning'], slug: 'wonen', confidence: 0.7, results: [] },
  { words: ['somber', 'ziek', 'moe'], slug: 'gezondheid', confidence: 0.7, results: [] },
  { words: ['zoon', 'dochter', 'kind', 'school'], slug: 'opvoeden', confidence: 0.45, results: [] },
];

export type SearchCall = IntakeSearchQuery;

export function fakeKnowledge(calls: SearchCall[] = []): KnowledgePort {
  const areas = buildAreas({
    gemeente: 'Enschede',
    // As knowledge/gebieden.yaml names them.
    buurgemeenten: [
      'Hengelo',
      'Borne',
      'Almelo',
      'Oldenzaal',
      'Losser',
      'Overdinkel',
      'De Lutte',
      'Haaksbergen',
      'Delden',
      'Goor',
      'Hof van Twente',
      'Tubbergen',
      'Denekamp',
      'Neede',
      'Eibergen',
      'Gronau',
      'Glanerbrücke',
    ],
    wijkteamtelefoon: '14 053',
    postcodereeksen: [{ van: 7500, tot: 7548 }],
    wijkteams: [
      { id: 'boswinkel-boekelo', naam: 'Wijkteam Boswinkel-Boekelo' },
      { id: 'wesselerbrink', naam: 'Wijkteam Wesselerbrink' },
    ],
    stadsdelen: [
      {
        id: 'west',
        naam: 'West',
        wijken: [
          {
            naam: 'Boswinkel',
            wijkteam: 'boswinkel-boekelo',
            postcodes: [7544],
            zeker: true,
            buurten: [],
          },
        ],
      },
      {
        id: 'zuid',
        naam: 'Zuid',
        wijken: [
          {
            naam: 'Wesselerbrink',
            wijkteam: 'wesselerbrink',
            postcodes: [7543],
            zeker: true,
            buurten: ['Het Lang'],
          },
        ],
      },
    ],
  });
  return {
    search(query): IntakeSearchResult {
      calls.push(query);
      const words = new Set(foldReply(query.text).split(' '));
      const labelHits = levensgebieden.filter((domain) =>
        foldReply(query.text).includes(foldReply(domain.label)),
      );
      const matched = rules.filter(
        (rule) =>
          rule.words.some((word) => words.has(word)) ||
          labelHits.some((domain) => domain.id === rule.slug),
      );
      const ids = [...new Set(matched.flatMap((rule) => rule.results))];
      const results = ids
        .map((id) => fakeVoorzieningen[id])
        .filter((entry): entry is Voorziening => entry !== undefined)
        .map((entry) => ({ id: entry.id, voorziening: entry }));
      const domains = matched.map((rule) => ({ slug: rule.slug, confidence: rule.confidence }));
      return {
        results,
        domains,
        strongDomains: domains
          .filter((domain) => domain.confidence >= 0.6)
          .map((domain) => domain.slug),
        noGoodMatch: results.length === 0,
      };
    },
    levensgebieden: () => levensgebieden,
    wijken: () => areas.wijken,
    gemeente: () => areas.gemeente,
    examplePostcode: () => String(areas.examplePostcode),
    buurgemeenten: () => areas.buurgemeenten,
    wijkteamPhone: () => wijkteamPhoneOf({ areas }),
    lookupPostcode: (input) => areas.lookupPostcode(input),
    voorziening: (id) => fakeVoorzieningen[id],
  };
}

export function fakeRouting(): RoutingTable {
  return routingTableFrom({
    versie: 1,
    wijkteams: [
      { id: 'boswinkel-boekelo', naam: 'Boswinkel-Boekelo', stadsdeel: 'west' },
      { id: 'wesselerbrink', naam: 'Wesselerbrink', stadsdeel: 'zuid' },
      { id: 'centrum', naam: 'Centrum', stadsdeel: 'centrum' },
    ],
    regels: [
      { wijken: ['Boswinkel'], wijkteam: 'boswinkel-boekelo' },
      { wijken: ['Wesselerbrink'], wijkteam: 'wesselerbrink' },
      { stadsdeel: 'west', wijkteam: 'boswinkel-boekelo' },
    ],
    terugval: 'centrum',
  });
}
