/**
 * Multi-head logistic regression on sparse binary features, trained by stochastic gradient descent
 * with AdaGrad steps and L2 shrinkage. Hand-written because no maintained npm package fits
 * (docs/adr/0012-safety-net.md): ml-logistic-regression holds dense matrices (samples × features,
 * about 2 GB here), has no regularisation and no bias term; natural's classifier (apparatus) is
 * dense too and takes no features of our own. This file has no randomness of its own: the caller
 * passes the order of examples, so a fixed seed gives the same weights byte for byte.
 */

export interface SparseExample {
  /** Indices into the vocabulary, unique. */
  readonly features: Int32Array;
  /** One 0/1 target per head. */
  readonly targets: readonly number[];
  /** Weight of this example in the loss (class balance). */
  readonly weight: number;
}

export interface LinearSettings {
  readonly heads: number;
  readonly features: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
}

export interface LinearWeights {
  /** features × heads, row-major. */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The benchmarks' seeded generator (mulberry32): the same seed gives the same sequence anywhere. */
export { createRandom as seededRandom } from '../../bench/syntheticKnowledge.js';

/** Trains all heads together. `orderFor(epoch)` gives the example order of each epoch. */
export function trainLinear(
  examples: readonly SparseExample[],
  settings: LinearSettings,
  orderFor: (epoch: number) => readonly number[],
): LinearWeights {
  const { heads, features, epochs, learningRate, l2 } = settings;
  const weights = new Float64Array(features * heads);
  const squared = new Float64Array(features * heads).fill(1e-8);
  const bias = new Float64Array(heads);
  const biasSquared = new Float64Array(heads).fill(1e-8);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (const index of orderFor(epoch)) {
      const example = examples[index];
      if (example === undefined) continue;
      const scale = example.features.length === 0 ? 0 : 1 / Math.sqrt(example.features.length);
      for (let head = 0; head < heads; head += 1) {
        let z = bias[head] ?? 0;
        for (const feature of example.features) z += (weights[feature * heads + head] ?? 0) * scale;
        const error = (sigmoid(z) - (example.targets[head] ?? 0)) * example.weight;
        const gBias = error;
        biasSquared[head] = (biasSquared[head] ?? 0) + gBias * gBias;
        bias[head] = (bias[head] ?? 0) - (learningRate * gBias) / Math.sqrt(biasSquared[head] ?? 1);
        for (const feature of example.features) {
          const at = feature * heads + head;
          const w = weights[at] ?? 0;
          const g = error * scale + l2 * w;
          squared[at] = (squared[at] ?? 0) + g * g;
          weights[at] = w - (learningRate * g) / Math.sqrt(squared[at] ?? 1);
        }
      }
    }
  }
  return { weights, bias };
}

/** Scores one example with trained weights: one probability per head. */
export function scoreLinear(model: LinearWeights, heads: number, features: Int32Array): number[] {
  const scale = features.length === 0 ? 0 : 1 / Math.sqrt(features.length);
  const out: number[] = [];
  for (let head = 0; head < heads; head += 1) {
    let z = model.bias[head] ?? 0;
    for (const feature of features) z += (model.weights[feature * heads + head] ?? 0) * scale;
    out.push(sigmoid(z));
  }
  return out;
}

/** Fisher–Yates with a seeded generator. */
export function shuffled(length: number, random: () => number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = a;
  }
  return order;
}
