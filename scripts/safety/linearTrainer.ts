/**
 * Multi-head logistic regression on sparse binary features, trained by stochastic gradient descent
 * with AdaGrad steps and L2 shrinkage. Hand-written because no maintained npm package fits
 * (docs/adr/0012-safety-net.md): ml-logistic-regression holds dense matrices (samples × features,
 * about 2 GB here), has no regularisation and no bias term; natural's classifier (apparatus) is
 * dense too and takes no features of our own. This file has no randomness of its own: the caller
 * passes the order of examples, so a fixed seed gives the same weights byte for byte.
 *
 * Examples are held in typed arrays (compressed sparse rows) and all heads are updated in one pass
 * over an example's features: a run of 30 epochs over ~8,000 messages takes a second or two.
 */

/** The examples of one training run as compressed sparse rows. */
export interface SparseExamples {
  /** Example i reads features ids[offsets[i] .. offsets[i+1]). Ids are unique per example. */
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  /** examples × heads, 0 or 1. */
  readonly targets: Uint8Array;
  /** Weight of each example in the loss (class balance). */
  readonly weights: Float64Array;
  /**
   * Each example's feature scale: one over the square root of all its distinct features (also the
   * ones outside the vocabulary), exactly as the model scores a message (src/safety/concernModel.ts).
   */
  readonly scales: Float64Array;
}

export interface LinearSettings {
  readonly heads: number;
  readonly features: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /**
   * Each feature's value when present (1 when absent): a family of features the model should lean
   * on less (letter groups) is read at a smaller value, so the same L2 holds its weights closer to
   * zero. The caller multiplies the learned weights by these values before it writes them, so a
   * scorer that reads binary features scores the same.
   */
  readonly values?: Float64Array;
  /**
   * When set, the weights an epoch hands to `afterEpoch` (and the run returns) are the mean of the
   * weights after each step of that epoch, not the last step's (iterate averaging). Plain SGD's
   * last iterate leans on the last few hundred examples of the shuffle, so the shuffle's seed alone
   * moved the concern model's out-of-fold scores by about a hundredth, more than the check
   * threshold's grid step (docs/adr/0012-safety-net.md, fourteenth round). Training goes on from
   * the last iterate; only what is read is averaged.
   */
  readonly averageEpoch?: boolean;
}

export interface LinearWeights {
  /** features × heads, row-major. */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The benchmarks' seeded generator (mulberry32): the same seed gives the same sequence anywhere. */
export { createRandom as seededRandom } from '../../bench/syntheticKnowledge.js';

/** Packs examples (feature ids, targets, weight) into compressed sparse rows. */
export function packExamples(
  rows: readonly {
    readonly ids: readonly number[];
    readonly targets: readonly number[];
    readonly featureCount: number;
  }[],
  weightOf: (index: number) => number,
  heads: number,
): SparseExamples {
  const offsets = new Int32Array(rows.length + 1);
  let total = 0;
  rows.forEach((row, i) => {
    total += row.ids.length;
    offsets[i + 1] = total;
  });
  const ids = new Int32Array(total);
  const targets = new Uint8Array(rows.length * heads);
  const weights = new Float64Array(rows.length);
  const scales = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    ids.set(row.ids, offsets[i]);
    for (let head = 0; head < heads; head += 1) targets[i * heads + head] = row.targets[head] ?? 0;
    weights[i] = weightOf(i);
    scales[i] = row.featureCount === 0 ? 0 : 1 / Math.sqrt(row.featureCount);
  });
  return { offsets, ids, targets, weights, scales };
}

/*
 * The loops below index typed arrays with indices they have just bounded; `as number` tells the
 * compiler what noUncheckedIndexedAccess cannot know, without a branch in the innermost loop.
 */

/**
 * Trains all heads together. `orderFor(epoch)` gives the example order of each epoch;
 * `afterEpoch` may read (not change) the weights after each epoch, for snapshots.
 */
export function trainLinear(
  examples: SparseExamples,
  settings: LinearSettings,
  orderFor: (epoch: number) => Int32Array,
  afterEpoch?: (epoch: number, model: LinearWeights) => void,
): LinearWeights {
  const { heads, features, epochs, learningRate, l2 } = settings;
  const values = settings.values ?? new Float64Array(features).fill(1);
  const { offsets, ids, targets, weights: exampleWeights, scales } = examples;
  const weights = new Float64Array(features * heads);
  const squared = new Float64Array(features * heads).fill(1e-8);
  const bias = new Float64Array(heads);
  const biasSquared = new Float64Array(heads).fill(1e-8);
  const z = new Float64Array(heads);
  const error = new Float64Array(heads);
  let averaged: LinearWeights | undefined;
  const averaging = settings.averageEpoch === true;
  // Lazy running sums: a weight changes only when its feature is seen, so its sum is brought up to
  // date (value × steps it was held) just before it changes and once at the end of the epoch.
  const sum = averaging ? new Float64Array(features * heads) : new Float64Array(0);
  const heldSince = averaging ? new Int32Array(features * heads) : new Int32Array(0);
  const biasSum = new Float64Array(heads);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const order = orderFor(epoch);
    if (averaging) {
      sum.fill(0);
      heldSince.fill(0);
      biasSum.fill(0);
    }
    for (let o = 0; o < order.length; o += 1) {
      const example = order[o] as number;
      const from = offsets[example] as number;
      const to = offsets[example + 1] as number;
      const scale = scales[example] as number;
      const weight = exampleWeights[example] as number;
      for (let head = 0; head < heads; head += 1) z[head] = bias[head] as number;
      for (let f = from; f < to; f += 1) {
        const id = ids[f] as number;
        const row = id * heads;
        const x = scale * (values[id] as number);
        for (let head = 0; head < heads; head += 1) {
          z[head] = (z[head] as number) + (weights[row + head] as number) * x;
        }
      }
      for (let head = 0; head < heads; head += 1) {
        const target = targets[example * heads + head] as number;
        const e = (sigmoid(z[head] as number) - target) * weight;
        error[head] = e;
        const s = (biasSquared[head] as number) + e * e;
        biasSquared[head] = s;
        bias[head] = (bias[head] as number) - (learningRate * e) / Math.sqrt(s);
      }
      for (let f = from; f < to; f += 1) {
        const id = ids[f] as number;
        const row = id * heads;
        const x = scale * (values[id] as number);
        for (let head = 0; head < heads; head += 1) {
          const at = row + head;
          const w = weights[at] as number;
          const g = (error[head] as number) * x + l2 * w;
          const s = (squared[at] as number) + g * g;
          squared[at] = s;
          if (averaging) {
            sum[at] = (sum[at] as number) + w * (o - (heldSince[at] as number));
            heldSince[at] = o;
          }
          weights[at] = w - (learningRate * g) / Math.sqrt(s);
        }
      }
      if (averaging) {
        for (let head = 0; head < heads; head += 1) {
          biasSum[head] = (biasSum[head] as number) + (bias[head] as number);
        }
      }
    }
    if (averaging) {
      const steps = Math.max(1, order.length);
      const meanWeights = new Float64Array(features * heads);
      for (let at = 0; at < meanWeights.length; at += 1) {
        const total =
          (sum[at] as number) + (weights[at] as number) * (steps - (heldSince[at] as number));
        meanWeights[at] = total / steps;
      }
      averaged = { weights: meanWeights, bias: Float64Array.from(biasSum, (b) => b / steps) };
      afterEpoch?.(epoch, averaged);
    } else afterEpoch?.(epoch, { weights, bias });
  }
  return averaged ?? { weights, bias };
}

/** Fisher–Yates with a seeded generator. */
export function shuffled(length: number, random: () => number): Int32Array {
  const order = new Int32Array(length);
  for (let i = 0; i < length; i += 1) order[i] = i;
  for (let i = length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = order[i] as number;
    order[i] = order[j] as number;
    order[j] = a;
  }
  return order;
}
