import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTypoIndex } from '../../src/search/typoIndex.js';
import {
  createBoundedOsa,
  levenshtein,
  maxTypos,
  osaDistance,
} from '../../src/text/editDistance.js';

describe('edit distances', () => {
  it('counts a swap of two letters as one typo in OSA and two in Levenshtein', () => {
    expect(osaDistance('hlup', 'hulp')).toBe(1);
    expect(levenshtein('hlup', 'hulp')).toBe(2);
    expect(levenshtein('schuldn', 'schulden')).toBe(1);
  });

  it('allows more typos in longer words and none in short ones', () => {
    expect(maxTypos(3)).toBe(0);
    expect(maxTypos(5)).toBe(1);
    expect(maxTypos(11)).toBe(2);
  });

  it('bounded OSA is exact up to its limit and limit + 1 beyond it', () => {
    const bounded = createBoundedOsa();
    const word = fc.stringMatching(/^[a-d]{0,9}$/);
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        expect(bounded(a, b, limit)).toBe(Math.min(osaDistance(a, b), limit + 1));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('buildTypoIndex', () => {
  const vocabulary = ['schulden', 'schuld', 'hulp', 'eenzaam', 'voedselbank', 'deurwaarder'];
  const index = buildTypoIndex(vocabulary);

  it('finds the word a typo was meant to be', () => {
    expect(index.search('deurwaader', 2)[0]).toEqual({ word: 'deurwaarder', distance: 1 });
    expect(index.search('hlup', 1)).toEqual([{ word: 'hulp', distance: 1 }]);
    // A swap and one more typo are two typos.
    expect(index.search('shculdn', 2)).toEqual([
      { word: 'schuld', distance: 2 },
      { word: 'schulden', distance: 2 },
    ]);
  });

  it('finds nothing beyond the allowed distance, nor the word itself, nor another first letter', () => {
    expect(index.search('fiets', 1)).toEqual([]);
    expect(index.search('schulden', 0)).toEqual([]);
    expect(index.search('schulden', 1)).toEqual([]);
    expect(index.search('chulden', 1)).toEqual([]);
  });

  it('returns exactly what a linear scan over words with the same first letter returns', () => {
    const word = fc.stringMatching(/^[a-e]{1,8}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 60 }),
        word,
        fc.integer({ min: 1, max: 2 }),
        (words, query, max) => {
          const expected = words
            .filter((candidate) => candidate[0] === query[0] && candidate !== query)
            .map((candidate) => ({ word: candidate, distance: osaDistance(query, candidate) }))
            .filter((match) => match.distance <= max)
            .sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1));
          expect(buildTypoIndex(words).search(query, max)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
