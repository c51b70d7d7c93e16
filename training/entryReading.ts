/**
 * `npx tsx training/entryReading.ts`: how well the entry reader (needIndex.ts) shows an entry's own
 * need, on the dev kaarten and golden train+dev (ADR 0013, session 13). For every answerable
 * question, the question model's likeliest need inside the levensgebieden of a right entry is taken
 * as the question's need; the figure is how often that need is the first of the right entry's
 * profile among the needs of its levensgebieden ("agrees"), and the mean share the entry reader
 * gives it within those needs. PROBE_MODEL=file reads questions and entries (probeKaart.ts); the
 * shipped model where left out.
 */
import path from 'node:path';
import { DEV_KAART_FOLDERS, goldenSets, readCases, type BenchCase } from '../bench/benchSupport.js';
import { PROBE_ROOT, probeKaart } from './probeKaart.js';

async function score(dir: string, cases: readonly BenchCase[]): Promise<string> {
  const { catalogue, index } = await probeKaart(dir);
  const needs = index.internals.needs;
  const ids = catalogue.voorzieningen.map((entry) => entry.id);
  let counted = 0;
  let agrees = 0;
  let shareSum = 0;
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    const doc = ids.indexOf(c.expected[0] as string);
    const profile = needs.profiles[doc];
    if (profile === undefined || profile.size === 0) continue;
    const question = needs.model.predict(c.text);
    let best = -1;
    for (const label of profile.keys()) {
      if (best < 0 || (question[label] as number) > (question[best] as number)) best = label;
    }
    let top = -1;
    let total = 0;
    for (const [label, share] of profile) {
      total += share;
      if (top < 0 || share > (profile.get(top) as number)) top = label;
    }
    counted += 1;
    if (top === best) agrees += 1;
    shareSum += (profile.get(best) as number) / total;
  }
  return `agrees ${agrees}/${counted} share ${(shareSum / Math.max(1, counted)).toFixed(3)}`;
}

const lines: string[] = [];
for (const kaart of DEV_KAART_FOLDERS) {
  const dir = path.join(PROBE_ROOT, 'test/fixtures', kaart);
  lines.push(
    `${kaart.replace('kaart-', '')} ${await score(dir, readCases(path.join(dir, 'questions.jsonl')))}`,
  );
}
lines.push(
  `golden ${await score(path.join(PROBE_ROOT, 'knowledge'), goldenSets(PROBE_ROOT, 'dev').tuned)}`,
);
console.log(lines.join('\n'));
