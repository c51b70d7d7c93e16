/**
 * Position of `value` in the ascending `sorted`, or −1: a binary search over the typed arrays that
 * the search index (posting lists) and the understanding model (feature ids) keep sorted.
 */
export function sortedIndexOf(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = sorted[mid] as number;
    if (at === value) return mid;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
