import { describe, expect, it } from 'vitest';
import { foldReply, replyWords, tokenize } from '../../src/text/normalise.js';
import { osaDistance, withinEditDistance } from '../../src/text/editDistance.js';

describe('src/text: one normaliser and one edit distance', () => {
  it('folds replies and search text the same way', () => {
    expect(foldReply('  Één, nummer 2!  ')).toBe('een nummer 2');
    expect(replyWords("m'n Coöperatie")).toEqual(['mn', 'cooperatie']);
    expect(tokenize("auto's en Coöperatie")).toEqual(['autos', 'en', 'cooperatie']);
  });
  it('counts a swap of two neighbours as one edit', () => {
    expect(osaDistance('mantelzrog', 'mantelzorg')).toBe(1);
    expect(withinEditDistance('hlup', 'hulp', 1)).toBe(true);
    expect(withinEditDistance('hulp', 'help', 0)).toBe(false);
  });
});
