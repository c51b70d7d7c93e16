import { tokenize } from '../text/normalise.js';

/**
 * Features of the learned layer (issue 11): word unigrams, word bigrams and character 3- to
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

/**
 * The features of one text: presence of each hashed feature, scaled to unit length, so a long
 * story and a single word weigh the same in total.
 */
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

export function extractFeatures(text: string): FeatureVector {
  const tokens = tokenize(text).slice(0, MAX_FEATURE_WORDS);
  const seen = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    // Same hashes as fnv1a(`w ${token}`), fnv1a(`b ${token} ${next}`) and
    // fnv1a(`c ${gram}`), without building those strings (fewer allocations, less GC).
    seen.add(fnvRange(WORD_SEED, token, 0, token.length) & FEATURE_MASK);
    const next = tokens[i + 1];
    if (next !== undefined) {
      let h = fnvRange(BIGRAM_SEED, token, 0, token.length);
      h = fnvRange(h, ' ', 0, 1);
      seen.add(fnvRange(h, next, 0, next.length) & FEATURE_MASK);
    }
    if (token.length < 2 || /^[0-9]+$/.test(token)) continue;
    const padded = `<${token}>`;
    for (let n = 3; n <= 5; n += 1) {
      for (let start = 0; start + n <= padded.length; start += 1) {
        seen.add(fnvRange(CHAR_SEED, padded, start, start + n) & FEATURE_MASK);
      }
    }
  }
  const ids = Int32Array.from(seen).sort();
  const value = ids.length === 0 ? 0 : 1 / Math.sqrt(ids.length);
  return { ids, values: new Float32Array(ids.length).fill(value) };
}
