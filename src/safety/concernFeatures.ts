import { conceptMaskOfPair, conceptMaskOfWord, conceptNames } from './concernConcepts.js';
import { clauseMarker } from './normalise.js';

/**
 * The features the concern model reads from a normalised message (src/safety/normalise.ts):
 * - `w:` words, and `b:` two words in a row within a clause ("niet meer", "naar huis");
 * - `c:` letter groups of 3 to 5 inside each word, padded with `_` ("_pil", "illen"): they carry the
 *   model across spelling mistakes, compounds and Dutch inflection;
 * - `k:` word groups (src/safety/concernConcepts.ts) and `k:a+b` two groups in one clause: they
 *   carry it to words the corpus never used;
 * - `n:` the length in words, bucketed.
 *
 * Two implementations that must agree, and a test holds them to it on the whole corpus:
 * `concernFeatureNames` builds the names (training, explanations, tests), `forEachFeatureKey`
 * visits a 53-bit hash of each name without building any string (scoring, well under a
 * millisecond with no garbage per letter group).
 */

/** Work per message is bounded: a hostile 100 kB message costs no more than this many words. */
export const maxFeatureWords = 300;

const minGram = 3;
const maxGram = 5;

/** Message length in words, bucketed: a two-word reply ("dat klopt") is rarely a crisis on its own. */
function lengthFeature(words: number): string {
  if (words <= 3) return `n:${words}`;
  if (words <= 6) return 'n:4-6';
  if (words <= 12) return 'n:7-12';
  return 'n:13+';
}

/** The words of a normalised message, at most `maxFeatureWords` of them, clause markers kept. */
function wordsOf(normalised: string): string[] {
  const words = normalised === '' ? [] : normalised.split(' ');
  let count = 0;
  let end = words.length;
  for (let i = 0; i < words.length; i += 1) {
    if (words[i] === clauseMarker) continue;
    count += 1;
    if (count > maxFeatureWords) {
      end = i;
      break;
    }
  }
  return end === words.length ? words : words.slice(0, end);
}

/** The groups present in a clause, as feature names: each group, then each pair of groups. */
function conceptFeatureNames(mask: number, out: Set<string>): void {
  const present: string[] = [];
  conceptNames.forEach((name, bit) => {
    if ((mask & (1 << bit)) !== 0) present.push(name);
  });
  for (const name of present) out.add(`k:${name}`);
  for (let i = 0; i < present.length; i += 1) {
    for (let j = i + 1; j < present.length; j += 1) out.add(`k:${present[i]}+${present[j]}`);
  }
}

/** The feature names of a normalised message, each once. */
export function concernFeatureNames(normalised: string): string[] {
  const features = new Set<string>();
  const words = wordsOf(normalised);
  features.add(lengthFeature(words.filter((word) => word !== clauseMarker).length));
  let previous: string | undefined;
  let mask = 0;
  for (const word of words) {
    if (word === clauseMarker) {
      conceptFeatureNames(mask, features);
      previous = undefined;
      mask = 0;
      continue;
    }
    features.add(`w:${word}`);
    mask |= conceptMaskOfWord(word);
    if (previous !== undefined) {
      features.add(`b:${previous} ${word}`);
      mask |= conceptMaskOfPair(previous, word);
    }
    previous = word;
    const padded = `_${word}_`;
    for (let size = minGram; size <= maxGram; size += 1) {
      for (let start = 0; start + size <= padded.length; start += 1) {
        features.add(`c:${padded.slice(start, start + size)}`);
      }
    }
  }
  conceptFeatureNames(mask, features);
  return [...features];
}

/*
 * The 53-bit key of a feature name: two 32-bit hashes (FNV-1a and DJB2 with xor) over its UTF-16
 * code units, the first shifted left by 21 bits plus the low 21 bits of the second. Collisions
 * among the model's ~40,000 features are about as likely as one in ten million; a test checks the
 * shipped model has none.
 */
const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;
const djbOffset = 5381;

/** A hash state: the two lanes, carried through a name one code unit at a time. */
interface HashState {
  a: number;
  b: number;
}

function feed(state: HashState, code: number): void {
  state.a = Math.imul(state.a ^ code, fnvPrime);
  state.b = Math.imul(state.b, 33) ^ code;
}

function feedString(state: HashState, text: string): void {
  for (let i = 0; i < text.length; i += 1) feed(state, text.charCodeAt(i));
}

/** The key of a hash pair, as `featureKey` gives it. */
export const keyOfHash = (a: number, b: number): number =>
  (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);

/** The hash pair of one feature name: the two 32-bit lanes of its key. */
export function featureHash(name: string): readonly [number, number] {
  return [featureHashA(name), featureHashB(name)];
}

/** The first lane of `featureHash`, without allocating: loading a model hashes every name. */
export function featureHashA(name: string): number {
  let a = fnvOffset;
  for (let i = 0; i < name.length; i += 1) a = Math.imul(a ^ name.charCodeAt(i), fnvPrime);
  return a | 0;
}

/** The second lane of `featureHash`, without allocating. */
export function featureHashB(name: string): number {
  let b = djbOffset;
  for (let i = 0; i < name.length; i += 1) b = Math.imul(b, 33) ^ name.charCodeAt(i);
  return (b & 0x1fffff) | 0;
}

/** The key of one feature name, as `forEachFeatureKey` would visit it. */
export function featureKey(name: string): number {
  const [a, b] = featureHash(name);
  return keyOfHash(a, b);
}

const underscore = '_'.charCodeAt(0);
const space = ' '.charCodeAt(0);

/** Hashes of the group features, by group bit and by pair of bits (i * 32 + j). */
const conceptHashes = conceptNames.map((name) => featureHash(`k:${name}`));
const conceptPairHashes = new Map<number, readonly [number, number]>();
conceptNames.forEach((first, i) => {
  conceptNames.forEach((second, j) => {
    if (j > i) conceptPairHashes.set(i * 32 + j, featureHash(`k:${first}+${second}`));
  });
});
const lengthHashes = new Map(
  ['n:0', 'n:1', 'n:2', 'n:3', 'n:4-6', 'n:7-12', 'n:13+'].map((name) => [name, featureHash(name)]),
);

function visitConcepts(mask: number, visit: (a: number, b: number) => void): void {
  if (mask === 0) return;
  for (let i = 0; i < conceptNames.length; i += 1) {
    if ((mask & (1 << i)) === 0) continue;
    const [a, b] = conceptHashes[i] ?? [0, 0];
    visit(a, b);
    for (let j = i + 1; j < conceptNames.length; j += 1) {
      if ((mask & (1 << j)) === 0) continue;
      const [pa, pb] = conceptPairHashes.get(i * 32 + j) ?? [0, 0];
      visit(pa, pb);
    }
  }
}

/** Scratch states, reused: scoring runs one message at a time (JavaScript is single-threaded). */
const prefixW = { a: fnvOffset, b: djbOffset };
feedString(prefixW, 'w:');
const prefixB = { a: fnvOffset, b: djbOffset };
feedString(prefixB, 'b:');
const prefixC = { a: fnvOffset, b: djbOffset };
feedString(prefixC, 'c:');
const state: HashState = { a: 0, b: 0 };

/** Visits the key of every feature of a normalised message (tests; scoring uses the hashes). */
export function forEachFeatureKey(normalised: string, visit: (key: number) => void): void {
  forEachFeatureHash(normalised, (a, b) => visit(keyOfHash(a, b)));
}

/**
 * Visits the hash pair of every feature of a normalised message (duplicates included: the caller
 * counts each once): the first lane whole, the second's low 21 bits, both as 32-bit integers, so
 * the caller's tables stay in integer typed arrays. Builds no strings for letter groups, words or
 * word pairs.
 */
export function forEachFeatureHash(
  normalised: string,
  visit: (a: number, b: number) => void,
): void {
  const words = wordsOf(normalised);
  let wordCount = 0;
  for (const word of words) if (word !== clauseMarker) wordCount += 1;
  const [la, lb] = lengthHashes.get(lengthFeature(wordCount)) ?? [0, 0];
  visit(la, lb);
  let previous: string | undefined;
  let mask = 0;
  for (const word of words) {
    if (word === clauseMarker) {
      visitConcepts(mask, visit);
      previous = undefined;
      mask = 0;
      continue;
    }
    state.a = prefixW.a;
    state.b = prefixW.b;
    feedString(state, word);
    visit(state.a | 0, (state.b & 0x1fffff) | 0);
    mask |= conceptMaskOfWord(word);
    if (previous !== undefined) {
      state.a = prefixB.a;
      state.b = prefixB.b;
      feedString(state, previous);
      feed(state, space);
      feedString(state, word);
      visit(state.a | 0, (state.b & 0x1fffff) | 0);
      mask |= conceptMaskOfPair(previous, word);
    }
    previous = word;
    // Letter groups of the padded word "_word_", without building it: position p reads the
    // underscore at both ends.
    const length = word.length + 2;
    for (let start = 0; start + minGram <= length; start += 1) {
      state.a = prefixC.a;
      state.b = prefixC.b;
      for (let p = start; p < start + maxGram && p < length; p += 1) {
        feed(state, p === 0 || p === length - 1 ? underscore : word.charCodeAt(p - 1));
        if (p - start + 1 >= minGram) visit(state.a | 0, (state.b & 0x1fffff) | 0);
      }
    }
  }
  visitConcepts(mask, visit);
}
