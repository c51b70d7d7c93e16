import { levenshtein } from '../text/editDistance.js';

/** Edit distance for field names, slugs and wijk names: the one of src/text (ADR 0013). */
export const editDistance: (a: string, b: string) => number = levenshtein;

/**
 * The allowed value a partner most likely meant ("wonen" for "woonen"), or undefined when nothing
 * is close enough to suggest with confidence.
 */
export function closest(value: string, allowed: readonly string[]): string | undefined {
  const needle = value.toLowerCase().trim();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(needle.length / 3)));
  return bestDistance <= limit ? best : undefined;
}
