import { clauseMarker, normalise } from './normalise.js';

/**
 * The features the concern model reads from a message: words, word pairs within a clause, and
 * letter groups of 3 to 5 inside each word. Letter groups carry the model across spelling mistakes,
 * compounds and Dutch inflection ("zelfmoordgedachten", "pillen", "pilen"); word pairs carry
 * phrasings ("niet meer", "naar huis"). Training (scripts/safety/trainConcern.ts) and inference use
 * this one function, so they can never drift apart.
 *
 * The text goes through the crisis normaliser first (lower case, no accents, digits in words read
 * as letters, doubled letters squeezed), so the features see what the rules see.
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

export function concernFeatures(text: string): Set<string> {
  const features = new Set<string>();
  const words = normalise(text).split(' ').slice(0, maxFeatureWords);
  features.add(lengthFeature(words.filter((word) => word !== '' && word !== clauseMarker).length));
  let previous: string | undefined;
  for (const word of words) {
    if (word === '' || word === clauseMarker) {
      previous = undefined;
      continue;
    }
    features.add(`w:${word}`);
    if (previous !== undefined) features.add(`b:${previous} ${word}`);
    previous = word;
    const padded = `_${word}_`;
    for (let size = minGram; size <= maxGram; size += 1) {
      for (let start = 0; start + size <= padded.length; start += 1) {
        features.add(`c:${padded.slice(start, start + size)}`);
      }
    }
  }
  return features;
}
