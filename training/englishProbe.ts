/**
 * `npx tsx training/englishProbe.ts`: the first message's figures with the English questions apart
 * from the Dutch ones (docs/adr/0013, session 11 amendment), on the twenty-two dev kaarten (DEV_KAART_FOLDERS,
 * Brakelveen among them since session 11, Ravelsloo since session 12, Wolderbeek since session 13,
 * Lindewaard since session 14, Weversdal since session 15, Kuipersveld since session 16,
 * Smidsbroek since session 17, Vlasmarke since session 18, Biezendijk since session 19,
 * Hazelbrink since session 20, Tichelhorst since session 21, Korfhuizen since session 22,
 * Slikkerwaard since session 23, Rietmonde since session 24, Touwhoven since session 25) and golden
 * train+dev; never a
 * frozen split, Hengelo or an apart kaart. Per set and summed: hit@3 and the levensgebied in the top
 * two (as bench:understanding scores them) for the English (`category: english`) and the other
 * questions, answerable questions called "no good match", and results in the top 3 outside the
 * age range. Then the residents' English probe (test/fixtures/english-residents, session 21): English
 * questions over the dev kaarten' entries, each labelled with its kaart, scored per kaart and summed
 * apart from the kaarten' own questions. PROBE_MISSES=1 prints each English miss with the language the message was read in,
 * the two levensgebieden offered and the top 3, to sort the misses into classes (a fix must be
 * general, never a word list fitted to one question). PROBE_MODEL=file as the other probes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROBE_ROOT, PROBE_TODAY, probeKaart } from './probeKaart.js';
import { detectLanguage } from '../src/understanding/language.js';
import {
  DEV_KAART_FOLDERS,
  ageFitsCase,
  ageOfCase,
  goldenSets,
  missCause,
  readCases,
  rightLevensgebieden,
  searchAsResident,
  type BenchCase,
} from '../bench/benchSupport.js';

const showMisses = process.env.PROBE_MISSES === '1';
/**
 * Every dev kaart (Brakelveen among them since session 11); PROBE_KAARTEN=kaart-a,kaart-b probes
 * only those.
 */
const KAARTEN = process.env.PROBE_KAARTEN?.split(',') ?? DEV_KAART_FOLDERS;

interface Tally {
  n: number;
  hit3: number;
  top2: number;
  noMatch: number;
}
interface SetScore {
  english: Tally;
  dutch: Tally;
  ageOutside: number;
}
const tally = (): Tally => ({ n: 0, hit3: 0, top2: 0, noMatch: 0 });

async function score(name: string, dir: string, cases: readonly BenchCase[]): Promise<SetScore> {
  const { catalogue, index } = await probeKaart(dir);
  const result: SetScore = { english: tally(), dutch: tally(), ageOutside: 0 };
  for (const c of cases) {
    const found = searchAsResident(index, c, PROBE_TODAY);
    const ids = found.results.map((hit) => hit.voorziening.id);
    for (const id of ids.slice(0, 3)) {
      const entry = catalogue.voorziening(id);
      if (entry !== undefined && !ageFitsCase(entry, c)) result.ageOutside += 1;
    }
    if (c.expected.length === 0) continue;
    const t = c.category === 'english' ? result.english : result.dutch;
    t.n += 1;
    const rank = ids.findIndex((id) => c.expected.includes(id));
    const hit = rank >= 0 && rank < 3;
    if (hit) t.hit3 += 1;
    const wanted = rightLevensgebieden(catalogue, c);
    const top2 = found.domains.slice(0, 2).some((d) => wanted.includes(d.slug));
    if (top2) t.top2 += 1;
    if (found.noGoodMatch) t.noMatch += 1;
    if (showMisses && c.category === 'english' && (!hit || !top2)) {
      const flags = [hit ? '' : `MISS3(${missCause(catalogue, c, found)})`, top2 ? '' : 'DOM']
        .filter(Boolean)
        .join(',');
      console.log(
        `${name} ${flags} lang=${detectLanguage(c.text) ?? '-'} | ${c.text}\n   want ${wanted.join('/')} ${c.expected.join(',')} (rank ${rank})\n   got ${ids.slice(0, 3).join(', ')} | ${found.domains
          .slice(0, 3)
          .map((d) => `${d.slug}:${d.confidence}`)
          .join(
            ' ',
          )}${found.noGoodMatch ? ' | NGM' : ''}${ageOfCase(c) === undefined ? '' : ` | age ${ageOfCase(c)}`}`,
      );
    }
  }
  return result;
}

/** The residents' English probe: one file, each question naming the dev kaart it is asked on. */
const RESIDENTS_FILE = path.join(PROBE_ROOT, 'test/fixtures/english-residents/questions.jsonl');
const kaartOfRow = z.object({ kaart: z.enum(DEV_KAART_FOLDERS as [string, ...string[]]) });

/** The probe's questions grouped by kaart, in file order. */
function residentsByKaart(): Map<string, BenchCase[]> {
  const byKaart = new Map<string, BenchCase[]>();
  const lines = readFileSync(RESIDENTS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('//'));
  const cases = readCases(RESIDENTS_FILE);
  lines.forEach((line, i) => {
    const { kaart } = kaartOfRow.parse(JSON.parse(line));
    const c = cases[i];
    if (c === undefined) return;
    byKaart.set(kaart, [...(byKaart.get(kaart) ?? []), c]);
  });
  return byKaart;
}

const fmt = (t: Tally) => `${t.hit3}/${t.top2}/${t.noMatch} of ${t.n}`;
const rows: string[] = [];
const sum = { english: tally(), dutch: tally(), ageOutside: 0 };
const addTo = (into: Tally, from: Tally) => {
  into.n += from.n;
  into.hit3 += from.hit3;
  into.top2 += from.top2;
  into.noMatch += from.noMatch;
};
for (const kaart of KAARTEN) {
  const dir = path.join(PROBE_ROOT, 'test/fixtures', kaart);
  const name = kaart.replace('kaart-', '');
  const s = await score(name, dir, readCases(path.join(dir, 'questions.jsonl')));
  addTo(sum.english, s.english);
  addTo(sum.dutch, s.dutch);
  sum.ageOutside += s.ageOutside;
  rows.push(`${name.padEnd(12)} en ${fmt(s.english)} | nl ${fmt(s.dutch)} | age ${s.ageOutside}`);
}
const golden = await score(
  'golden',
  path.join(PROBE_ROOT, 'knowledge'),
  goldenSets(PROBE_ROOT, 'dev').tuned,
);
rows.push(
  `${'kaarten sum'.padEnd(12)} en ${fmt(sum.english)} | nl ${fmt(sum.dutch)} | age ${sum.ageOutside}`,
);
rows.push(
  `${'golden t+d'.padEnd(12)} en ${fmt(golden.english)} | nl ${fmt(golden.dutch)} | age ${golden.ageOutside}`,
);
const englishAll = tally();
addTo(englishAll, sum.english);
addTo(englishAll, golden.english);
rows.push(`${'en + golden'.padEnd(12)} en ${fmt(englishAll)}`);
const residents = tally();
for (const [kaart, cases] of residentsByKaart()) {
  const name = `residents ${kaart.replace('kaart-', '')}`;
  const s = await score(name, path.join(PROBE_ROOT, 'test/fixtures', kaart), cases);
  addTo(residents, s.english);
  rows.push(`${name.padEnd(22)} en ${fmt(s.english)}`);
}
rows.push(`${'residents sum'.padEnd(22)} en ${fmt(residents)}`);
console.log('hit@3 / levensgebied top two / "no good match" of answerable');
console.log(rows.join('\n'));
