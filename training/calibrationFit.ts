/**
 * The fitting of the search's confidence (training/calibrate.ts, ADR 0013 §4 and its session-13
 * out-of-scope amendment), apart so it can be tested: a logistic regression pulled toward fixed
 * prior weights, and bootstrap medians for the choices made on counts (threshold, doubt band).
 * Both exist so that a refit after a small change of the search or the model moves only as far as
 * the data do: the fit from zero stopped far from its optimum along the flat valleys of correlated
 * signals, and the strictest threshold or the band with the fewest refusals jumped by several
 * hundredths when one question crossed a line.
 */

export interface FitRow {
  /** The signals, in a fixed order; the first weight is the bias. */
  readonly x: readonly number[];
  readonly y: number;
  readonly weight: number;
}

export interface FitSettings {
  /** Bias first, then one weight per signal: where the fit starts and what it is pulled toward. */
  readonly prior: readonly number[];
  /** The L2 penalty on the distance to the prior, in units of the mean log loss (0: none). */
  readonly strength: number;
  readonly steps?: number;
  /** Start at zero instead of at the prior (how the fit ran before the prior; for comparisons). */
  readonly fromZero?: boolean;
}

/** Logistic regression by plain gradient descent: fixed start, fixed steps, deterministic. */
export function fitLogistic(rows: readonly FitRow[], settings: FitSettings): number[] {
  const { prior, strength } = settings;
  let w = settings.fromZero === true ? prior.map(() => 0) : [...prior];
  const steps = settings.steps ?? 4000;
  for (let step = 0; step < steps; step += 1) {
    const grad = w.map(() => 0);
    let total = 0;
    for (const row of rows) {
      const z = (w[0] as number) + row.x.reduce((sum, x, i) => sum + x * (w[i + 1] as number), 0);
      const g = (1 / (1 + Math.exp(-z)) - row.y) * row.weight;
      grad[0] = (grad[0] as number) + g;
      row.x.forEach((x, i) => (grad[i + 1] = (grad[i + 1] as number) + g * x));
      total += row.weight;
    }
    w = w.map(
      (value, i) =>
        value -
        0.5 *
          ((grad[i] as number) / Math.max(total, Number.MIN_VALUE) +
            strength * (value - (prior[i] as number))),
    );
  }
  return w;
}

/** The project's seedable generator (mulberry32): the same resamples on every run. */
export { createRandom as seededRandom } from '../bench/syntheticKnowledge.js';

/** A resample with replacement of the same size, drawn with `random`. */
export function resample<T>(xs: readonly T[], random: () => number): T[] {
  return xs.map(() => xs[Math.floor(random() * xs.length)] as T);
}

/** The median (the upper one of an even count). */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
