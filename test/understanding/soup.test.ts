import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/syntheticKnowledge.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import {
  averageLinear,
  DEFAULT_SETTINGS,
  readBehoeften,
  trainModelFile,
  trainSoupFile,
  type TrainedLinear,
} from '../../training/linearTrainer.js';

/**
 * A soup of training orders (ADR 0013, session 13 amendment): the raw weights of K models trained
 * from different seeds are averaged before centring, pruning and quantising. The model is linear,
 * so the mean weights give the mean logits; a feature one model never saw counts as 0 there.
 */
const model = (rows: [number, number[]][], bias: number[]): TrainedLinear => ({
  rowOf: new Map(rows.map(([bucket], row) => [bucket, row])),
  weights: Float64Array.from(rows.flatMap(([, weights]) => weights)),
  bias: Float64Array.from(bias),
});

const weightsOf = (trained: TrainedLinear) =>
  Object.fromEntries(
    [...trained.rowOf].map(([bucket, row]) => [
      bucket,
      Array.from(
        trained.weights.subarray(row * trained.bias.length, (row + 1) * trained.bias.length),
      ),
    ]),
  );

describe('averaging trained linear models', () => {
  it('averages two known weight sets over the union of their features', () => {
    const a = model(
      [
        [10, [1, 2]],
        [20, [3, 4]],
      ],
      [0.5, -0.5],
    );
    const b = model(
      [
        [20, [5, 6]],
        [30, [7, -8]],
      ],
      [1.5, 0.5],
    );
    const mean = averageLinear([a, b], 2);
    // Bucket 10 is unknown to b and 30 to a: their weights there are 0, so they count half.
    expect(weightsOf(mean)).toEqual({ 10: [0.5, 1], 20: [4, 5], 30: [3.5, -4] });
    expect(Array.from(mean.bias)).toEqual([1, 0]);
    // The inputs are left as they were (toModelFile later changes the mean in place).
    expect(Array.from(a.weights)).toEqual([1, 2, 3, 4]);
  });

  it('gives the logits of the ensemble: the mean of the two models’ logits on any features', () => {
    const a = model(
      [
        [1, [0.3, -1.2, 2]],
        [2, [1, 1, -0.5]],
      ],
      [0.1, 0, -0.1],
    );
    const b = model(
      [
        [2, [-2, 0.4, 0]],
        [3, [0.7, 0.7, 0.1]],
      ],
      [0, 0.2, 0],
    );
    const logits = (m: TrainedLinear, features: [number, number][]) =>
      [0, 1, 2].map((c) =>
        features.reduce((sum, [bucket, value]) => {
          const row = m.rowOf.get(bucket);
          return row === undefined ? sum : sum + value * (m.weights[row * 3 + c] as number);
        }, m.bias[c] as number),
      );
    const features: [number, number][] = [
      [1, 0.5],
      [2, 1],
      [3, 0.25],
    ];
    const mean = logits(averageLinear([a, b], 3), features);
    const expected = logits(a, features).map(
      (x, c) => (x + (logits(b, features)[c] as number)) / 2,
    );
    mean.forEach((x, c) => expect(x).toBeCloseTo(expected[c] as number, 12));
  });

  it('leaves a soup of one model exactly that model, to the bit', () => {
    const single = model(
      [
        [7, [-0, 0.1 + 0.2]],
        [3, [1e-300, -5]],
      ],
      [-0, 1 / 3],
    );
    const mean = averageLinear([single], 2);
    expect(Object.is(mean.weights[0], -0)).toBe(true);
    expect(Array.from(mean.weights)).toEqual(Array.from(single.weights));
    expect(Array.from(mean.bias)).toEqual(Array.from(single.bias));
    expect([...mean.rowOf]).toEqual([...single.rowOf]);
  });

  it('refuses an empty soup and a model with another number of classes', () => {
    expect(() => averageLinear([], 2)).toThrow(RangeError);
    expect(() => averageLinear([model([[1, [1, 2, 3]]], [0, 0, 0])], 2)).toThrow(RangeError);
  });
});

describe('a soup of training orders on the real needs', () => {
  // Three real needs with a few of their words: the soup's arithmetic, not the corpus, is tested.
  const behoeften = readBehoeften(path.join(findProjectRoot(), 'training/behoeften.yaml'))
    .filter((b) => ['geld.schulden', 'ontmoeting.contact', 'mantelzorg.ontlasten'].includes(b.id))
    .map((b) => ({ ...b, woorden: b.woorden.slice(0, 3), english: [] }));
  const lines = [
    { text: 'ik kan mijn huur niet meer betalen', needs: ['geld.schulden'] },
    { text: 'schulden stapelen zich op en de post blijft liggen', needs: ['geld.schulden'] },
    { text: 'ik zit de hele dag alleen thuis', needs: ['ontmoeting.contact'] },
    { text: 'ik zou graag andere mensen ontmoeten in de buurt', needs: ['ontmoeting.contact'] },
    {
      text: 'mijn moeder vergeet steeds meer en ik zorg voor haar',
      needs: ['mantelzorg.ontlasten'],
    },
  ];
  const settings = { ...DEFAULT_SETTINGS, epochs: 2 };

  it('of one order is the single model of that seed, file for file', () => {
    const single = trainModelFile(lines, behoeften, createRandom(5), settings);
    const soup = trainSoupFile(lines, behoeften, [createRandom(5)], settings);
    expect(soup.file).toEqual(single.file);
    expect(soup.texts).toEqual(single.texts);
  });

  it('of two orders is deterministic, differs from either order alone, and does not depend on which comes first', () => {
    const soup = (seeds: number[]) =>
      trainSoupFile(
        lines,
        behoeften,
        seeds.map((seed) => createRandom(seed)),
        settings,
      ).file;
    const both = soup([5, 6]);
    expect(soup([5, 6])).toEqual(both);
    expect(both.weights).not.toEqual(soup([5]).weights);
    expect(both.weights).not.toEqual(soup([6]).weights);
    // a + b is b + a in floating point too, and the file lists features by bucket.
    expect(soup([6, 5])).toEqual(both);
  });
});
