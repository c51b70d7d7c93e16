import { describe, expect, it } from 'vitest';
import { createAnalyzer, isContentToken } from '../../src/search/analyzer.js';
import { tokenize } from '../../src/text/normalise.js';
import { buildPhraseTable, compilePhrase, weakKey } from '../../src/search/phrases.js';
import { isWeakWord } from '../../src/search/stopWords.js';

const analyzer = createAnalyzer();
const source = { kind: 'synonym' as const, term: 'x' };

function table(...phrases: string[]) {
  return buildPhraseTable(
    phrases.flatMap((text) => {
      const phrase = compilePhrase(text, { ...source, term: text }, analyzer);
      return phrase === undefined ? [] : [phrase];
    }),
  );
}

/** The query as search.ts hands it to the phrase table. */
function input(text: string) {
  const words = tokenize(text);
  return {
    words,
    stems: words.map((word) => {
      if (isContentToken(word)) {
        const analysis = analyzer.analyseWord(word);
        return [analysis.stem, ...analysis.parts];
      }
      return isWeakWord(word) ? [weakKey(word)] : [];
    }),
  };
}

const matched = (phrases: ReturnType<typeof table>, text: string) =>
  phrases.match(input(text)).map((match) => match.phrase.text);

describe('everyday phrases', () => {
  it('match in any word order and inflection', () => {
    const phrases = table('rood staan', 'krap bij kas');
    expect(matched(phrases, 'ik sta rood')).toEqual(['rood staan']);
    expect(matched(phrases, 'ik zit deze maand krap bij kas')).toEqual(['krap bij kas']);
  });

  it('need their words close together', () => {
    const phrases = table('rood staan');
    expect(matched(phrases, 'ik sta bij het stoplicht en ik zie het licht op rood')).toEqual([]);
  });

  it('need their small words somewhere: "zorgen voor" is not "geldzorgen"', () => {
    const phrases = table('zorgen voor');
    expect(matched(phrases, 'ik zorg voor mijn moeder')).toEqual(['zorgen voor']);
    expect(matched(phrases, 'ik heb zorgen')).toEqual([]);
  });

  it('keep a weak word next to its word: "geen huis" is not "geen eten meer in huis"', () => {
    const phrases = table('geen huis');
    expect(matched(phrases, 'ik heb geen huis')).toEqual(['geen huis']);
    expect(matched(phrases, 'ik heb geen eten meer in huis')).toEqual([]);
  });

  it('accept one weak word on its own, but ignore one stop word on its own', () => {
    const phrases = table('alleen', 'op');
    expect(matched(phrases, 'ik ben zo alleen')).toEqual(['alleen']);
    expect(matched(phrases, 'ik sta op de lijst')).toEqual([]);
  });

  it('match a phrase of small words only exactly, in order', () => {
    const phrases = table('ik ben op');
    expect(matched(phrases, 'ik ben op, echt helemaal')).toEqual(['ik ben op']);
    expect(matched(phrases, 'ben ik op tijd')).toEqual([]);
  });
});
