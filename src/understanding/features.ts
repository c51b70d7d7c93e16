import { ageBandOf } from '../conversation/ageBands.js';
import {
  ageFor,
  extractFirstMessageFacts,
  type FirstMessageFacts,
} from '../conversation/firstMessage.js';
import { tokenize } from '../text/normalise.js';
import { sortedIndexOf } from '../shared/sortedIndexOf.js';

/**
 * Features of the learned layer (ADR 0013): word unigrams, word bigrams and character 3- to
 * 5-grams of every word (with word boundaries), hashed into FEATURE_SPACE buckets. Character
 * n-grams carry the model over typos ("eenzam"), inflections and compounds ("geldzorgen" shares
 * "geld" and "zorg"); word bigrams keep short phrases ("geen eten", "uit elkaar"). Hashing means the
 * weights file holds numbers only, no vocabulary; collisions are rare at this size (2^20 buckets for
 * some tens of thousands of features) and cost little.
 */
export const FEATURE_BITS = 20;
const FEATURE_MASK = (1 << FEATURE_BITS) - 1;
/** A long story is read up to this many words, like the search (MAX_QUERY_WORDS). */
export const MAX_FEATURE_WORDS = 120;

/** 32-bit FNV-1a: fast, stable across runs and platforms, good enough spread for hashing features. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export interface FeatureVector {
  /** Bucket ids, ascending and distinct. */
  readonly ids: Int32Array;
  /** One value per id: presence, scaled so the vector has length 1. */
  readonly values: Float32Array;
}

/** FNV-1a over part of a string, continuing from `hash`: no substring is allocated. */
function fnvRange(hash: number, text: string, from: number, to: number): number {
  let h = hash;
  for (let i = from; i < to; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const WORD_SEED = fnv1a('w ');
const BIGRAM_SEED = fnv1a('b ');
const CHAR_SEED = fnv1a('c ');

/**
 * A fact feature weighs this many times one n-gram: among the hundreds of n-grams of a sentence a
 * single presence would say nearly nothing. 3 chosen on the dev kaarten, corpus dev and 5-fold CV
 * against 1, 2 and 4 (docs/adr/0013, seventh amendment).
 */
export const FACT_WEIGHT = 3;

/**
 * The stated facts of a resident's message as features (ADR 0013, seventh amendment): for whom
 * ("mijn moeder", "de buren") and the age band of the person the question is about ("van 80",
 * "mijn zoon van 15"), read by the same extractor as the intake (src/conversation/firstMessage.ts),
 * in its `model` reading: without the words and patterns added in session 25, which the shipped
 * model was not trained with (ADR 0013, session 25, facts25).
 * The words "moeder" or "80" alone are weak and scattered evidence; "for a parent", "67+" and their
 * pair are shared by every phrasing that states them, so the model learns how much a stated person
 * or age says about the need, and the rest of the sentence can still outweigh it. Not for texts of
 * the knowledge: an entry's "van 4 tot 12 jaar" is a target group, not a person.
 */
function factHashes(facts: FirstMessageFacts): number[] {
  const age = ageFor(facts, facts.forWhom ?? 'zelf');
  const hashes: number[] = [];
  if (facts.forWhom !== undefined) hashes.push(fnv1a(`f w=${facts.forWhom}`) & FEATURE_MASK);
  if (age !== undefined) {
    const band = ageBandOf(age);
    hashes.push(fnv1a(`f a=${band}`) & FEATURE_MASK);
    hashes.push(fnv1a(`f wa=${facts.forWhom ?? 'zelf'} ${band}`) & FEATURE_MASK);
  }
  return hashes;
}

/** The word-unigram bucket of one token (as in `extractFeatures`). */
export function wordFeature(token: string): number {
  return fnvRange(WORD_SEED, token, 0, token.length) & FEATURE_MASK;
}

/** FNV-1a over one character code, continuing from `hash`. */
function fnvChar(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) >>> 0;
}

const LT = '<'.charCodeAt(0);
const GT = '>'.charCodeAt(0);
const SPACE = ' '.charCodeAt(0);

/** Scratch space for the hashes of one text; reused, since feature extraction is synchronous. */
let buffer = new Int32Array(1024);

/**
 * The word and character n-gram hashes of a word depend on the word alone, and the words of a
 * sociale kaart repeat: words of the knowledge are remembered, up to MAX_CACHED_WORDS. Residents'
 * words never are (privacy: nothing a resident typed stays in memory after the turn).
 */
export const MAX_CACHED_WORDS = 40_000;
const wordHashes = new Map<string, Int32Array>();

/** How many words of the knowledge are remembered (for tests and memory checks). */
export function rememberedWords(): number {
  return wordHashes.size;
}

function hashesOfWord(token: string, remember: boolean): Int32Array {
  const cached = wordHashes.get(token);
  if (cached !== undefined) return cached;
  const hashes: number[] = [fnvRange(WORD_SEED, token, 0, token.length) & FEATURE_MASK];
  if (token.length >= 2 && !/^[0-9]+$/.test(token)) {
    const paddedLength = token.length + 2;
    for (let n = 3; n <= 5; n += 1) {
      for (let start = 0; start + n <= paddedLength; start += 1) {
        let h = CHAR_SEED;
        for (let p = start; p < start + n; p += 1) {
          h = fnvChar(h, p === 0 ? LT : p === paddedLength - 1 ? GT : token.charCodeAt(p - 1));
        }
        hashes.push(h & FEATURE_MASK);
      }
    }
  }
  const result = Int32Array.from(hashes);
  if (remember && wordHashes.size < MAX_CACHED_WORDS) wordHashes.set(token, result);
  return result;
}

/**
 * The features of one text: presence of each hashed feature, scaled to unit length, so a long
 * story and a single word weigh the same in total. `remember` is for texts of the knowledge only;
 * the stated facts are added for residents' texts only. `stated`: the facts of this very text when
 * the caller has read them already (`understand` does, for its own answer), so they are read once.
 */
export function extractFeatures(
  text: string,
  remember = false,
  stated?: FirstMessageFacts,
): FeatureVector {
  const tokens = tokenize(text).slice(0, MAX_FEATURE_WORDS);
  let count = 0;
  const push = (hash: number) => {
    if (count === buffer.length) {
      const grown = new Int32Array(buffer.length * 2);
      grown.set(buffer);
      buffer = grown;
    }
    buffer[count] = hash;
    count += 1;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    // The same hashes as fnv1a(`w ${token}`), fnv1a(`b ${token} ${next}`) and fnv1a(`c ${gram}`)
    // of the padded word `<token>`, without building those strings: fewer allocations, less GC.
    for (const hash of hashesOfWord(token, remember)) push(hash);
    const next = tokens[i + 1];
    if (next !== undefined) {
      const h = fnvChar(fnvRange(BIGRAM_SEED, token, 0, token.length), SPACE);
      push(fnvRange(h, next, 0, next.length) & FEATURE_MASK);
    }
  }
  const facts = remember ? [] : factHashes(stated ?? extractFirstMessageFacts(text, 'model'));
  for (const hash of facts) push(hash);
  const sorted = buffer.subarray(0, count).sort();
  let distinct = 0;
  for (let i = 0; i < count; i += 1) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      sorted[distinct] = sorted[i] as number;
      distinct += 1;
    }
  }
  const ids = Int32Array.from(sorted.subarray(0, distinct));
  const value = distinct === 0 ? 0 : 1 / Math.sqrt(distinct);
  const values = new Float32Array(distinct).fill(value);
  for (const hash of facts) {
    const at = sortedIndexOf(ids, hash);
    if (at >= 0) values[at] = value * FACT_WEIGHT;
  }
  return { ids, values };
}
