import { describe, expect, it } from 'vitest';
import {
  fitLogistic,
  median,
  resample,
  seededRandom,
  type FitRow,
} from '../../training/calibrationFit.js';

/**
 * The confidence fit holds still (ADR 0013, session 13 out-of-scope amendment): pulled toward
 * fixed prior weights, a refit on slightly other data moves less than the old fit from zero, and
 * the bootstrap draws are the same on every run.
 */

/** Two correlated signals, as agreement and domain are: the loss is flat along their difference. */
function rows(flip: number): FitRow[] {
  const random = seededRandom(7);
  const made: FitRow[] = [];
  for (let i = 0; i < 400; i += 1) {
    const a = random();
    const b = Math.min(1, Math.max(0, a + (random() - 0.5) * 0.1));
    const p = 1 / (1 + Math.exp(-(-2 + 2 * a + 2 * b)));
    const y = random() < p ? 1 : 0;
    made.push({ x: [a, b], y: i < flip ? 1 - y : y, weight: 1 });
  }
  return made;
}

const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(...a.map((value, i) => value - (b[i] as number)));

describe('the calibration fit', () => {
  const prior = [-2, 2, 2];

  it('learns from the data: with no prior strength it leaves the prior toward the optimum', () => {
    const flipped = fitLogistic(rows(80), { prior, strength: 0 });
    expect(distance(flipped, prior)).toBeGreaterThan(0.3);
  });

  it('moves less under the prior than the fit from zero when a fifth of the labels flip', () => {
    const penalised = (flip: number) => fitLogistic(rows(flip), { prior, strength: 0.01 });
    const fromZero = (flip: number) =>
      fitLogistic(rows(flip), { prior, strength: 0.0002, fromZero: true });
    const moved = distance(penalised(0), penalised(80));
    const movedFromZero = distance(fromZero(0), fromZero(80));
    expect(moved).toBeLessThan(movedFromZero);
  });

  it('gives the same weights on a second run (a refit of unchanged data changes nothing)', () => {
    const settings = { prior, strength: 0.01, steps: 500 };
    expect(fitLogistic(rows(10), settings)).toEqual(fitLogistic(rows(10), settings));
  });

  it('draws the same resamples from the same seed, and another draw from another seed', () => {
    const xs = Array.from({ length: 50 }, (_, i) => i);
    expect(resample(xs, seededRandom(3))).toEqual(resample(xs, seededRandom(3)));
    expect(resample(xs, seededRandom(3))).not.toEqual(resample(xs, seededRandom(4)));
    expect(resample(xs, seededRandom(3))).toHaveLength(50);
  });

  it('takes the middle value as the median', () => {
    expect(median([0.8, 0.81, 0.79, 0.83, 0.8])).toBe(0.8);
    expect(median([1, 3])).toBe(3);
  });
});
