/**
 * `npx tsx training/namedServiceProbe.ts [--show] [--json FILE]`: a resident who names a service
 * by its name or a common name ("het wijkteam", "een wijkcoach", "de voedselbank", "het Geldhuis")
 * should get that entry. Counts, for new phrasings written for this probe (docs/adr/0013, session
 * 17, "a named service"), how often the named entry is first and in the top three: from the first
 * message, and after the intake with each levensgebied the named entry is filed under chosen in
 * turn (the resident may pick any of them). The same search as bench:understanding
 * (searchAsResident). Dev data only: Enschede's knowledge (the golden set's) and dev kaarten; no
 * frozen split, no apart kaart. `--show` prints every case that misses the top three; `--json`
 * writes one row per case, so two runs can be compared case by case ("none lost").
 * The cases are fixed: this probe was committed before any candidate was scored and is not
 * changed after; more phrasings go in a second, declared probe.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROBE_ROOT, PROBE_TODAY, probeKaart } from './probeKaart.js';
import { searchAsResident, type BenchCase } from '../bench/benchSupport.js';
import { buildPlaceIndex } from '../src/conversation/places.js';
import { readMessage } from '../src/conversation/messageFacts.js';
import type { SearchIndex } from '../src/search/searchIndex.js';
import { WijkwijzerError } from '../src/shared/errors.js';

/** One phrasing: the kaart it is asked of, the words, the entries it names (the first decides the levensgebieden). */
interface NamedCase {
  readonly kaart: string;
  readonly text: string;
  readonly named: readonly string[];
  /** `wijkteam`: the wijkteam, a wijkcoach or the wijkwijzer's spreekuur; `other`: any other name. */
  readonly group: 'wijkteam' | 'other';
}

const ENSCHEDE = 'knowledge';

export const NAMED_CASES: readonly NamedCase[] = [
  // Enschede (the golden set's knowledge): the wijkteam, a wijkcoach, the wijkwijzer.
  {
    kaart: ENSCHEDE,
    text: 'hoe kom ik in contact met het wijkteam',
    named: ['wijkteam'],
    group: 'wijkteam',
  },
  {
    kaart: ENSCHEDE,
    text: 'wat doet het wijkteam precies',
    named: ['wijkteam'],
    group: 'wijkteam',
  },
  {
    kaart: ENSCHEDE,
    text: 'mijn buurvrouw zei dat ik naar het wijkteam moest, hoe werkt dat',
    named: ['wijkteam'],
    group: 'wijkteam',
  },
  {
    kaart: ENSCHEDE,
    text: 'heeft mijn wijk ook een wijkcoach',
    named: ['wijkteam'],
    group: 'wijkteam',
  },
  {
    kaart: ENSCHEDE,
    text: 'ik heb vroeger een wijkcoach gehad, kan ik die weer krijgen',
    named: ['wijkteam'],
    group: 'wijkteam',
  },
  {
    kaart: ENSCHEDE,
    text: 'kan een wijkcoach meekijken naar mijn rekeningen',
    named: ['wijkteam'],
    group: 'wijkteam',
  },
  {
    kaart: ENSCHEDE,
    text: 'how do I reach the wijkteam in my area',
    named: ['wijkteam'],
    group: 'wijkteam',
  },
  {
    kaart: ENSCHEDE,
    text: 'wanneer is het spreekuur van de wijkwijzer',
    named: ['wijkwijzer-spreekuur'],
    group: 'wijkteam',
  },
  {
    kaart: ENSCHEDE,
    text: 'waar is de wijkwijzer bij mij in de buurt',
    named: ['wijkwijzer-spreekuur'],
    group: 'wijkteam',
  },
  // Enschede: other services and organisations by name.
  {
    kaart: ENSCHEDE,
    text: 'hoe meld ik me aan bij de voedselbank',
    named: ['voedselbank'],
    group: 'other',
  },
  {
    kaart: ENSCHEDE,
    text: 'kom ik in aanmerking voor de voedselbank',
    named: ['voedselbank'],
    group: 'other',
  },
  { kaart: ENSCHEDE, text: 'where is the food bank', named: ['voedselbank'], group: 'other' },
  {
    kaart: ENSCHEDE,
    text: 'ik wil graag een schuldhulpmaatje',
    named: ['schuldhulpmaatje'],
    group: 'other',
  },
  {
    kaart: ENSCHEDE,
    text: 'kan de stadsbank mijn schulden regelen',
    named: ['stadsbank-schuldhulp'],
    group: 'other',
  },
  {
    kaart: ENSCHEDE,
    text: 'hoe werkt budgetbeheer bij de stadsbank',
    named: ['stadsbank-budgetbeheer'],
    group: 'other',
  },
  {
    kaart: ENSCHEDE,
    text: 'ik zoek de buurtbemiddeling',
    named: ['buurtbemiddeling'],
    group: 'other',
  },
  {
    kaart: ENSCHEDE,
    text: 'kan humanitas mij helpen met mijn administratie',
    named: ['humanitas-thuisadministratie'],
    group: 'other',
  },
  { kaart: ENSCHEDE, text: 'waar zit het taalhuis', named: ['taalhuis-enschede'], group: 'other' },
  {
    kaart: ENSCHEDE,
    text: 'hoe kom ik bij het juridisch loket',
    named: ['juridisch-loket'],
    group: 'other',
  },
  {
    kaart: ENSCHEDE,
    text: 'kan ik bij tactus terecht voor mijn drinken',
    named: ['tactus-verslavingszorg'],
    group: 'other',
  },
  {
    kaart: ENSCHEDE,
    text: 'wat doet vluchtelingenwerk voor mij',
    named: ['vluchtelingenwerk'],
    group: 'other',
  },
  {
    kaart: ENSCHEDE,
    text: 'is er een repair cafe in enschede',
    named: ['repair-cafe'],
    group: 'other',
  },
  {
    kaart: ENSCHEDE,
    text: 'ik zoek de formulierenbrigade',
    named: ['formulierenbrigade'],
    group: 'other',
  },
  {
    kaart: ENSCHEDE,
    text: 'kan ik via het leger des heils eten krijgen',
    named: ['noodpakket-leger-des-heils'],
    group: 'other',
  },
  // Dev kaarten.
  {
    kaart: 'kaart-hoolterveen',
    text: 'wanneer heeft de wijkcoach van het sociaal plein spreekuur',
    named: ['hv-sp-wijkcoach'],
    group: 'wijkteam',
  },
  {
    kaart: 'kaart-hoolterveen',
    text: 'ik wil naar de wijkcoach',
    named: ['hv-sp-wijkcoach'],
    group: 'wijkteam',
  },
  {
    kaart: 'kaart-hoolterveen',
    text: 'hoe kom ik bij de voedselbank',
    named: ['hv-vb-pakket'],
    group: 'other',
  },
  {
    kaart: 'kaart-hoolterveen',
    text: 'kan schuldenmaat mij een maatje geven',
    named: ['hv-sm-maatje'],
    group: 'other',
  },
  {
    kaart: 'kaart-kuipersveld',
    text: 'hoe kom ik bij het geldhuis voor mijn schulden',
    named: ['kv-gh-schuldhulp'],
    group: 'other',
  },
  {
    kaart: 'kaart-kuipersveld',
    text: 'ik wil me aanmelden bij voedselpunt de ton',
    named: ['kv-dt-pakket'],
    group: 'other',
  },
  {
    kaart: 'kaart-kuipersveld',
    text: 'wat kan de ouderenadviseur voor mijn vader doen',
    named: ['kv-wz-ouderenadviseur'],
    group: 'other',
  },
  {
    kaart: 'kaart-kuipersveld',
    text: 'kan de buurtbemiddeling tussen mij en de bovenburen komen',
    named: ['kv-bb-bemiddeling'],
    group: 'other',
  },
  {
    kaart: 'kaart-smidsbroek',
    text: 'kan het buurtwerk iets doen aan de ruzie met mijn buren',
    named: ['sb-bw-bemiddeling'],
    group: 'other',
  },
  {
    kaart: 'kaart-smidsbroek',
    text: 'ik zoek schuldhulp bij geldpunt rond komen',
    named: ['sb-rk-schuldhulp'],
    group: 'other',
  },
  {
    kaart: 'kaart-smidsbroek',
    text: 'hoe krijg ik een pakket van de broodkorf',
    named: ['sb-bk-voedselpakket'],
    group: 'other',
  },
  {
    kaart: 'kaart-smidsbroek',
    text: 'waar vind ik het wmo-loket',
    named: ['sb-gm-wmo-loket'],
    group: 'other',
  },
  {
    kaart: 'kaart-vechtstede',
    text: 'ik wil naar de voedselbank',
    named: ['vs-voedselbank'],
    group: 'other',
  },
  {
    kaart: 'kaart-vechtstede',
    text: 'hoe meld ik me bij de schuldhulpverlening',
    named: ['vs-schuldhulp'],
    group: 'other',
  },
  {
    kaart: 'kaart-vechtstede',
    text: 'wanneer zijn de sociaal raadslieden er',
    named: ['vs-sociaal-raadslieden'],
    group: 'other',
  },
  {
    kaart: 'kaart-reggedal',
    text: 'wanneer is het huurteam open',
    named: ['rd-huurteam'],
    group: 'other',
  },
  {
    kaart: 'kaart-reggedal',
    text: 'ik wil langs bij het loket zorg en ondersteuning',
    named: ['rd-loket-zorg'],
    group: 'other',
  },
  {
    kaart: 'kaart-reggedal',
    text: 'hoe werkt de gezinscoach',
    named: ['rd-gezinscoach'],
    group: 'other',
  },
];

/** One scored case: the phrasing, the levensgebied chosen (none: the first message), where the named entry stands. */
export interface NamedRow {
  readonly kaart: string;
  readonly text: string;
  readonly chosen?: string;
  readonly group: NamedCase['group'];
  /** 0-based place of the first named entry among the first ten, or -1. */
  readonly rank: number;
  readonly top3: readonly string[];
  /** The conversation hands over to a person at once (`wantsPerson`): the search is not shown. */
  readonly toPerson: boolean;
}

const places = buildPlaceIndex({ wijken: [], lookupPostcode: () => 'unknown' });

function row(index: SearchIndex, c: NamedCase, chosen?: string): NamedRow {
  const bench: BenchCase = { text: c.text, expected: [...c.named], category: 'named' };
  const found = searchAsResident(index, bench, PROBE_TODAY, chosen);
  return {
    kaart: c.kaart,
    text: c.text,
    ...(chosen === undefined ? {} : { chosen }),
    group: c.group,
    rank: found.results.findIndex((hit) => c.named.includes(hit.id)),
    top3: found.results.slice(0, 3).map((hit) => hit.id),
    toPerson: readMessage(c.text, { places }).wantsPerson,
  };
}

/** Every case of the probe: each phrasing from the first message, then with each levensgebied of its named entry chosen. */
export async function namedServiceRows(
  cases: readonly NamedCase[] = NAMED_CASES,
): Promise<NamedRow[]> {
  const rows: NamedRow[] = [];
  const byKaart = new Map<string, NamedCase[]>();
  for (const c of cases) byKaart.set(c.kaart, [...(byKaart.get(c.kaart) ?? []), c]);
  for (const [kaart, kaartCases] of byKaart) {
    const dir =
      kaart === ENSCHEDE
        ? path.join(PROBE_ROOT, ENSCHEDE)
        : path.join(PROBE_ROOT, 'test/fixtures', kaart);
    const { catalogue, index } = await probeKaart(dir);
    for (const c of kaartCases) {
      const entry = catalogue.voorziening(c.named[0] as string);
      if (entry === undefined)
        throw new WijkwijzerError('WW-4001', { detail: { missing: c.named[0] ?? null } });
      rows.push(row(index, c));
      for (const slug of entry.levensgebieden) rows.push(row(index, c, slug));
    }
  }
  return rows;
}

function tally(rows: readonly NamedRow[]): string {
  const first = rows.filter((r) => r.rank === 0).length;
  const top3 = rows.filter((r) => r.rank >= 0 && r.rank < 3).length;
  return `first ${first}, top three ${top3} of ${rows.length}`;
}

const rows = await namedServiceRows();
const firstMessage = rows.filter((r) => r.chosen === undefined);
const afterIntake = rows.filter((r) => r.chosen !== undefined);
for (const [name, part] of [
  ['first message', firstMessage],
  ['after the intake', afterIntake],
] as const) {
  console.log(`${name}: ${tally(part)}`);
  console.log(
    `  wijkteam, wijkcoach, wijkwijzer: ${tally(part.filter((r) => r.group === 'wijkteam'))}`,
  );
  console.log(`  other names: ${tally(part.filter((r) => r.group === 'other'))}`);
}
console.log(
  `all: ${tally(rows)}; handed to a person at once: ${firstMessage.filter((r) => r.toPerson).length} phrasings`,
);
if (process.argv.includes('--show')) {
  for (const r of rows) {
    if (r.rank >= 0 && r.rank < 3) continue;
    console.log(
      `miss ${r.kaart.replace('kaart-', '')} "${r.text}" ${r.chosen ?? '(first)'}: at ${r.rank < 0 ? '-' : r.rank + 1}, top ${r.top3.join(', ')}`,
    );
  }
}
const out = process.argv.indexOf('--json');
if (out >= 0) writeFileSync(process.argv[out + 1] as string, `${JSON.stringify(rows, null, 1)}\n`);
