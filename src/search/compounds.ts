/** Dutch writes compounds as one word; shorter parts than this are too often accidental. */
export const MIN_PART_LENGTH = 3;
/** Words shorter than this are not split (two parts of at least three letters). */
export const MIN_COMPOUND_LENGTH = 6;
/**
 * Longer parts are not looked up. The longest words of the sociale kaart that serve as parts
 * (schuldhulpverlening, arbeidsongeschiktheid) have about twenty letters; this leaves room.
 */
export const MAX_PART_LENGTH = 32;
/**
 * Longer words are not split at all. Real Dutch compounds of the kind residents type stay well
 * below this (kinderopvangtoeslagaanvraag has 27 letters); a longer run of letters is a pasted
 * token, a URL fragment or an attack, and splitting it would only cost time (docs/adr/0015-security-posture.md).
 */
export const MAX_COMPOUND_LENGTH = 64;
/** Letters that may join two parts: levensgebied (leven + s + gebied), kinderopvang. */
const LINKING = ['s', 'e', 'en'] as const;

/** Where the best split of a prefix came from: the part that ends it and the prefix before. */
interface Step {
  readonly count: number;
  readonly partStart: number;
  readonly previous: number;
}

/**
 * Splits a folded compound word into known parts: schuldhulpverlening → schuld + hulp + verlening,
 * geldzorgen → geld + zorgen. `isPart(part, last)` says whether a part is a known word; the last
 * part may be inflected, so callers usually also accept its stem there. Prefers the split with the
 * fewest parts (huiswerk + begeleiding over huis + werk + begeleiding) and returns undefined when
 * the word is not a compound of known parts. `mayStartPart(word, from)` may say cheaply that no
 * part starts at `from` (it must never say no where `isPart` could say yes); the index build
 * splits every word of the knowledge and spends most of that time on parts that start nowhere.
 *
 * Bounded work: at most MAX_COMPOUND_LENGTH letters, and from each boundary only parts of at most
 * MAX_PART_LENGTH letters are tried, so a word costs at most about 3 × 64 × 30 look-ups of short
 * strings, whatever a resident types. Each boundary remembers only its predecessor (no copied
 * arrays), and the parts are read back once at the end.
 */
export function splitCompound(
  word: string,
  isPart: (part: string, last: boolean) => boolean,
  mayStartPart: (word: string, from: number) => boolean = () => true,
): string[] | undefined {
  const n = word.length;
  if (n < MIN_COMPOUND_LENGTH || n > MAX_COMPOUND_LENGTH) return undefined;
  // best[i]: the fewest parts that spell word.slice(0, i) exactly, ending on a part boundary.
  const best: (Step | undefined)[] = new Array<Step | undefined>(n + 1).fill(undefined);
  best[0] = { count: 0, partStart: 0, previous: -1 };
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
      // Most positions start no part at all: one look-up rules out every part from here.
      if (!mayStartPart(word, from)) continue;
      const last = Math.min(n, from + MAX_PART_LENGTH);
      for (let end = from + MIN_PART_LENGTH; end <= last; end += 1) {
        // A whole-word "split" into one part is not a split.
        if (from === 0 && end === n) continue;
        const current = best[end];
        // Only a strictly shorter split replaces one found earlier: skip the look-up otherwise.
        if (current !== undefined && current.count <= before.count + 1) continue;
        if (!isPart(word.slice(from, end), end === n)) continue;
        best[end] = { count: before.count + 1, partStart: from, previous: start };
      }
    }
  }
  const final = best[n];
  if (final === undefined || final.count < 2) return undefined;
  const parts: string[] = [];
  for (let at = n; at > 0;) {
    const step = best[at] as Step;
    parts.push(word.slice(step.partStart, at));
    at = step.previous;
  }
  return parts.reverse();
}
