import { describe, expect, it } from 'vitest';
import {
  packExamples,
  trainLinear,
  type LinearSettings,
  type LinearWeights,
} from '../../scripts/safety/linearTrainer.js';

/**
 * Iterate averaging (docs/adr/0012-safety-net.md, fourteenth round): with `averageEpoch` an epoch's
 * weights are the mean of the weights after each of its steps, and training goes on from the last
 * step. Checked against the plain trainer run on prefixes of the same order: training is
 * deterministic, so the plain run on the first k examples of an epoch is the state after step k.
 */
const examples = packExamples(
  [
    { ids: [0, 1], targets: [1, 0], featureCount: 2 },
    { ids: [1, 2], targets: [0, 1], featureCount: 3 },
    { ids: [0, 3], targets: [1, 1], featureCount: 2 },
    { ids: [2, 3], targets: [0, 0], featureCount: 2 },
    { ids: [1], targets: [1, 0], featureCount: 4 },
  ],
  (i) => (i % 2 === 0 ? 1 : 0.5),
  2,
);
const base: LinearSettings = {
  heads: 2,
  features: 4,
  epochs: 1,
  learningRate: 0.5,
  l2: 1e-3,
  values: Float64Array.from([1, 0.25, 1, 1]),
};
const orders = [Int32Array.from([3, 0, 4, 1, 2]), Int32Array.from([1, 4, 2, 0, 3])];

/** The plain trainer's state after the full epochs before `epoch` and `steps` steps of it. */
function plainAfter(epoch: number, steps: number): LinearWeights {
  const order = (e: number) => (e < epoch ? orders[e] : orders[e]?.slice(0, steps)) as Int32Array;
  return trainLinear(examples, { ...base, epochs: epoch + 1 }, order);
}

function meanOfSteps(epoch: number): LinearWeights {
  const n = orders[epoch]?.length ?? 0;
  const weights = new Float64Array(base.features * base.heads);
  const bias = new Float64Array(base.heads);
  for (let k = 1; k <= n; k += 1) {
    const state = plainAfter(epoch, k);
    state.weights.forEach((w, i) => (weights[i] = (weights[i] ?? 0) + w / n));
    state.bias.forEach((b, i) => (bias[i] = (bias[i] ?? 0) + b / n));
  }
  return { weights, bias };
}

describe('iterate averaging in the linear trainer', () => {
  it("hands each epoch the mean of its steps' weights and trains on from the last step", () => {
    const seen: LinearWeights[] = [];
    const averaged = trainLinear(
      examples,
      { ...base, epochs: 2, averageEpoch: true },
      (epoch) => orders[epoch] as Int32Array,
      (_epoch, model) =>
        seen.push({
          weights: Float64Array.from(model.weights),
          bias: Float64Array.from(model.bias),
        }),
    );
    expect(seen).toHaveLength(2);
    for (const epoch of [0, 1]) {
      const expected = meanOfSteps(epoch);
      const got = seen[epoch] as LinearWeights;
      expected.weights.forEach((w, i) => expect(got.weights[i]).toBeCloseTo(w, 12));
      expected.bias.forEach((b, i) => expect(got.bias[i]).toBeCloseTo(b, 12));
    }
    // What the run returns is the last epoch's mean, not its last step.
    const last = plainAfter(1, 5);
    expect(Array.from(averaged.weights)).toEqual(Array.from((seen[1] as LinearWeights).weights));
    expect(Array.from(averaged.weights)).not.toEqual(Array.from(last.weights));
  });

  it('leaves the plain trainer as it was without the option', () => {
    const plain = trainLinear(examples, { ...base, epochs: 2 }, (e) => orders[e] as Int32Array);
    expect(Array.from(plain.weights)).toEqual(Array.from(plainAfter(1, 5).weights));
  });
});
