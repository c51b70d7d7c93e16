/**
 * `npx tsx training/wijkteamProbe.ts`: where the kaart's wijkteam entry stands for the questions
 * that expect it or name the wijkteam (ADR 0013, session 22, "the wijkteam itself asked for"), on
 * golden train+dev and the dev kaarten (never a frozen split nor an apart kaart), and for the
 * project's own probe phrasings (training/wijkteamPhrasings.txt) on every dev kaart that has a
 * wijkteam entry. Prints per question: the kaart, the wijkteam entry's place in the search's ten
 * (- when absent), whether the reading of a question about the wijkteam itself answers it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROBE_ROOT, PROBE_TODAY, probeKaart } from './probeKaart.js';
import {
  DEV_KAART_FOLDERS,
  goldenSets,
  readCases,
  searchAsResident,
  type BenchCase,
} from '../bench/benchSupport.js';
import { recogniseWijkteamQuestion } from '../src/understanding/aboutWijkteam.js';
import { wijkteamEntryOf } from '../src/search/wijkteamEntry.js';

const NAMES_TEAM = /wijkteam|wijkcoach|buurtteam|sociaal team|neighbou?rhood team|social team/i;
const verbose = process.env.VERBOSE === '1';
const phrasings = readFileSync(path.join(PROBE_ROOT, 'training/wijkteamPhrasings.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

let probeHits = 0;
let probeTotal = 0;
const sets: [string, string, readonly BenchCase[]][] = [
  ['golden', path.join(PROBE_ROOT, 'knowledge'), goldenSets(PROBE_ROOT, 'dev').tuned],
  ...DEV_KAART_FOLDERS.map((kaart): [string, string, readonly BenchCase[]] => {
    const dir = path.join(PROBE_ROOT, 'test/fixtures', kaart);
    return [kaart.replace('kaart-', ''), dir, readCases(path.join(dir, 'questions.jsonl'))];
  }),
];
for (const [name, dir, cases] of sets) {
  const { catalogue, index } = await probeKaart(dir);
  const team = wijkteamEntryOf(catalogue);
  const place = (c: BenchCase) => {
    const found = searchAsResident(index, c, PROBE_TODAY).results.map((hit) => hit.voorziening.id);
    const at = team === undefined ? -1 : found.indexOf(team.id);
    return { at: at < 0 ? '-' : String(at + 1), top: found.slice(0, 3).join(',') };
  };
  console.log(`== ${name}: wijkteam entry ${team?.id ?? '(none)'}`);
  for (const c of cases) {
    const expects = team !== undefined && c.expected.includes(team.id);
    if (!expects && !NAMES_TEAM.test(c.text)) continue;
    const { at, top } = place(c);
    const about = recogniseWijkteamQuestion(c.text) ?? '';
    console.log(
      `  ${expects ? 'E' : 'N'} at ${at} ${about ? `about:${about}` : ''} | ${c.text} | top ${top}`,
    );
  }
  if (team === undefined) continue;
  let hits = 0;
  for (const text of phrasings) {
    const { at } = place({ text, expected: [team.id] } as BenchCase);
    if (at === '1') hits += 1;
    if (verbose) console.log(`  P at ${at} ${recogniseWijkteamQuestion(text) ?? ''} | ${text}`);
  }
  probeHits += hits;
  probeTotal += phrasings.length;
  console.log(`  probe hit@1 ${hits}/${phrasings.length}`);
}
console.log(`probe hit@1 total ${probeHits}/${probeTotal}`);
