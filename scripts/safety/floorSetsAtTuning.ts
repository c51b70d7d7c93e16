/**
 * `npx tsx scripts/safety/floorSetsAtTuning.ts [--tuning FILE] [--lines] [--class-floor]`: the tuner's floor sets
 * (scripts/safety/floorSets.ts: the very short crises and the build-up conversations) at a tuning
 * record's setting and thresholds (the shipped one unless `--tuning` names another), each scored
 * by the model of its fold as the tuner scores them: how many are caught, and with `--lines` which
 * are not. For a record written before the floor counted them, this is what the new floor would
 * have read. `--class-floor` adds the class rounds' crises (the tuner's option). Dev sets only: the frozen test and the unseen rounds are never read.
 */
import { trainingExamples } from './concernExamples.js';
import { outOfFold } from './crossValidation.js';
import { classCrisisExamples, floorSetExamples } from './floorSets.js';
import { readTuningRecord } from './tuningRecord.js';
import { floorSetFigures, floorSetsOf, pointsByOrigin, readingOf } from './tuneConcern.js';

const tuningAt = process.argv.indexOf('--tuning');
const record = readTuningRecord(tuningAt === -1 ? undefined : process.argv[tuningAt + 1]);
const { l2, nonCrisisWeight, helpWeight, letterGroupValue, epochs } = record.chosen;
const examples = trainingExamples();
// `--class-floor`: the class rounds' crises too, as the tuner's option of that name counts them.
const floorExamples = [
  ...floorSetExamples(),
  ...(process.argv.includes('--class-floor') ? classCrisisExamples() : []),
];
const readings = new Map(
  [...examples, ...floorExamples].map((example) => [example.key, readingOf(example.text)]),
);
const scored =
  [
    ...outOfFold(
      examples,
      [{ l2, nonCrisisWeight, helpWeight, letterGroupValue }],
      [epochs],
      floorExamples,
    ).values(),
  ][0] ?? [];
const { points, floorSet } = pointsByOrigin(scored, readings);
const sets = floorSetsOf(floorSet, points);
console.log(
  `setting ${l2}/${nonCrisisWeight}/${helpWeight}/${letterGroupValue}/${epochs}, check ${record.thresholds.check} / ${record.thresholds.checkShort}, weak signal ${record.thresholds.weakSignal}`,
);
console.log(JSON.stringify(floorSetFigures(sets, record.thresholds)));
if (process.argv.includes('--lines')) {
  for (const p of [...sets.short, ...sets.classCrises]) {
    const { check, checkShort } = record.thresholds;
    const asked =
      p.rules.isCrisis ||
      p.rules.askRuleIds.length > 0 ||
      (p.words >= 3 && p.score.concern >= (p.words >= 8 ? check : checkShort));
    if (!asked)
      console.log(
        `${p.example.class === 'short' ? 'short' : 'class crisis'} missed (concern ${p.score.concern.toFixed(3)}): ${p.example.text}`,
      );
  }
  sets.conversations.forEach((turns, n) =>
    console.log(
      `conversation ${n}: ${turns.map((p) => p.score.concern.toFixed(3)).join(' → ')} ${floorSetFigures({ ...sets, short: [], conversations: [turns] }, record.thresholds).conversationsCaught === 1 ? 'caught' : 'MISSED'}`,
    ),
  );
}
