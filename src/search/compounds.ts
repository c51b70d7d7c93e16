/** Dutch writes compounds as one word; shorter parts than this are too often accidental. */
export const MIN_PART_LENGTH = 3;
/** Words shorter than this are not split (two parts of at least three letters). */
export const MIN_COMPOUND_LENGTH = 6;
/** Letters that may join two parts: levensgebied (leven + s + gebied), kinderopvang. */
const LINKING = ['s', 'e', 'en'] as const;

/**
 * Splits a folded compound word into known parts: schuldhulpverlening → schuld + hulp + verlening,
 * geldzorgen → geld + zorgen. `isPart(part, last)` says whether a part is a known word; the last
 * part may be inflected, so callers usually also accept its stem there. Prefers the split with the
 * fewest parts (huiswerk + begeleiding over huis + werk + begeleiding) and returns undefined when
 * the word is not a compound of known parts.
 */
export function splitCompound(
  word: string,
  isPart: (part: string, last: boolean) => boolean,
): string[] | undefined {
  const n = word.length;
  if (n < MIN_COMPOUND_LENGTH) return undefined;
  // best[i]: the fewest parts that spell word.slice(0, i) exactly, ending on a part boundary.
  const best: (string[] | undefined)[] = new Array<string[] | undefined>(n + 1).fill(undefined);
  best[0] = [];
  for (let start = 0; start < n; start += 1) {
    const before = best[start];
    if (before === undefined) continue;
    const offsets = start === 0 ? [0] : [0, ...LINKING.map((link) => link.length)];
    for (const offset of offsets) {
      if (offset > 0) {
        const link = word.slice(start, start + offset);
        if (!(LINKING as readonly string[]).includes(link)) continue;
      }
      const from = start + offset;
      for (let end = from + MIN_PART_LENGTH; end <= n; end += 1) {
        // A whole-word "split" into one part is not a split.
        if (from === 0 && end === n) continue;
        const part = word.slice(from, end);
        if (!isPart(part, end === n)) continue;
        const candidate = [...before, part];
        const current = best[end];
        if (current === undefined || candidate.length < current.length) best[end] = candidate;
      }
    }
  }
  const parts = best[n];
  return parts !== undefined && parts.length >= 2 ? parts : undefined;
}
