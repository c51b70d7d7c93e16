/**
 * `npx tsx training/afterIntakeDecomposition.ts MODEL_A MODEL_B`: where a retrained model's change
 * of hit@3 after the intake comes from (ADR 0013, session 25, sibling25), over golden train+dev and
 * the dev kaarten (`DEV_KAART_FOLDERS`), counted as `modelScreen.ts` counts it. One part at a time is
 * taken from model B, the rest from model A: the levensgebied the simulated resident chooses; the
 * entries' reading (the index's need profiles); the question's need vector, whole, inside the chosen
 * levensgebied only, or outside it only. Run it over several seed bases: one order moves a few
 * questions by itself. Never reads a frozen split or an apart kaart.
 */
import path from 'node:path';
import {
  ageOfCase,
  areaOf,
  askerOfCase,
  DEV_KAART_FOLDERS,
  loadCatalogue,
  readCases,
  searchAsResident,
  simulatedChoice,
  type BenchCase,
} from '../bench/benchSupport.js';
import type { Catalogue } from '../src/knowledge/catalogue.js';
import { buildSearchIndex, type SearchIndex } from '../src/search/searchIndex.js';
import { search } from '../src/search/search.js';
import { searchAfterIntake } from '../src/understanding/afterIntake.js';
import { splitOf } from '../src/understanding/corpus.js';
import { loadModelFile, type LinearModel } from '../src/understanding/linearModel.js';
import { levensgebiedOfNeed } from '../src/understanding/needs.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';

/** The question's need vector for a text: one model's, or two models' joined at the choice. */
type Reader = (text: string) => Float64Array;

const reads =
  (model: LinearModel): Reader =>
  (text) =>
    model.predict(text);

/** Model `inside`'s reading for the chosen levensgebied's needs, `outside`'s for every other. */
function joined(inside: LinearModel, outside: LinearModel, chosen: string | undefined): Reader {
  return (text) => {
    const own = inside.predict(text);
    const other = outside.predict(text);
    return Float64Array.from(own, (p, label) =>
      levensgebiedOfNeed(inside.labels[label] ?? '') === chosen ? p : (other[label] as number),
    );
  };
}

/** hit@3 after the intake, as `searchAsResident` searches it, with the question read by `read`. */
function hitAfter(
  index: SearchIndex,
  read: Reader,
  question: BenchCase,
  chosen: string | undefined,
): number {
  const catalogue = index.catalogue;
  const area = areaOf(catalogue, question.postcode);
  const age = ageOfCase(question);
  const found = searchAfterIntake(
    question.text,
    chosen === undefined ? [] : [catalogue.levensgebied(chosen)?.label ?? chosen],
    (text) =>
      search(index, {
        audience: 'resident',
        today: TODAY,
        top: 10,
        asker: askerOfCase(question),
        text,
        needProbabilities: read(text),
        ...(age === undefined ? {} : { age }),
        ...(area === undefined ? {} : { area }),
        ...(chosen === undefined ? {} : { levensgebieden: [chosen] }),
      }),
  ).found;
  const rank = found.results.findIndex((hit) => question.expected.includes(hit.id));
  return rank >= 0 && rank < 3 ? 1 : 0;
}

const sets: { catalogue: Catalogue; cases: readonly BenchCase[] }[] = [
  {
    catalogue: await loadCatalogue(path.join(root, 'knowledge'), TODAY),
    cases: readCases(path.join(root, 'test/golden/search.golden.jsonl')).filter(
      (c) => splitOf(c.text) !== 'test',
    ),
  },
];
for (const folder of DEV_KAART_FOLDERS) {
  const dir = path.join(root, 'test/fixtures', folder);
  sets.push({
    catalogue: await loadCatalogue(dir, TODAY),
    cases: readCases(path.join(dir, 'questions.jsonl')),
  });
}

const [fileA, fileB] = process.argv.slice(2);
if (fileA === undefined || fileB === undefined) {
  console.error('usage: npx tsx training/afterIntakeDecomposition.ts MODEL_A MODEL_B');
  process.exit(2);
}
const a = loadModelFile(fileA);
const b = loadModelFile(fileB);
if (a.labels.join() !== b.labels.join()) {
  console.error('the two models have different need labels');
  process.exit(2);
}
const sums = { a: 0, b: 0, choice: 0, entries: 0, question: 0, inside: 0, outside: 0 };
let choiceMoved = 0;
for (const { catalogue, cases } of sets) {
  const indexA = buildSearchIndex(catalogue, { model: a });
  const indexB = buildSearchIndex(catalogue, { model: b });
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    const chosenA = simulatedChoice(catalogue, c, searchAsResident(indexA, c, TODAY).domains);
    const chosenB = simulatedChoice(catalogue, c, searchAsResident(indexB, c, TODAY).domains);
    if (chosenA !== chosenB) choiceMoved += 1;
    sums.a += hitAfter(indexA, reads(a), c, chosenA);
    sums.b += hitAfter(indexB, reads(b), c, chosenB);
    sums.choice += hitAfter(indexA, reads(a), c, chosenB);
    sums.entries += hitAfter(indexB, reads(a), c, chosenA);
    sums.question += hitAfter(indexA, reads(b), c, chosenA);
    sums.inside += hitAfter(indexA, joined(b, a, chosenA), c, chosenA);
    sums.outside += hitAfter(indexA, joined(a, b, chosenA), c, chosenA);
  }
}
const moved = (n: number) => `${n} (${n - sums.a >= 0 ? '+' : ''}${n - sums.a})`;
console.log(
  [
    `hit@3 after the intake, model A: ${sums.a}; model B: ${moved(sums.b)}`,
    `from B alone: the choice ${moved(sums.choice)} (moved for ${choiceMoved} questions); ` +
      `the entries' reading ${moved(sums.entries)}; the question's reading ${moved(sums.question)}, ` +
      `inside the chosen levensgebied ${moved(sums.inside)}, outside it ${moved(sums.outside)}`,
  ].join('\n'),
);
