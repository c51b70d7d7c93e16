/**
 * How many cases a fuzz property tries: a few seconds' worth by default, many more with
 * FUZZ_RUNS_FACTOR=20 (or any factor) for a longer run before a release.
 */
export function fuzzRuns(byDefault: number): number {
  const factor = Number(process.env.FUZZ_RUNS_FACTOR ?? '1');
  return Math.max(1, Math.round(byDefault * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}
