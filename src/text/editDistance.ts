/**
 * The one edit distance of the wijkwijzer (ADR 0013): optimal string alignment, i.e. Levenshtein
 * (insert, delete, substitute) plus swapping two neighbouring letters as one edit ("hlup" → "hulp",
 * "mantelzrog" → "mantelzorg"), the most common typo on a phone keyboard. Plain Levenshtein is kept
 * for the BK-trees of search, which need a true metric.
 */

/** Levenshtein distance (insert, delete, substitute): a true metric, so a BK-tree can use it. */
export function levenshtein(a: string, b: string): number {
  return createLevenshtein()(a, b);
}

/**
 * Levenshtein with two reusable rows, for the many comparisons of building and searching a
 * BK-tree (no arrays allocated per call). Each tree gets its own.
 */
export function createLevenshtein(): (a: string, b: string) => number {
  let previous = new Int32Array(64);
  let current = new Int32Array(64);
  return (a, b) => {
    if (a === b) return 0;
    if (a.length === 0) return b.length;
    if (b.length === 0) return a.length;
    if (b.length + 1 > previous.length) {
      previous = new Int32Array(b.length * 2 + 2);
      current = new Int32Array(b.length * 2 + 2);
    }
    for (let j = 0; j <= b.length; j += 1) previous[j] = j;
    for (let i = 1; i <= a.length; i += 1) {
      current[0] = i;
      const ca = a.charCodeAt(i - 1);
      for (let j = 1; j <= b.length; j += 1) {
        const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
        const deletion = (previous[j] as number) + 1;
        const insertion = (current[j - 1] as number) + 1;
        const substitution = (previous[j - 1] as number) + cost;
        current[j] = Math.min(deletion, insertion, substitution);
      }
      const swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length] as number;
  };
}

/** Optimal string alignment distance: Levenshtein plus one edit for two swapped neighbours. */
export function osaDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (d[(i - 2) * cols + j - 2] as number) + 1);
      }
      d[i * cols + j] = value;
    }
  }
  return d[rows * cols - 1] as number;
}

/** Whether two words are at most `limit` edits apart (optimal string alignment). */
export function withinEditDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  return osaDistance(a, b) <= limit;
}

/**
 * How many typos a word of this length may have. Short words get none: "bus" and "bos" are both
 * words, and a wrong guess is worse than no guess.
 */
export function maxTypos(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}
