import { describe, expect, it } from 'vitest';
import type { ConcernModelFile } from '../../src/safety/concernModel.js';
import { fromRecord, SEED } from '../../scripts/safety/concernExamples.js';
import { INERT_THRESHOLDS } from '../../scripts/safety/crossValidation.js';
import {
  AVERAGED_ORDERS,
  SINGLE_ORDER,
  trainModelFiles,
  withFeatures,
  type OrderMethod,
} from '../../scripts/safety/concernTraining.js';
import { loadSplit } from '../../scripts/safety/safetyCorpus.js';

/**
 * The training order taken out of the concern model (docs/adr/0012-safety-net.md, eighteenth
 * round): K runs on seeded orders, their weights averaged into the one file that is written.
 */
const examples = [...loadSplit('train').slice(0, 160), ...loadSplit('dev').slice(0, 40)].map(
  fromRecord('corpus'),
);
const rows = withFeatures(examples);
/** Thresholds are only carried into the file here. */
const thresholds = INERT_THRESHOLDS;
/** Training runs on a busy machine: a generous bound, not a timing assertion. */
const SLOW = 120_000;
const setting = { l2: 1e-3, nonCrisisWeight: 2, helpWeight: 0, letterGroupValue: 0.25 };
const train = (method: OrderMethod) =>
  trainModelFiles(rows, setting, [3], thresholds, method).get(3) as ConcernModelFile;

describe('concern model runs averaged over training orders', () => {
  it('writes the mean of the runs on seeds SEED, SEED + 1, ... as one model', () => {
    const both = train({ orders: 2, averageEpoch: false });
    const first = train({ orders: 1, averageEpoch: false, seed: SEED });
    const second = train({ orders: 1, averageEpoch: false, seed: SEED + 1 });
    // The two runs differ (the order moves the weights), and the mean lies between them.
    expect(first.weights).not.toEqual(second.weights);
    let compared = 0;
    for (const [feature, row] of Object.entries(both.weights)) {
      const a = first.weights[feature];
      const b = second.weights[feature];
      if (a === undefined || b === undefined) continue;
      row.forEach((w, head) => {
        // Each file's weights are rounded to four decimals.
        expect(Math.abs(w - ((a[head] ?? 0) + (b[head] ?? 0)) / 2)).toBeLessThanOrEqual(1.5e-4);
      });
      compared += 1;
    }
    expect(compared).toBeGreaterThan(100);
    both.bias.forEach((w, head) =>
      expect(
        Math.abs(w - ((first.bias[head] ?? 0) + (second.bias[head] ?? 0)) / 2),
      ).toBeLessThanOrEqual(1.5e-4),
    );
  });

  it(
    'keeps the single run of SEED as the method before averaging, and is deterministic',
    () => {
      expect(train(SINGLE_ORDER)).toEqual(train({ orders: 1, averageEpoch: false, seed: SEED }));
      expect(train(AVERAGED_ORDERS)).toEqual(train(AVERAGED_ORDERS));
    },
    SLOW,
  );

  it(
    'moves the weights less with the order than a single run does',
    () => {
      // The same examples in reverse order: the averaged file moves less than one run's.
      const reversed = withFeatures([...examples].reverse());
      const trainOn = (method: OrderMethod, from = rows) =>
        trainModelFiles(from, setting, [3], thresholds, method).get(3) as ConcernModelFile;
      const distance = (x: ConcernModelFile, y: ConcernModelFile) => {
        let total = 0;
        for (const feature of new Set([...Object.keys(x.weights), ...Object.keys(y.weights)])) {
          const a = x.weights[feature]?.[0] ?? 0;
          const b = y.weights[feature]?.[0] ?? 0;
          total += (a - b) ** 2;
        }
        return Math.sqrt(total);
      };
      const single = distance(trainOn(SINGLE_ORDER), trainOn(SINGLE_ORDER, reversed));
      const averaged = distance(trainOn(AVERAGED_ORDERS), trainOn(AVERAGED_ORDERS, reversed));
      expect(averaged).toBeLessThan(0.6 * single);
    },
    SLOW,
  );
});
