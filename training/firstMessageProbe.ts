/**
 * `npx tsx training/firstMessageProbe.ts`: hit@3 from the first message as counts, on the twenty-two dev
 * kaarten and golden train+dev (never a frozen split), with the English questions apart and the
 * misses sorted by cause: `need` (none of the levensgebieden the question is labelled with, or its
 * expected entries carry, is among the two the search offers: the question's need was not read),
 * `rank` (the need was read and a right entry stands at places 4–10) and `text` (the need was read
 * and no right entry is in the ten: its text and needs do not meet the question). The same search
 * as bench:understanding (searchAsResident), in seconds instead of minutes, so a candidate change
 * can be weighed against a decision rule fixed beforehand (docs/adr/0013, session 9 amendment).
 * PROBE_MODEL=file scores a model trained elsewhere (`npm run train -- --out DIR`), as probe.ts.
 */
import path from 'node:path';
import { PROBE_ROOT, PROBE_TODAY, probeKaart } from './probeKaart.js';
import {
  DEV_KAART_FOLDERS,
  goldenSets,
  missCause,
  readCases,
  searchAsResident,
  type BenchCase,
} from '../bench/benchSupport.js';

const KAARTEN = DEV_KAART_FOLDERS;

async function score(dir: string, cases: readonly BenchCase[]): Promise<string> {
  const { catalogue, index } = await probeKaart(dir);
  let answerable = 0;
  let hits = 0;
  let english = 0;
  let englishHits = 0;
  const causes = { need: 0, rank: 0, text: 0 };
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    answerable += 1;
    const result = searchAsResident(index, c, PROBE_TODAY);
    const hit = result.results
      .slice(0, 3)
      .some((found) => c.expected.includes(found.voorziening.id));
    if (hit) hits += 1;
    if (c.category === 'english') {
      english += 1;
      if (hit) englishHits += 1;
    }
    const cause = missCause(catalogue, c, result);
    if (cause !== undefined) causes[cause] += 1;
  }
  return `${hits}/${answerable} en ${englishHits}/${english} misses need ${causes.need} rank ${causes.rank} text ${causes.text}`;
}

const lines: string[] = [];
let total = 0;
for (const kaart of KAARTEN) {
  const dir = path.join(PROBE_ROOT, 'test/fixtures', kaart);
  const line = await score(dir, readCases(path.join(dir, 'questions.jsonl')));
  total += Number(line.split('/')[0]);
  lines.push(`${kaart.replace('kaart-', '')} ${line}`);
}
const golden = await score(path.join(PROBE_ROOT, 'knowledge'), goldenSets(PROBE_ROOT, 'dev').tuned);
console.log(`${lines.join(' | ')} | sum ${total} | golden ${golden}`);
