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
export function extractFeatures(text: string): FeatureVector {
  const tokens = tokenize(text).slice(0, MAX_FEATURE_WORDS);
  const seen = new Set<number>();
  const add = (feature: string) => {
    seen.add(fnv1a(feature) & FEATURE_MASK);
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    add(`w ${token}`);
    if (i + 1 < tokens.length) add(`b ${token} ${tokens[i + 1] as string}`);
    if (token.length < 2 || /^[0-9]+$/.test(token)) continue;
    const padded = `<${token}>`;
    for (let n = 3; n <= 5; n += 1) {
      for (let start = 0; start + n <= padded.length; start += 1) {
        add(`c ${padded.slice(start, start + n)}`);
      }
    }
  }
  const ids = Int32Array.from(seen).sort();
  const value = ids.length === 0 ? 0 : 1 / Math.sqrt(ids.length);
  return { ids, values: new Float32Array(ids.length).fill(value) };
}
