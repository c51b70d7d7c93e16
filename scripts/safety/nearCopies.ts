/**
 * Near copies of held-out lines (docs/adr/0012-safety-net.md, "Near copies of frozen lines"): a
 * line that is a frozen test line or an unseen-round line with a few words added, cut or changed.
 * The trainer drops exact copies by key; a near copy slips past that and makes the figures on the
 * held-out line partly in-sample, so training leaves those out too and a test holds the
 * training-only files free of them.
 *
 * Both lines are read as the crisis normaliser's words (clause marks dropped). A pair is a near
 * copy when
 * - the shorter line (four words or more) is a run of words inside the longer one and makes up at
 *   least half of it ("ik durf vanavond niet naar huis" inside "ik durf vanavond niet naar huis,
 *   hij is weer dronken"), or
 * - they share their first six words and their longest common word subsequence is at least
 *   `sharedShare` of the longer line ("als ik morgen niet meer wakker word is dat ook goed" and
 *   "... is dat een opluchting").
 * Sharing an opening alone is not enough: "ik heb het gevoel dat ik ..." and "ik ben bang dat ik
 * mijn ..." open many unrelated messages. Exact copies count too.
 */
import { clauseMarker, normalise } from '../../src/safety/normalise.js';

/** Shorter line's minimum length for a containment, and the share of the longer line it must be. */
const MIN_CONTAINED_WORDS = 4;
const CONTAINED_SHARE = 0.5;
/** Opening words two near copies share, and the share of the longer line their common words cover. */
const OPENING_WORDS = 6;
const SHARED_SHARE = 0.7;
/** Common words beyond the opening: "ik heb een vraag over de ..." with another topic is no copy. */
const BEYOND_OPENING = 2;
/** An opening this long is a copy whatever follows ("ik heb vannacht weer in mijn benen gekrast"). */
const LONG_OPENING_WORDS = 8;

export interface NearCopyLine {
  readonly text: string;
  readonly where: string;
}

export interface NearCopy {
  readonly line: NearCopyLine;
  readonly heldOut: NearCopyLine;
  readonly why: 'exact' | 'contained' | 'shared-opening';
}

const wordsOf = (text: string) =>
  normalise(text)
    .split(' ')
    .filter((w) => w !== clauseMarker && w !== '');

function containsRun(longer: readonly string[], shorter: readonly string[]): boolean {
  outer: for (let start = 0; start + shorter.length <= longer.length; start += 1) {
    for (let i = 0; i < shorter.length; i += 1) {
      if (longer[start + i] !== shorter[i]) continue outer;
    }
    return true;
  }
  return false;
}

function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      current[j] =
        word === b[j - 1]
          ? (previous[j - 1] ?? 0) + 1
          : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function commonOpening(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** Why two word lists are near copies, or undefined when they are not. */
export function nearCopyReason(
  a: readonly string[],
  b: readonly string[],
): NearCopy['why'] | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  if (a.length === b.length && a.every((w, i) => w === b[i])) return 'exact';
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (
    shorter.length >= MIN_CONTAINED_WORDS &&
    shorter.length >= CONTAINED_SHARE * longer.length &&
    containsRun(longer, shorter)
  ) {
    return 'contained';
  }
  const opening = commonOpening(shorter, longer);
  if (opening >= LONG_OPENING_WORDS) return 'shared-opening';
  if (opening >= OPENING_WORDS) {
    const common = commonSubsequence(shorter, longer);
    if (common >= SHARED_SHARE * longer.length && common >= OPENING_WORDS + BEYOND_OPENING) {
      return 'shared-opening';
    }
  }
  return undefined;
}

const pairKey = (words: readonly string[], i: number) => `${words[i]} ${words[i + 1]}`;

/**
 * Every near copy of a held-out line among `lines`. Word pairs index the held-out lines, so only
 * pairs that share enough of them are compared: a contained run of four words shares three pairs,
 * six shared opening words share five.
 */
export function findNearCopies(
  lines: readonly NearCopyLine[],
  heldOut: readonly NearCopyLine[],
): NearCopy[] {
  const held = heldOut.map((line) => ({ line, words: wordsOf(line.text) }));
  const exact = new Map<string, number[]>();
  const byPair = new Map<string, number[]>();
  held.forEach(({ words }, index) => {
    const joined = words.join(' ');
    exact.set(joined, [...(exact.get(joined) ?? []), index]);
    const seen = new Set<string>();
    for (let i = 0; i + 1 < words.length; i += 1) seen.add(pairKey(words, i));
    for (const key of seen) byPair.set(key, [...(byPair.get(key) ?? []), index]);
  });
  const found: NearCopy[] = [];
  for (const line of lines) {
    const words = wordsOf(line.text);
    const shared = new Map<number, number>();
    for (const index of exact.get(words.join(' ')) ?? []) shared.set(index, Infinity);
    const pairs = new Set<string>();
    for (let i = 0; i + 1 < words.length; i += 1) pairs.add(pairKey(words, i));
    for (const key of pairs) {
      for (const index of byPair.get(key) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    for (const [index, count] of shared) {
      if (count < MIN_CONTAINED_WORDS - 1) continue;
      const other = held[index];
      if (other === undefined) continue;
      const why = nearCopyReason(words, other.words);
      if (why !== undefined) found.push({ line, heldOut: other.line, why });
    }
  }
  return found;
}
