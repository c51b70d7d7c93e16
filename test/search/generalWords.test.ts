import { beforeAll, describe, expect, it } from 'vitest';
import { generalWordRank } from '../../src/search/generalWords.js';
import {
  analyseQuery,
  GENERAL_WORD_RANK,
  GENERAL_WORD_WEIGHT,
} from '../../src/search/queryAnalysis.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { loadFixtureCatalogue } from './fixtureIndex.js';

let index: SearchIndex;

beforeAll(async () => {
  index = buildSearchIndex(await loadFixtureCatalogue());
});

/** The weight of the search term a typed word became (its whole-word term). */
const weightOf = (text: string, typed: string): number | undefined => {
  const analysed = analyseQuery(index.internals, text);
  const position = analysed.words.findIndex((word) => word.typed === typed);
  return analysed.terms.find(
    (term) => term.via.kind === 'word' && term.origins.length === 1 && term.origins[0] === position,
  )?.weight;
};

describe('a word people say about anything counts less than a word of a need', () => {
  it('places everyday words high in the frequency list and rare words low or not at all', () => {
    for (const word of ['zit', 'hele', 'twee', 'staan']) {
      expect(generalWordRank(word), word).toBeLessThan(GENERAL_WORD_RANK);
    }
    for (const word of ['deurwaarder', 'mantelzorger', 'qwzx']) {
      expect(generalWordRank(word) ?? Infinity, word).toBeGreaterThanOrEqual(GENERAL_WORD_RANK);
    }
  });

  it('weighs a common word that names no need less, and keeps a need word whole', () => {
    const text = 'ik zit al twee maanden met geld problemen en de huur blijft liggen';
    expect(weightOf(text, 'zit')).toBe(GENERAL_WORD_WEIGHT);
    expect(weightOf(text, 'twee')).toBe(GENERAL_WORD_WEIGHT);
    // "geld" is as common in speech, but it is a need's word: it says what is asked.
    expect(generalWordRank('geld')).toBeLessThan(GENERAL_WORD_RANK);
    expect(weightOf(text, 'geld')).toBe(1);
    // A rarer word keeps its weight whatever the vocabulary says.
    expect(weightOf(text, 'huur')).toBe(1);
  });

  it('leaves a message in English to the glossary', () => {
    expect(weightOf('mijn man is weg en ik sta er alleen voor', 'man')).toBe(GENERAL_WORD_WEIGHT);
    expect(weightOf('my man left and I have two kids and no money', 'man')).toBe(1);
  });
});
