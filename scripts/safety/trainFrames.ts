/**
 * `npx tsx scripts/safety/trainFrames.ts`: trains the frame reader (src/safety/frameReader.ts,
 * docs/adr/0012-safety-net.md, thirteenth round) and writes models/safety-frame.json.
 *
 * 1. The examples (scripts/safety/frameExamples.ts): crises (0) against near misses of the frame
 *    classes and the frame corpus (1), with one noisy copy of each for training only.
 * 2. Five-fold cross-validation over every example (folds from the key), for each L2 of a small
 *    grid. On the out-of-fold readings, the threshold is the lowest at which at most
 *    `maxLoweredCrises` of the crises a frame may lower (a rule answers, no danger, no veto) would
 *    be lowered; the setting chosen is the one that lowers the most near misses a frame may lower.
 *    Nothing held out of the project is read: not the frozen test, not an unseen round, not the
 *    held-out phrasings of test/safety.
 * 3. The final reader is trained on every example with the chosen setting.
 *
 * Reproducible byte for byte: a fixed seed, examples in file order, the vocabulary sorted, weights
 * rounded to four decimals. `--check` trains and compares with the shipped file without writing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { detectCrisis } from '../../src/safety/detectCrisis.js';
import { frameFeatureNames } from '../../src/safety/frameFeatures.js';
import {
  frameMayLower,
  frameReaderFrom,
  shippedFrameReaderFile,
  type FrameReaderFile,
} from '../../src/safety/frameReader.js';
import { normalise } from '../../src/safety/normalise.js';
import { foldOf, SEED } from './concernExamples.js';
import { frameExamples, type FrameExample } from './frameExamples.js';
import { packExamples, seededRandom, shuffled, trainLinear } from './linearTrainer.js';
import { withNoise } from './noise.js';

const folds = 5;
const epochs = 20;
const learningRate = 0.1;
const l2Grid = [1e-5, 1e-4, 1e-3] as const;
/** The share of the crises a frame may lower that cross-validation lets it lower. */
export const maxLoweredCrises = 0.01;
/** A feature is kept when at least this many training messages hold it. */
const minSupport = 2;

interface Row {
  readonly example: FrameExample;
  readonly names: readonly string[];
  /** May a frame lower this message (frameMayLower with the rules' answer)? */
  readonly eligible: boolean;
}

function rowsOf(examples: readonly FrameExample[]): Row[] {
  return examples.map((example) => {
    const normalised = normalise(example.text);
    return {
      example,
      names: frameFeatureNames(normalised),
      eligible: frameMayLower(detectCrisis(example.text), normalised),
    };
  });
}

/** The training rows: each example and one noisy copy (seeded by the example's key). */
function withNoisyCopies(rows: readonly Row[]): { names: readonly string[]; framed: number }[] {
  const out: { names: readonly string[]; framed: number }[] = [];
  for (const row of rows) {
    out.push({ names: row.names, framed: row.example.framed });
    const copy = withNoise(
      row.example.text,
      seededRandom(SEED ^ Number.parseInt(row.example.key.slice(0, 8), 16)),
    );
    const names = frameFeatureNames(normalise(copy));
    if (names.join('\n') !== row.names.join('\n')) out.push({ names, framed: row.example.framed });
  }
  return out;
}

function train(rows: readonly Row[], l2: number): FrameReaderFile {
  const training = withNoisyCopies(rows);
  const support = new Map<string, number>();
  for (const row of training)
    for (const name of row.names) support.set(name, (support.get(name) ?? 0) + 1);
  const vocabulary = [...support.entries()]
    .filter(([, count]) => count >= minSupport)
    .map(([name]) => name)
    .sort();
  const idOf = new Map(vocabulary.map((name, index) => [name, index]));
  const positives = training.filter((row) => row.framed === 1).length;
  const negatives = training.length - positives;
  const packed = packExamples(
    training.map((row) => ({
      ids: row.names.flatMap((name) => {
        const id = idOf.get(name);
        return id === undefined ? [] : [id];
      }),
      targets: [row.framed],
      featureCount: row.names.length,
    })),
    // Each class weighs half: the near misses of the frame classes are fewer than the crises.
    (index) =>
      training[index]?.framed === 1
        ? training.length / (2 * positives)
        : training.length / (2 * negatives),
    1,
  );
  const random = seededRandom(SEED);
  const { weights, bias } = trainLinear(
    packed,
    { heads: 1, features: vocabulary.length, epochs, learningRate, l2 },
    () => shuffled(training.length, random),
  );
  const features: string[] = [];
  const kept: number[] = [];
  vocabulary.forEach((name, index) => {
    const weight = Math.round((weights[index] ?? 0) * 10_000) / 10_000;
    if (weight === 0) return;
    features.push(name);
    kept.push(weight);
  });
  return {
    version: 1,
    threshold: 0.5,
    bias: Math.round((bias[0] ?? 0) * 10_000) / 10_000,
    features,
    weights: kept,
    training: {},
  };
}

interface FoldResult {
  readonly l2: number;
  readonly readings: Float64Array;
}

/** The corpus's train and dev crises out of fold: how many lose the crisis reply, by class. */
function corpusCrisesLowered(rows: readonly Row[], readings: Float64Array, threshold: number) {
  const corpusCrises = rows.filter(
    (row) => row.example.origin === 'corpus' && row.example.framed === 0,
  );
  const lowered = rows.flatMap((row, index) =>
    row.example.origin === 'corpus' &&
    row.example.framed === 0 &&
    row.eligible &&
    (readings[index] ?? 0) >= threshold
      ? [row.example.class]
      : [],
  );
  return { crises: corpusCrises.length, lowered };
}

function crossValidate(rows: readonly Row[], l2: number): FoldResult {
  const readings = new Float64Array(rows.length);
  for (let fold = 0; fold < folds; fold += 1) {
    const inFold = (row: Row) => foldOf(row.example.key, folds) === fold;
    const reader = frameReaderFrom(
      train(
        rows.filter((row) => !inFold(row)),
        l2,
      ),
    );
    rows.forEach((row, index) => {
      if (inFold(row)) readings[index] = reader.readNormalised(normalise(row.example.text)).framed;
    });
  }
  return { l2, readings };
}

/** The lowest threshold (two decimals) that lowers at most the allowed share of eligible crises. */
function thresholdFor(rows: readonly Row[], readings: Float64Array): number {
  const crises = rows.flatMap((row, index) =>
    row.eligible && row.example.framed === 0 ? [readings[index] ?? 0] : [],
  );
  const allowed = Math.floor(maxLoweredCrises * crises.length);
  for (let t = 50; t <= 99; t += 1) {
    const threshold = t / 100;
    if (crises.filter((reading) => reading >= threshold).length <= allowed) return threshold;
  }
  return 0.99;
}

function summary(rows: readonly Row[], readings: Float64Array, threshold: number) {
  let crises = 0;
  let crisesLowered = 0;
  let nearMisses = 0;
  let nearMissesLowered = 0;
  rows.forEach((row, index) => {
    if (!row.eligible) return;
    const lowered = (readings[index] ?? 0) >= threshold;
    if (row.example.framed === 0) {
      crises += 1;
      if (lowered) crisesLowered += 1;
    } else {
      nearMisses += 1;
      if (lowered) nearMissesLowered += 1;
    }
  });
  return { crises, crisesLowered, nearMisses, nearMissesLowered };
}

function main(): void {
  const check = process.argv.includes('--check');
  const examples = frameExamples();
  const rows = rowsOf(examples);
  let best:
    | {
        l2: number;
        threshold: number;
        result: ReturnType<typeof summary>;
        corpus: ReturnType<typeof corpusCrisesLowered>;
      }
    | undefined;
  for (const l2 of l2Grid) {
    const { readings } = crossValidate(rows, l2);
    const threshold = thresholdFor(rows, readings);
    const result = summary(rows, readings, threshold);
    console.log(
      `l2 ${l2}: threshold ${threshold.toFixed(2)}; out of fold, of the messages a frame may lower: crises lowered ${result.crisesLowered}/${result.crises}, near misses lowered ${result.nearMissesLowered}/${result.nearMisses}`,
    );
    const corpus = corpusCrisesLowered(rows, readings, threshold);
    console.log(
      `  corpus train+dev crises out of fold: ${corpus.lowered.length} of ${corpus.crises} lowered to a check (${corpus.lowered.join(', ')})`,
    );
    if (best === undefined || result.nearMissesLowered > best.result.nearMissesLowered) {
      best = { l2, threshold, result, corpus };
    }
  }
  if (best === undefined) return;
  const final = train(rows, best.l2);
  const count = (framed: 0 | 1, origin?: string) =>
    examples.filter((e) => e.framed === framed && (origin === undefined || e.origin === origin))
      .length;
  const file: FrameReaderFile = {
    ...final,
    threshold: best.threshold,
    training: {
      seed: SEED,
      l2: best.l2,
      epochs,
      framed: count(1),
      framedFromFrameCorpus: count(1, 'frames'),
      crises: count(0),
      crisesFromFrameCorpus: count(0, 'frames'),
      features: final.features.length,
      cvCrisesMayLower: best.result.crises,
      cvCrisesLowered: best.result.crisesLowered,
      cvNearMissesMayLower: best.result.nearMisses,
      cvNearMissesLowered: best.result.nearMissesLowered,
      cvCorpusCrises: best.corpus.crises,
      cvCorpusCrisesLowered: best.corpus.lowered.length,
    },
  };
  const text = `${JSON.stringify(file)}\n`;
  if (check) {
    const same = readFileSync(shippedFrameReaderFile, 'utf8') === text;
    console.log(same ? 'models/safety-frame.json is reproduced byte for byte' : 'DIFFERS');
    if (!same) process.exitCode = 1;
    return;
  }
  writeFileSync(shippedFrameReaderFile, text);
  console.log(
    `wrote models/safety-frame.json: l2 ${best.l2}, threshold ${best.threshold}, ${final.features.length} features`,
  );
}

main();
