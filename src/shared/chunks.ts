/** `items` in consecutive slices of at most `size` (the last may be shorter); none when empty. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let from = 0; from < items.length; from += size) {
    result.push(items.slice(from, from + size));
  }
  return result;
}
