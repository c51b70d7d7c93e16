/**
 * One training run of the concern model, from examples to a model file: features, vocabulary,
 * class weights, SGD, rounding and pruning. Used for every fold of `npm run tune:safety` and for
 * the shipped model of `npm run train:safety`, so a fold's model is built exactly like the
 * shipped one (docs/adr/0012-safety-net.md).
 */
import { concernFeatureNames } from '../../src/safety/concernFeatures.js';
import { normalise } from '../../src/safety/normalise.js';
import type { ConcernModelFile, ConcernThresholds } from '../../src/safety/concernModel.js';
import { noisyCopy, SEED, targetsOf, type TrainingExample } from './concernExamples.js';
import { packExamples, seededRandom, shuffled, trainLinear } from './linearTrainer.js';

export const HEADS = 4;
/** Features seen in fewer training messages than this are left out (noise, and file size). */
const MIN_DOCUMENT_FREQUENCY = 2;
/** Weights smaller than this on every head are dropped from the file. */
const PRUNE_BELOW = 0.01;
export const LEARNING_RATE = 0.5;

export interface TrainingSettings {
  readonly l2: number;
  readonly epochs: number;
  /** Total weight of the non-crises against the crises (1 = balanced). */
  readonly nonCrisisWeight: number;
  /**
   * What one help question weighs against one other non-crisis (0: not trained on). They are added
   * on top of the other non-crises' total: taken out of it, thousands of them drowned the near
   * misses and cost recall (docs/adr/0012-safety-net.md).
   */
  readonly helpWeight: number;
  /**
   * The value a letter group (`c:`) is read at in training, against 1 for every other feature
   * (seventh round). Below 1 the same L2 holds letter-group weights closer to zero, so words, word
   * pairs and word groups decide more: out of fold, letter groups of everyday words ("_tho" of
   * "without", "self" of "himself") were the strongest reasons for checks on help questions. The
   * written weights are the learned ones times this value, so scoring reads binary features as
   * before. Tuning files before the seventh round lack it: 1.
   */
  readonly letterGroupValue: number;
}

/**
 * How the training order is taken out of the model (docs/adr/0012-safety-net.md, eighteenth
 * round). Plain SGD's weights lean on the last examples of its shuffle, and the check threshold
 * that the recall floor sets moved with the shuffle's seed alone. `orders`: that many runs on the
 * same examples, each with its own seeded shuffles (SEED, SEED + 1, ...), whose weights are
 * averaged into the one model written; `averageEpoch`: each run's snapshot is the mean of its
 * epoch's iterates (linearTrainer.ts).
 */
export interface OrderMethod {
  readonly orders: number;
  readonly averageEpoch: boolean;
  /** The first run's seed (SEED when absent); run k draws from seed + k. */
  readonly seed?: number;
}

/** The method before the eighteenth round: one run, its last iterate. */
export const SINGLE_ORDER: OrderMethod = { orders: 1, averageEpoch: false };

/**
 * The candidate of the eighteenth round: five runs, each its epoch's mean, averaged. Measured with
 * scripts/safety/orderSensitivity.ts; not shipped yet (docs/adr/0012-safety-net.md, eighteenth
 * round: a full `npm run tune:safety` with it costs five times the training).
 */
export const AVERAGED_ORDERS: OrderMethod = { orders: 5, averageEpoch: true };

/** What the tuner and `npm run train:safety` use. */
export const SHIPPED_METHOD: OrderMethod = SINGLE_ORDER;

const round4 = (x: number) => {
  const r = Math.round(x * 10_000) / 10_000;
  return Object.is(r, -0) ? 0 : r;
};

/** The examples with their noisy copies, and each one's feature names (computed once). */
export interface FeaturedExample {
  readonly example: TrainingExample;
  readonly features: readonly string[];
}

export function withFeatures(examples: readonly TrainingExample[]): FeaturedExample[] {
  const out: FeaturedExample[] = [];
  for (const example of examples) {
    out.push({ example, features: concernFeatureNames(normalise(example.text)) });
    const copy = noisyCopy(example);
    if (copy !== undefined) {
      out.push({ example: copy, features: concernFeatureNames(normalise(copy.text)) });
    }
  }
  return out;
}

function vocabularyOf(rows: readonly FeaturedExample[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const feature of row.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count >= MIN_DOCUMENT_FREQUENCY)
    .map(([feature]) => feature)
    .sort();
}

/**
 * Trains on `rows` and returns one model file per epoch count asked for (the same run, snapshot
 * after that many epochs), with the given thresholds. Deterministic: the same rows and settings
 * give the same files byte for byte.
 */
export function trainModelFiles(
  allRows: readonly FeaturedExample[],
  settings: Omit<TrainingSettings, 'epochs'>,
  epochCounts: readonly number[],
  thresholds: ConcernThresholds,
  method: OrderMethod = SHIPPED_METHOD,
): Map<number, ConcernModelFile> {
  const isHelp = (row: FeaturedExample) => row.example.origin === 'help';
  const rows = settings.helpWeight === 0 ? allRows.filter((row) => !isHelp(row)) : allRows;
  const vocabulary = vocabularyOf(rows);
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const crisisCount = rows.filter((row) => row.example.label === 'crisis').length;
  const helpCount = rows.filter(isHelp).length;
  const others = rows.length - crisisCount - helpCount;
  // The help questions come on top: the corpus's near misses and ordinary questions keep the weight
  // they had without them, so the help questions cannot drown them.
  const balance = crisisCount / Math.max(1, others);
  const packed = packExamples(
    rows.map((row) => ({
      ids: row.features
        .map((feature) => index.get(feature))
        .filter((id): id is number => id !== undefined)
        .sort((a, b) => a - b),
      targets: targetsOf(row.example),
      featureCount: row.features.length,
    })),
    // Non-crises weigh `nonCrisisWeight` times the crises in total: in real traffic a crisis is
    // rare, and a message with little to go on must lean toward "nothing", not the middle.
    (i) => {
      const row = rows[i];
      if (row === undefined || row.example.label === 'crisis') return 1;
      return settings.nonCrisisWeight * balance * (isHelp(row) ? settings.helpWeight : 1);
    },
    HEADS,
  );
  const letterValue = settings.letterGroupValue;
  const values = Float64Array.from(vocabulary, (feature) =>
    feature.startsWith('c:') ? letterValue : 1,
  );
  const last = Math.max(...epochCounts);
  // One run per training order; the snapshots at each asked epoch count are summed and divided
  // by the number of runs (eighteenth round): the file is one model, the mean of the runs' weights.
  const sums = new Map<number, { weights: Float64Array; bias: Float64Array }>(
    epochCounts.map((count) => [
      count,
      { weights: new Float64Array(vocabulary.length * HEADS), bias: new Float64Array(HEADS) },
    ]),
  );
  for (let run = 0; run < method.orders; run += 1) {
    // Run 0 draws its shuffles from SEED, as the single run did before the eighteenth round.
    const random = seededRandom((method.seed ?? SEED) + run);
    trainLinear(
      packed,
      {
        heads: HEADS,
        features: vocabulary.length,
        epochs: last,
        learningRate: LEARNING_RATE,
        l2: settings.l2,
        values,
        averageEpoch: method.averageEpoch,
      },
      () => shuffled(rows.length, random),
      (epoch, model) => {
        const sum = sums.get(epoch + 1);
        if (sum === undefined) return;
        model.weights.forEach((w, at) => (sum.weights[at] = (sum.weights[at] as number) + w));
        model.bias.forEach((b, head) => (sum.bias[head] = (sum.bias[head] as number) + b));
      },
    );
  }
  const files = new Map<number, ConcernModelFile>();
  for (const [count, sum] of sums) {
    const mean = (x: number) => x / method.orders;
    const weights: ConcernModelFile['weights'] = {};
    vocabulary.forEach((feature, i) => {
      const at = i * HEADS;
      const value = values[i] ?? 1;
      const row = [0, 1, 2, 3].map((head) => round4(mean(sum.weights[at + head] ?? 0) * value));
      const [w0 = 0, w1 = 0, w2 = 0, w3 = 0] = row;
      if (row.some((w) => Math.abs(w) >= PRUNE_BELOW)) weights[feature] = [w0, w1, w2, w3];
    });
    const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = Array.from(sum.bias, (b) => round4(mean(b)));
    files.set(count, {
      format: 'wijkwijzer-concern-model/2',
      heads: ['crisis', 'danger', 'suicide', 'abuse'],
      bias: [b0, b1, b2, b3],
      thresholds,
      weights,
      training: { vocabulary: vocabulary.length },
    });
  }
  return files;
}
