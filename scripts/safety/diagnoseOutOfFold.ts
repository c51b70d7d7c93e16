/**
 * `npx tsx scripts/safety/diagnoseOutOfFold.ts`: the errors of the tuned setting out of fold on
 * train and dev, message by message (train and dev only: the frozen test and the unseen rounds are
 * never read), to choose what a training-only round or a rule guard should be written for.
 */
import { decideSafety } from '../../src/safety/assessSafety.js';
import { noConcern } from '../../src/safety/concernState.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { detectCrisisNormalised } from '../../src/safety/detectCrisis.js';
import { kindCues, tellsFarewell } from '../../src/safety/kindCues.js';
import { normalise, wordCount } from '../../src/safety/normalise.js';
import { trainingExamples } from './concernExamples.js';
import { outOfFold } from './crossValidation.js';
import { rightLine } from './rightLine.js';
import { readTuningRecord } from './tuningRecord.js';

const tuning = readTuningRecord();
const { l2, nonCrisisWeight, helpWeight, letterGroupValue, epochs } = tuning.chosen;
const examples = trainingExamples();
const results = outOfFold(
  examples,
  [{ l2, nonCrisisWeight, helpWeight, letterGroupValue }],
  [epochs],
);
const list = [...results.values()][0] ?? [];
const missed = new Map<string, number>();
const crisesByClass = new Map<string, number>();
for (const { example, score } of list) {
  if (example.label === 'crisis') {
    crisesByClass.set(example.class, (crisesByClass.get(example.class) ?? 0) + 1);
  }
  const normalised = normalise(example.text);
  const words = wordCount(normalised);
  const rules = detectCrisisNormalised(normalised);
  const result = decideSafety({
    rules,
    score,
    words,
    language: 'nl',
    prior: noConcern,
    thresholds: tuning.thresholds,
    farewell: tellsFarewell(normalised),
    cues: kindCues(normalised),
  });
  const tag = `${example.label}/${example.class}`;
  const shown = result.lines.map((line) => line.kind);
  if (example.label === 'crisis' && result.outcome === 'none') {
    missed.set(example.class, (missed.get(example.class) ?? 0) + 1);
    console.log(`MISS ${tag} c=${score.concern.toFixed(2)} w=${words} | ${example.text}`);
  } else if (
    example.label === 'crisis' &&
    result.outcome !== 'none' &&
    !rightLine(result.outcome, example.kinds as CrisisKind[], shown)
  ) {
    console.log(
      `LINE ${tag} ${result.outcome} ${rules.ruleIds.join(',')} need=${example.kinds.join('+')} shown=${shown.join('+')} | ${example.text}`,
    );
  } else if (example.label !== 'crisis' && result.outcome === 'crisis') {
    console.log(`ALARM ${tag} ${rules.ruleIds.join(',')} | ${example.text}`);
  } else if (example.label === 'ordinary' && result.outcome === 'check') {
    console.log(`ORDCHECK ${tag} c=${score.concern.toFixed(2)} | ${example.text}`);
  }
}
console.log([...missed].sort((a, b) => b[1] - a[1]));
// Recall (crisis or check) per crisis class out of fold, weakest first: the classes a
// training-only round is written for (docs/adr/0012-safety-net.md).
const crises = [...crisesByClass.values()].reduce((a, b) => a + b, 0);
const misses = [...missed.values()].reduce((a, b) => a + b, 0);
console.log(`recall ${(100 * (1 - misses / crises)).toFixed(2)}% (${crises - misses}/${crises})`);
for (const [name, total] of [...crisesByClass].sort(
  (a, b) => (missed.get(b[0]) ?? 0) / b[1] - (missed.get(a[0]) ?? 0) / a[1],
)) {
  const caught = total - (missed.get(name) ?? 0);
  console.log(`  ${name.padEnd(32)} ${caught}/${total} ${((100 * caught) / total).toFixed(1)}%`);
}
