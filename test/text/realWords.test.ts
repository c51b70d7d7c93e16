import { describe, expect, it } from 'vitest';
import { isRealWord } from '../../src/text/realWords.js';

describe('isRealWord: words a typo corrector must leave alone', () => {
  it('knows everyday Dutch words, folded', () => {
    for (const word of ['klas', 'klus', 'schoon', 'gewend', 'schelen', 'band', 'oke']) {
      expect(isRealWord(word, 'nl'), word).toBe(true);
    }
  });

  it('does not know typos', () => {
    for (const word of ['schuldn', 'mantelzrog', 'deurwaader', 'eenzam', 'buuren']) {
      expect(isRealWord(word, 'nl'), word).toBe(false);
    }
  });

  it('reads English words only in an English message', () => {
    expect(isRealWord('neighbour', 'en')).toBe(true);
    expect(isRealWord('neighbour', 'nl')).toBe(false);
    expect(isRealWord('lonly', 'en')).toBe(false);
  });
});
