/**
 * Near copies between what the understanding layer is trained or tuned on and what it is measured
 * on (docs/adr/0013-understanding-residents-words.md, "Round 16"). The corpus is split by a hash of
 * the exact folded text, so "ik voel me eenzam" (train) and "ik voel me eenzaam" (frozen golden
 * test) land apart, and the figure on the second is then partly in-sample.
 *
 * Both sides are read the same way: lower case, accents and punctuation folded (`tokenize`, the
 * search's own tokenizer), Dutch and English contractions written out ("m'n" → mijn, "can't" → can
 * not), and a run of one letter squeezed to one (a doubled-letter typo is the same word). Then a
 * pair is a near copy when
 * - the safety corpus's sequence rules say so (`nearCopyReason` of scripts/safety/nearCopies.ts:
 *   an exact copy, one line a run inside the other that makes up half of it, or a long shared
 *   opening), or
 * - their **content words** (stop words left out; see `isStopWord`) overlap: every content word of
 *   the line with fewer of them is in the other (one may be missing from five on), they cover at
 *   least `SHARED_CONTENT` of the other's content words, and at least two shared words carry
 *   meaning alone (not "niet", "geen", "meer", "alleen"). This finds the reordered or lightly
 *   padded copy ("ik woon hier al tien jaar maar mijn nederlands is nog slecht" against "ik woon al
 *   tien jaar hier maar …") that the sequence rules miss, and leaves apart lines that only share a
 *   frame ("ik wil stoppen met roken" / "… met vapen").
 * The measured line needs three words or more: one or two words ("eenzaam", "schulden") are the
 * vocabulary itself and may be anywhere.
 */
import { nearCopyReason, type NearCopy } from '../scripts/safety/nearCopies.js';
import { isStopWord, isWeakWord } from '../src/search/stopWords.js';
import { tokenize } from '../src/text/normalise.js';

/** Measured lines shorter than this are vocabulary, not questions. */
export const MIN_MEASURED_WORDS = 3;
/** The line with fewer content words needs this many to be compared by its word set. */
const MIN_CONTENT_WORDS = 3;
/** Share of the smaller content set found in the larger (one word missing is allowed from five). */
const CONTAINED_CONTENT = 0.8;
/** Share of the larger content set the shared words cover. */
const SHARED_CONTENT = 0.6;
/** Shared content words that mean something alone. */
const MIN_STRONG_SHARED = 2;

const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [/\bm['’]n\b/g, 'mijn'],
  [/\bz['’]n\b/g, 'zijn'],
  [/\bd['’]r\b/g, 'haar'],
  [/(^|\s)['’]k\b/g, '$1ik'],
  [/(^|\s)['’]t\b/g, '$1het'],
  [/(^|\s)['’]n\b/g, '$1een'],
  [/(^|\s)['’]s\s+(?=nachts|morgens|avonds|middags|ochtends)/g, '$1s'],
  [/\bcan['’]t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon['’]t\b/g, 'will not'],
  [/n['’]t\b/g, ' not'],
  [/['’]m\b/g, ' am'],
  [/['’]re\b/g, ' are'],
  [/['’]ve\b/g, ' have'],
  [/['’]ll\b/g, ' will'],
  [/['’]d\b/g, ' would'],
];

export interface ComparedLine {
  readonly text: string;
  readonly where: string;
}

export interface NearCopyPair {
  readonly line: ComparedLine;
  readonly measured: ComparedLine;
  /** The safety guard's reasons (scripts/safety/nearCopies.ts), or shared content words. */
  readonly why: NearCopy['why'] | 'shared-words';
}

interface ReadLine {
  readonly words: readonly string[];
  readonly content: ReadonlySet<string>;
  readonly strong: ReadonlySet<string>;
}

const squeeze = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');

/** The words of a line as both sides are compared: folded, contractions out, letter runs squeezed. */
export function readLine(text: string): ReadLine {
  let expanded = text.toLowerCase();
  for (const [pattern, replacement] of CONTRACTIONS)
    expanded = expanded.replace(pattern, replacement);
  const tokens = tokenize(expanded);
  const contentTokens = tokens.filter((token) => !isStopWord(token));
  return {
    words: tokens.map(squeeze),
    content: new Set(contentTokens.map(squeeze)),
    strong: new Set(contentTokens.filter((token) => !isWeakWord(token)).map(squeeze)),
  };
}

function sharesContent(a: ReadLine, b: ReadLine): boolean {
  const [smaller, larger] = a.content.size <= b.content.size ? [a, b] : [b, a];
  if (smaller.content.size < MIN_CONTENT_WORDS) return false;
  let shared = 0;
  let strong = 0;
  for (const word of smaller.content) {
    if (!larger.content.has(word)) continue;
    shared += 1;
    if (smaller.strong.has(word)) strong += 1;
  }
  return (
    shared >= CONTAINED_CONTENT * smaller.content.size &&
    shared >= SHARED_CONTENT * larger.content.size &&
    strong >= MIN_STRONG_SHARED
  );
}

/** Why two lines are near copies, or undefined when they are not. */
export function nearCopyOf(a: string, b: string): NearCopyPair['why'] | undefined {
  const left = readLine(a);
  const right = readLine(b);
  return (
    nearCopyReason(left.words, right.words, { widened: false }) ??
    (sharesContent(left, right) ? 'shared-words' : undefined)
  );
}

interface IndexedLine {
  readonly line: ComparedLine;
  readonly read: ReadLine;
  /** Distinct pairs of adjacent words. */
  readonly pairs: ReadonlySet<string>;
}

const pairsOf = (words: readonly string[]): Set<string> => {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i += 1) pairs.add(`${words[i]} ${words[i + 1]}`);
  return pairs;
};

function push(index: Map<string, number[]>, key: string, value: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else list.push(value);
}

/**
 * Every pair of a trained or tuned line and a measured line that are near copies. The measured
 * lines are indexed once, and a line is compared in full only with those that meet a condition
 * each rule needs, so nothing a rule would find is skipped:
 * - an exact copy or a shared opening (six words or more) starts with the same two words;
 * - a contained line (four words or more) shares every pair of adjacent words of the shorter;
 * - shared content words include two that carry meaning alone on one side.
 * Indexing by every word instead made almost every line a candidate of every other (stop words).
 */
export function findNearCopyPairs(
  lines: readonly ComparedLine[],
  measured: readonly ComparedLine[],
): NearCopyPair[] {
  const indexed: IndexedLine[] = measured
    .map((line) => {
      const read = readLine(line.text);
      return { line, read, pairs: pairsOf(read.words) };
    })
    .filter(({ read }) => read.words.length >= MIN_MEASURED_WORDS);
  const byOpening = new Map<string, number[]>();
  const byPair = new Map<string, number[]>();
  const byContent = new Map<string, number[]>();
  indexed.forEach(({ read, pairs }, index) => {
    push(byOpening, read.words.slice(0, 2).join(' '), index);
    for (const pair of pairs) push(byPair, pair, index);
    for (const word of read.content) push(byContent, word, index);
  });
  const pairs: NearCopyPair[] = [];
  for (const line of lines) {
    const own = readLine(line.text);
    const ownPairs = pairsOf(own.words);
    const candidates = new Set<number>(byOpening.get(own.words.slice(0, 2).join(' ')) ?? []);
    const sharedPairs = new Map<number, number>();
    for (const pair of ownPairs) {
      for (const index of byPair.get(pair) ?? []) {
        sharedPairs.set(index, (sharedPairs.get(index) ?? 0) + 1);
      }
    }
    for (const [index, shared] of sharedPairs) {
      const other = indexed[index];
      if (other !== undefined && shared >= Math.min(ownPairs.size, other.pairs.size)) {
        candidates.add(index);
      }
    }
    const sharedStrong = new Map<number, number>();
    for (const word of own.content) {
      for (const index of byContent.get(word) ?? []) {
        if (!own.strong.has(word) && indexed[index]?.read.strong.has(word) !== true) continue;
        const count = (sharedStrong.get(index) ?? 0) + 1;
        sharedStrong.set(index, count);
        if (count >= MIN_STRONG_SHARED) candidates.add(index);
      }
    }
    for (const index of [...candidates].sort((x, y) => x - y)) {
      const other = indexed[index];
      if (other === undefined) continue;
      const why =
        nearCopyReason(own.words, other.read.words, { widened: false }) ??
        (sharesContent(own, other.read) ? 'shared-words' : undefined);
      if (why !== undefined) pairs.push({ line, measured: other.line, why });
    }
  }
  return pairs;
}
