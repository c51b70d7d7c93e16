import { runToEnd } from '../shared/timeSlicer.js';
import { createBoundedOsa } from '../text/editDistance.js';

export interface FuzzyMatch {
  readonly word: string;
  readonly distance: number;
}

/**
 * The typo vocabulary of an index: finds the words of the knowledge within a few typos (optimal
 * string alignment, so a swap of two letters is one typo) of a word it does not know.
 *
 * Words are kept in buckets by first letter and length. People rarely miss the first letter, and a
 * word with k typos differs at most k in length, so a lookup compares the word only with the
 * 2k + 1 buckets that can hold a match, each comparison stopping as soon as it exceeds k typos.
 * At 10,000 entries (16,000 words) that is a few hundred short comparisons, some tens of
 * microseconds; the BK-tree this replaces visited most of its tree for a word of the resident's
 * that is not in the knowledge at all, up to 0.8 ms a word (docs/benchmarks.md).
 */
export interface TypoIndex {
  readonly size: number;
  /** Words within `maxDistance` typos, closest first, then alphabetically. */
  search(word: string, maxDistance: number): FuzzyMatch[];
}

interface Bucket {
  readonly words: string[];
  /** Per word: which letters it has (letterMask). */
  masks: Int32Array;
}

/**
 * The letters a word contains, one bit each (a–z; other characters share the last bits). One
 * typo adds or removes at most one letter from this set, so two words that each have letters
 * the other lacks are at least that many typos apart: most candidates are ruled out with one AND.
 */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i) - 97;
    mask |= 1 << (code >= 0 && code < 26 ? code : 26 + (code & 3));
  }
  return mask;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

export function buildTypoIndex(words: Iterable<string>): TypoIndex {
  return runToEnd(typoIndexSteps(words));
}

/** Words handled between two yields of a sliced index build: well under a millisecond. */
const WORDS_PER_STEP = 2048;

/** The build as a generator that yields every WORDS_PER_STEP words, for a sliced index build. */
export function* typoIndexSteps(words: Iterable<string>): Generator<void, TypoIndex, void> {
  const buckets = new Map<string, Bucket>();
  const seen = new Set<string>();
  for (const word of words) {
    if (seen.size % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
    if (word.length === 0 || seen.has(word)) continue;
    seen.add(word);
    const key = bucketKey(word[0] as string, word.length);
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, { words: [word], masks: new Int32Array(0) });
    else bucket.words.push(word);
  }
  for (const bucket of buckets.values()) {
    bucket.words.sort();
    bucket.masks = Int32Array.from(bucket.words, letterMask);
    yield;
  }
  const within = createBoundedOsa();
  return {
    size: seen.size,
    search(word, maxDistance) {
      const first = word[0];
      if (first === undefined || maxDistance <= 0) return [];
      const found: FuzzyMatch[] = [];
      const mask = letterMask(word);
      for (
        let length = word.length - maxDistance;
        length <= word.length + maxDistance;
        length += 1
      ) {
        const bucket = buckets.get(bucketKey(first, length));
        if (bucket === undefined) continue;
        const { words: candidates, masks } = bucket;
        for (let i = 0; i < candidates.length; i += 1) {
          const other = masks[i] as number;
          if (bitCount(mask & ~other) > maxDistance || bitCount(other & ~mask) > maxDistance) {
            continue;
          }
          const candidate = candidates[i] as string;
          if (candidate === word) continue;
          const distance = within(word, candidate, maxDistance);
          if (distance <= maxDistance) found.push({ word: candidate, distance });
        }
      }
      return found.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1));
    },
  };
}

function bucketKey(first: string, length: number): string {
  return `${first}${length}`;
}
