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
/**
 * A whole line of this many words inside another is a copy whatever surrounds it: "I'm drowning in
 * paperwork" inside "I am drowning in paperwork, can someone help me sort it out" carries the
 * held-out phrase into training (seventh round). Four-word lines ("ik kan niet meer") are everyday
 * phrases and count only at CONTAINED_SHARE.
 */
const WHOLE_LINE_WORDS = 5;
/**
 * A run of this many words in common is a copy when it makes up this share of the shorter line
 * ("hij staat met een mes in de keuken" in two lines that go on differently). Six words is still a
 * template ("ik heb een vraag over de ...").
 */
const LONG_RUN_WORDS = 7;
const LONG_RUN_SHARE = 0.6;
/**
 * Reworded: the lines' common words, in order, cover this share of the longer line and are at least
 * this many, wherever they start ("ik sta op de brug, ik ga springen" beside "ik sta op de brug en
 * ik ga springen"; a clause moved to the front). Two template lines with one topic word swapped
 * ("is er een ... in de buurt") share six words and stay apart.
 */
const REWORDED_SHARE = 0.7;
const REWORDED_WORDS = 7;

/** Opening words two near copies share, and the share of the longer line their common words cover. */
const OPENING_WORDS = 6;
const SHARED_SHARE = 0.7;
/** Common words beyond the opening: "ik heb een vraag over de ..." with another topic is no copy. */
const BEYOND_OPENING = 2;

/** An opening this long is a copy whatever follows ("ik heb vannacht weer in mijn benen gekrast"). */
const LONG_OPENING_WORDS = 8;

export interface NearCopyOptions {
  /**
   * The seventh round's wider reasons (a whole line inside a longer one, a shared run, a line
   * reworded around its words); default on. The understanding corpus's guard
   * (training/nearCopies.ts) keeps the sixth round's reasons and adds its own: on its help
   * questions the wider ones also flag shared endings ("maar weet niet hoe ik moet beginnen") and
   * one topic word swapped, which for the safety corpus only costs a training line.
   */
  readonly widened?: boolean;
}

export interface NearCopyLine {
  readonly text: string;
  readonly where: string;
}

export interface NearCopy {
  readonly line: NearCopyLine;
  readonly heldOut: NearCopyLine;
  readonly why: 'exact' | 'contained' | 'shared-run' | 'shared-opening' | 'reworded';
}

/**
 * Contractions and their full forms read alike once the normaliser has dropped the apostrophe
 * ("I'm" → "im" → "i am", "m'n" → "mn" → "mijn"), so a held-out line cannot slip into training by
 * being spelled out. Only forms that are no other word: "ill", "were", "its" and "well" stay.
 */
const contractions: Readonly<Record<string, readonly string[]>> = {
  im: ['i', 'am'],
  ive: ['i', 'have'],
  id: ['i', 'would'],
  youre: ['you', 'are'],
  youve: ['you', 'have'],
  hes: ['he', 'is'],
  shes: ['she', 'is'],
  thats: ['that', 'is'],
  theres: ['there', 'is'],
  theyre: ['they', 'are'],
  weve: ['we', 'have'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  cant: ['can', 'not'],
  cannot: ['can', 'not'],
  couldnt: ['could', 'not'],
  wont: ['will', 'not'],
  wouldnt: ['would', 'not'],
  shouldnt: ['should', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  wasnt: ['was', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  mn: ['mijn'],
  zn: ['zijn'],
  kheb: ['ik', 'heb'],
  kben: ['ik', 'ben'],
  kga: ['ik', 'ga'],
  kwil: ['ik', 'wil'],
  tis: ['het', 'is'],
};

/** The words two lines are compared by: the normaliser's words, contractions spelled out. */
export const comparableWords = (text: string) =>
  normalise(text)
    .split(' ')
    .filter((w) => w !== clauseMarker && w !== '')
    .flatMap((w) => contractions[w] ?? [w]);

const wordsOf = comparableWords;

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

/** The longest run of words the two lists have in common. */
function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      if (word === b[j - 1]) {
        current[j] = (previous[j - 1] ?? 0) + 1;
        best = Math.max(best, current[j] ?? 0);
      }
    }
    previous = current;
  }
  return best;
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
  options: NearCopyOptions = {},
): NearCopy['why'] | undefined {
  const widened = options.widened ?? true;
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
  if (widened && shorter.length >= WHOLE_LINE_WORDS && containsRun(longer, shorter)) {
    return 'contained';
  }
  const opening = commonOpening(shorter, longer);
  if (opening >= LONG_OPENING_WORDS) return 'shared-opening';
  const common = commonSubsequence(shorter, longer);
  if (opening >= OPENING_WORDS) {
    if (common >= SHARED_SHARE * longer.length && common >= OPENING_WORDS + BEYOND_OPENING) {
      return 'shared-opening';
    }
  }
  if (!widened) return undefined;
  const run = longestCommonRun(shorter, longer);
  if (run >= LONG_RUN_WORDS && run >= LONG_RUN_SHARE * shorter.length) return 'shared-run';
  if (common >= REWORDED_WORDS && common >= REWORDED_SHARE * longer.length) return 'reworded';
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
