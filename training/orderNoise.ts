/**
 * `npx tsx training/orderNoise.ts A.json B.json …`: how many first-message answers move between
 * understanding models (each trained with `npm run train -- --out DIR`, e.g. from other seeds or
 * as a soup of orders, ADR 0013 session 13). A summed hit@3 can stay put while questions trade
 * places, so per model it prints hit@3 over the twenty-two dev kaarten and golden train+dev, and per pair
 * of models the questions hit by one and missed by the other: the order noise a candidate has to
 * rise above. Dev sets only (DEV_KAART_FOLDERS and golden train+dev), never a frozen split; the
 * shipped calibration for every model.
 */
import path from 'node:path';
import {
  DEV_KAART_FOLDERS,
  goldenSets,
  readCases,
  searchAsResident,
  type BenchCase,
} from '../bench/benchSupport.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { buildSearchIndex } from '../src/search/searchIndex.js';
import { loadModelFile, type LinearModel } from '../src/understanding/linearModel.js';
import { PROBE_ROOT, PROBE_TODAY } from './probeKaart.js';

const files = process.argv.slice(2);
if (files.length < 2) {
  console.error('usage: npx tsx training/orderNoise.ts model-a.json model-b.json [more models]');
  process.exit(2);
}
const models: LinearModel[] = files.map((file) => loadModelFile(file));

const sets: { name: string; dir: string; cases: readonly BenchCase[] }[] = [
  ...DEV_KAART_FOLDERS.map((kaart) => {
    const dir = path.join(PROBE_ROOT, 'test/fixtures', kaart);
    return {
      name: kaart.replace('kaart-', ''),
      dir,
      cases: readCases(path.join(dir, 'questions.jsonl')),
    };
  }),
  {
    name: 'golden t+d',
    dir: path.join(PROBE_ROOT, 'knowledge'),
    cases: goldenSets(PROBE_ROOT, 'dev').tuned,
  },
];

/** hits[model][question]: whether a right entry is in the top 3 from the first message. */
const hits: boolean[][] = models.map(() => []);
const kaartHits = models.map(() => 0);
const goldenHits = models.map(() => 0);
for (const set of sets) {
  const loaded = await loadKnowledge(set.dir, {
    clock: { now: () => new Date(`${PROBE_TODAY}T10:00:00Z`) },
  });
  if (!loaded.ok)
    throw new WijkwijzerError('WW-4001', { detail: { errors: loaded.errors.length } });
  const answerable = set.cases.filter((c) => c.expected.length > 0);
  models.forEach((model, m) => {
    const index = buildSearchIndex(loaded.catalogue, { model });
    for (const c of answerable) {
      const hit = searchAsResident(index, c, PROBE_TODAY)
        .results.slice(0, 3)
        .some((found) => c.expected.includes(found.voorziening.id));
      (hits[m] as boolean[]).push(hit);
      if (hit) {
        if (set.name === 'golden t+d') goldenHits[m] = (goldenHits[m] as number) + 1;
        else kaartHits[m] = (kaartHits[m] as number) + 1;
      }
    }
  });
}

const questions = hits[0]?.length ?? 0;
files.forEach((file, m) => {
  console.log(
    `${String(m).padStart(2)} ${file}: ten kaarten ${kaartHits[m]}, golden ${goldenHits[m]} (of ${questions} answerable)`,
  );
});
const moved: number[] = [];
for (let a = 0; a < models.length; a += 1) {
  for (let b = a + 1; b < models.length; b += 1) {
    let count = 0;
    for (let q = 0; q < questions; q += 1) if (hits[a]?.[q] !== hits[b]?.[q]) count += 1;
    moved.push(count);
    console.log(`${a} ~ ${b}: ${count} questions hit by one and missed by the other`);
  }
}
console.log(
  `pairs ${moved.length}: moved mean ${(moved.reduce((s, x) => s + x, 0) / moved.length).toFixed(1)}, min ${Math.min(...moved)}, max ${Math.max(...moved)}`,
);
