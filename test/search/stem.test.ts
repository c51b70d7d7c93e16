import { describe, expect, it } from 'vitest';
import { createStemmer, stemWord } from '../../src/search/stem.js';

describe('stemWord', () => {
  it('brings inflected forms together with the Dutch Porter stemmer', () => {
    expect(stemWord('eenzaamheid')).toBe(stemWord('eenzaam'));
    expect(stemWord('schulden')).toBe(stemWord('schuld'));
    expect(stemWord('mantelzorgers')).toBe(stemWord('mantelzorger'));
    expect(stemWord('rekeningen')).toBe(stemWord('rekening'));
  });

  it('repairs what the stemmer leaves: doubled consonants, final v and z, diminutives', () => {
    expect(stemWord('lessen')).toBe(stemWord('les'));
    expect(stemWord('brieven')).toBe(stemWord('brief'));
    expect(stemWord('huizen')).toBe(stemWord('huis'));
    expect(stemWord('klusje')).toBe(stemWord('klus'));
    expect(stemWord('boodschappen')).toBe('boodschap');
  });

  it('knows irregular forms residents use', () => {
    expect(stemWord('kinderen')).toBe(stemWord('kind'));
    expect(stemWord('sta')).toBe(stemWord('staan'));
    expect(stemWord('helpen')).toBe(stemWord('hulp'));
  });

  it('keeps older people and parents apart', () => {
    expect(stemWord('ouderen')).not.toBe(stemWord('ouders'));
  });

  it('leaves numbers and short words as they are', () => {
    expect(stemWord('113')).toBe('113');
    expect(stemWord('bus')).toBe('bus');
  });
});

describe('createStemmer', () => {
  it('gives the same stems as stemWord', () => {
    const stem = createStemmer();
    for (const word of ['schulden', 'schulden', 'kinderen', 'eenzaam']) {
      expect(stem(word)).toBe(stemWord(word));
    }
  });
});
