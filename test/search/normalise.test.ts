import { describe, expect, it } from 'vitest';
import { foldText, tokenize } from '../../src/text/normalise.js';

describe('foldText', () => {
  it('drops accents and case so "één" and "EEN" compare equal', () => {
    expect(foldText('één')).toBe('een');
    expect(foldText('Coördinator')).toBe('coordinator');
    expect(foldText('SUÏCIDE')).toBe('suicide');
  });
});

describe('tokenize', () => {
  it('keeps words with diacritics whole (natural splits coördinator into co + rdinator)', () => {
    expect(tokenize('De coördinator van het Taalcafé')).toEqual([
      'de',
      'coordinator',
      'van',
      'het',
      'taalcafe',
    ]);
  });

  it('splits on anything that is not a letter or digit', () => {
    expect(tokenize('schulden/betalen, 0800-0113!huur')).toEqual([
      'schulden',
      'betalen',
      '0800',
      '0113',
      'huur',
    ]);
  });

  it('keeps an apostrophe word together', () => {
    expect(tokenize("m'n auto's")).toEqual(['mn', 'autos']);
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenize('?! ... --')).toEqual([]);
  });
});
