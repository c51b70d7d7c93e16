/**
 * `npm run train:safety`: trains the shipped concern model on the train and dev splits, the
 * training-only rounds and the rule regression sets of ADR 0005, with the settings and thresholds
 * that `npm run tune:safety` chose by cross-validation (models/safety-concern.tuning.json), and
 * writes models/safety-concern.json. The frozen test split and the unseen rounds are never read
 * (docs/adr/0012-safety-net.md).
 *
 * Reproducible byte for byte and quick (a few seconds): a fixed seed, the corpus in file order, the
 * vocabulary sorted, weights rounded to four decimals, keys written in a fixed order. A test trains
 * and compares (test/safety/concernModel.test.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { shippedModelFile, type ConcernModelFile } from '../../src/safety/concernModel.js';
import { SEED, trainingExamples } from './concernExamples.js';
import { SHIPPED_METHOD, SINGLE_ORDER, trainModelFiles, withFeatures } from './concernTraining.js';
import { readTuningRecord } from './tuningRecord.js';

function main(): void {
  const started = performance.now();
  const tuning = readTuningRecord();
  const examples = trainingExamples();
  const rows = withFeatures(examples);
  const { l2, nonCrisisWeight, helpWeight, letterGroupValue, epochs } = tuning.chosen;
  const files = trainModelFiles(
    rows,
    { l2, nonCrisisWeight, helpWeight, letterGroupValue },
    [epochs],
    tuning.thresholds,
  );
  const trained = files.get(epochs);
  if (trained === undefined) return;
  const count = (origin: string) => examples.filter((e) => e.origin === origin).length;
  const file: ConcernModelFile = {
    ...trained,
    training: {
      seed: SEED,
      // Runs on seeded orders whose weights are averaged (eighteenth round); absent: one run.
      ...(SHIPPED_METHOD === SINGLE_ORDER
        ? {}
        : { orders: SHIPPED_METHOD.orders, averageEpoch: SHIPPED_METHOD.averageEpoch }),
      messages: {
        corpus: count('corpus'),
        trainOnly: count('train-only'),
        ruleSets: count('legacy'),
        helpQuestions: helpWeight === 0 ? 0 : count('help'),
        withNoisyCopies: rows.length,
      },
      vocabulary: trained.training['vocabulary'],
      keptFeatures: Object.keys(trained.weights).length,
      chosen: tuning.chosen,
      crossValidation: { folds: tuning.folds, ...tuning.outOfFold },
    },
  };
  // Keys in a fixed order, weights last: a reviewer reads the settings at the top of the file.
  const body = `${JSON.stringify({
    format: file.format,
    heads: file.heads,
    bias: file.bias,
    thresholds: file.thresholds,
    training: file.training,
    weights: file.weights,
  })}\n`;
  const outAt = process.argv.indexOf('--out');
  writeFileSync(
    outAt === -1 ? shippedModelFile : (process.argv[outAt + 1] ?? shippedModelFile),
    body,
  );
  console.log(
    JSON.stringify(
      { thresholds: file.thresholds, training: file.training, bytes: body.length },
      null,
      2,
    ),
  );
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main();
}
