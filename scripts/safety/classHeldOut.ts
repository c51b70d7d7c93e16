/**
 * `npx tsx scripts/safety/classHeldOut.ts [--tuning FILE] [--by-source]`: recall on the crisis
 * classes an independent set missed, when the model never saw the words they are told in, as a
 * proxy for words nobody has written yet (docs/adr/0012-safety-net.md, tenth round). Out of fold a
 * message is held out alone, so its siblings in the same words (written the same day, by the same
 * hand) are trained on; here more is held out, each time with the tuned setting and thresholds,
 * rules in front, each crisis as a first message:
 * - by class (default): one model per class, trained on everything but that class's crises and its
 *   matched near misses (`contrast-…`): the class is new, and only the rest of the corpus and the
 *   word groups carry the model to it (a harsh bound);
 * - `--by-source`: one model per written file or training-only round, trained on everything but
 *   that file's crises of these classes and its matched near misses: the class is known, the words
 *   of one writing round are new (closer to an independent writer).
 * `--classes a,b,...` scores other classes than the six below (their near misses are `contrast-…`
 * when the list below has none): the fifteenth round reads the four weakest classes of the frozen
 * test by name (passive wish, fear of going home, neglect seen by a neighbour, beginner's Dutch).
 * Train, dev and training-only lines only: the frozen test and the unseen rounds are never read.
 */
import { readFileSync } from 'node:fs';
import { decideSafety } from '../../src/safety/assessSafety.js';
import { concernModelFrom } from '../../src/safety/concernModel.js';
import { noConcern } from '../../src/safety/concernState.js';
import { detectCrisisNormalised } from '../../src/safety/detectCrisis.js';
import { readKindCues } from '../../src/safety/kindCues.js';
import { normalise, wordCount } from '../../src/safety/normalise.js';
import { trainingExamples, trainOnlyDir } from './concernExamples.js';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadSplit, parseWritten } from './safetyCorpus.js';
import { trainModelFiles, withFeatures } from './concernTraining.js';
import { readTuningRecord } from './tuningRecord.js';

/** The classes the independent set and the frozen test missed, with their near misses. */
const defaultClasses: readonly (readonly [string, string])[] = [
  ['passive-wish', 'contrast-passive-wish'],
  ['fear-going-home', 'contrast-fear-home'],
  ['intruder-hiding', 'contrast-intruder'],
  ['child-outdoors', 'contrast-child-outdoors'],
  ['child-sexual-indirect', 'contrast-child-sexual'],
  ['neglect-neighbour', 'contrast-neglect'],
];
const classesAt = process.argv.indexOf('--classes');
const heldOutClasses: readonly (readonly [string, string])[] =
  classesAt === -1
    ? defaultClasses
    : (process.argv[classesAt + 1] ?? '')
        .split(',')
        .filter((name) => name !== '')
        .map(
          (name) =>
            defaultClasses.find(([crisis]) => crisis === name) ?? [name, `contrast-${name}`],
        );

const tuningAt = process.argv.indexOf('--tuning');
const tuning = readTuningRecord(tuningAt === -1 ? undefined : process.argv[tuningAt + 1]);
const { l2, nonCrisisWeight, helpWeight, letterGroupValue, epochs } = tuning.chosen;
const examples = trainingExamples();
const bySource = process.argv.includes('--by-source');
const classOf = new Map(
  heldOutClasses.flatMap(([crisis, contrast]) => [
    [crisis, crisis],
    [contrast, crisis],
  ]),
);
/** Where each line was written: its file in written/ or its training-only round. */
const sourceOf = new Map<string, string>();
for (const record of [...loadSplit('train'), ...loadSplit('dev')])
  sourceOf.set(record.key, record.source);
for (const name of readdirSync(trainOnlyDir).filter((n) => n.endsWith('.txt'))) {
  for (const record of parseWritten(name, readFileSync(path.join(trainOnlyDir, name), 'utf8'))) {
    if (!sourceOf.has(record.key)) sourceOf.set(record.key, name);
  }
}
/** The held-out groups: per class, or per source (the weak classes of one file together). */
const inScope = (e: { label: string; class: string }) =>
  classOf.has(e.class) && (e.label === 'crisis') === !e.class.startsWith('contrast-');
const groupOf = (e: { key: string; label: string; class: string }) =>
  !inScope(e) ? undefined : bySource ? (sourceOf.get(e.key) ?? 'rule-set') : classOf.get(e.class);
const groups = [...new Set(examples.map(groupOf).filter((g) => g !== undefined))].sort();
const tally = new Map<
  string,
  { total: number; caught: number; rules: number; concerns: number[] }
>();
/** Per held-out group (a file or round with --by-source): so a new round's own crises can be told apart. */
const perGroup = new Map<string, { total: number; caught: number }>();
for (const group of groups) {
  const training = withFeatures(examples.filter((e) => groupOf(e) !== group));
  const scored = examples.filter((e) => e.label === 'crisis' && groupOf(e) === group);
  if (scored.length === 0) continue;
  const file = trainModelFiles(
    training,
    { l2, nonCrisisWeight, helpWeight, letterGroupValue },
    [epochs],
    tuning.thresholds,
  ).get(epochs);
  if (file === undefined) throw new Error('no model trained');
  const model = concernModelFrom(file);
  for (const example of scored) {
    const normalised = normalise(example.text);
    const words = wordCount(normalised);
    const rules = detectCrisisNormalised(normalised);
    const score = model.score(example.text);
    const result = decideSafety({
      rules,
      score,
      words,
      language: 'nl',
      prior: noConcern,
      thresholds: tuning.thresholds,
      ...readKindCues(normalised),
    });
    const row = tally.get(example.class) ?? { total: 0, caught: 0, rules: 0, concerns: [] };
    row.total += 1;
    if (result.outcome !== 'none') row.caught += 1;
    if (rules.isCrisis) row.rules += 1;
    row.concerns.push(score.concern);
    tally.set(example.class, row);
    const own = perGroup.get(group) ?? { total: 0, caught: 0 };
    own.total += 1;
    if (result.outcome !== 'none') own.caught += 1;
    perGroup.set(group, own);
  }
}
let caughtAll = 0;
let rulesAll = 0;
let totalAll = 0;
console.log(bySource ? 'held out by source (one writing round at a time):' : 'held out by class:');
for (const [crisisClass] of heldOutClasses) {
  const row = tally.get(crisisClass);
  if (row === undefined) continue;
  const concerns = [...row.concerns].sort((a, b) => a - b);
  const median = concerns[Math.floor(concerns.length / 2)] ?? 0;
  caughtAll += row.caught;
  rulesAll += row.rules;
  totalAll += row.total;
  const pct = (x: number) => `${((100 * x) / Math.max(1, row.total)).toFixed(1)}%`;
  console.log(
    `${crisisClass.padEnd(24)} ${String(row.total).padStart(4)} crises  caught ${pct(row.caught).padStart(6)}  rules alone ${pct(row.rules).padStart(6)}  median concern ${median.toFixed(2)}`,
  );
}
console.log(
  `${'all'.padEnd(24)} ${String(totalAll).padStart(4)} crises  caught ${((100 * caughtAll) / totalAll).toFixed(1)}%  rules alone ${((100 * rulesAll) / totalAll).toFixed(1)}%`,
);
if (bySource) {
  console.log('by held-out file or round (missed of crises):');
  for (const [group, row] of [...perGroup].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `  ${group.padEnd(44)} ${String(row.total - row.caught).padStart(3)} of ${row.total}`,
    );
  }
}
