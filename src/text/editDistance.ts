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

/**
 * Optimal string alignment distance with a limit, for comparing one word with many: the result is
 * exact up to `limit` and `limit + 1` for anything further, and a comparison stops as soon as every
 * alignment has passed the limit (most candidates are left after two or three letters). Three
 * reusable rows, so no arrays are allocated per call; each caller gets its own.
 */
export function createBoundedOsa(): (a: string, b: string, limit: number) => number {
  let before = new Int32Array(64);
  let previous = new Int32Array(64);
  let current = new Int32Array(64);
  return (a, b, limit) => {
    if (a === b) return 0;
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    if (b.length + 1 > previous.length) {
      before = new Int32Array(b.length * 2 + 2);
      previous = new Int32Array(b.length * 2 + 2);
      current = new Int32Array(b.length * 2 + 2);
    }
    for (let j = 0; j <= b.length; j += 1) previous[j] = j;
    for (let i = 1; i <= a.length; i += 1) {
      current[0] = i;
      let rowMinimum = i;
      const ca = a.charCodeAt(i - 1);
      for (let j = 1; j <= b.length; j += 1) {
        const cb = b.charCodeAt(j - 1);
        let value = Math.min(
          (previous[j] as number) + 1,
          (current[j - 1] as number) + 1,
          (previous[j - 1] as number) + (ca === cb ? 0 : 1),
        );
        if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
          value = Math.min(value, (before[j - 2] as number) + 1);
        }
        current[j] = value;
        if (value < rowMinimum) rowMinimum = value;
      }
      // Every later row is at least this row's minimum, except through a swap, which reaches
      // back one more row: stop when both rows are past the limit.
      if (rowMinimum > limit && i > 1 && minimum(previous, b.length) > limit) return limit + 1;
      const oldest = before;
      before = previous;
      previous = current;
      current = oldest;
    }
    const distance = previous[b.length] as number;
    return distance > limit ? limit + 1 : distance;
  };
}

function minimum(row: Int32Array, length: number): number {
  let least = row[0] as number;
  for (let j = 1; j <= length; j += 1) least = Math.min(least, row[j] as number);
  return least;
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
