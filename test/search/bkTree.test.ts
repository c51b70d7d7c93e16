import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBkTree } from '../../src/search/bkTree.js';
import { levenshtein, maxTypos, osaDistance } from '../../src/text/editDistance.js';

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
});

describe('buildBkTree', () => {
  const vocabulary = ['schulden', 'schuld', 'hulp', 'eenzaam', 'voedselbank', 'deurwaarder'];
  const tree = buildBkTree(vocabulary);

  it('finds the word a typo was meant to be', () => {
    expect(tree.search('deurwaader', 2)[0]).toEqual({ word: 'deurwaarder', distance: 1 });
    expect(tree.search('hlup', 1)).toEqual([{ word: 'hulp', distance: 1 }]);
  });

  it('finds nothing beyond the allowed distance', () => {
    expect(tree.search('fiets', 1)).toEqual([]);
    expect(tree.search('schulden', 0)).toEqual([]);
  });

  it('returns exactly what a linear scan returns, within the documented reach', () => {
    const word = fc.stringMatching(/^[a-e]{1,7}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 60 }),
        word,
        fc.integer({ min: 1, max: 2 }),
        (words, query, max) => {
          const expected = words
            .map((candidate) => ({ word: candidate, distance: osaDistance(query, candidate) }))
            .filter(
              (match) =>
                match.distance <= max &&
                Math.abs(match.word.length - query.length) <= max &&
                // With two typos allowed, a swap plus one more edit is out of reach by design.
                levenshtein(query, match.word) <= (max === 1 ? 2 : max),
            )
            .sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1));
          expect(buildBkTree(words).search(query, max)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
