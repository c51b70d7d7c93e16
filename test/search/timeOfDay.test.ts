import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { tokenize } from '../../src/text/normalise.js';
import { isTimeOfDayWord } from '../../src/text/timeOfDay.js';
import { extractFeatures, wordFeature } from '../../src/understanding/features.js';
import { loadCatalogueAt } from './fixtureIndex.js';

/**
 * "na school", "na het werk", "after school": a time of day, not the resident's subject (ADR 0013,
 * amendment session 24, rietmonde24). The phrasings are written for this test.
 */
const timeWords = (text: string): string[] => {
  const tokens = tokenize(text);
  return tokens.filter((_, at) => isTimeOfDayWord(tokens, at));
};

describe('the institution of a time-of-day phrase', () => {
  it.each([
    ['wat kan mijn nichtje van 14 doen na school als het regent', ['school']],
    ['na schooltijd zit hij altijd alleen thuis', ['schooltijd']],
    ['na het werk ga ik elke dag langs bij mijn tante', ['werk']],
    ['where can my boy go after school on fridays', ['school']],
    ['I am too tired after work to cook', ['work']],
  ])('%s', (text, expected) => {
    expect(timeWords(text)).toEqual(expected);
  });

  it.each([
    'de school van mijn dochter belt steeds over verzuim',
    'ik zoek werk na mijn opleiding',
    'hij wil na de zomer naar een andere school',
    'my son hates school and stays in bed',
    'sinds maart heb ik geen werk meer en de rekeningen lopen op',
  ])('is not read in: %s', (text) => {
    expect(timeWords(text)).toEqual([]);
  });
});

describe('the learned layer reads the time phrase, not the institution', () => {
  it('leaves out the word feature of "school" after "na", keeps it elsewhere', () => {
    const school = wordFeature('school');
    const after = extractFeatures('onze tweeling hangt na school doelloos rond op het plein');
    const subject = extractFeatures('de juf op school zegt dat onze tweeling vaak afwezig is');
    expect([...after.ids]).not.toContain(school);
    expect([...subject.ids]).toContain(school);
  });

  it('reads an entry text as written', () => {
    const school = wordFeature('school');
    expect([...extractFeatures('open elke dag na school', true).ids]).toContain(school);
  });
});

describe('a search where "na school" only says when', () => {
  const TODAY = '2026-12-01';
  let index: SearchIndex;
  beforeAll(async () => {
    index = buildSearchIndex(await loadCatalogueAt('test/fixtures/kaart-rietmonde', TODAY));
  });

  it('matches no entry on "school" through the time phrase', () => {
    const found = search(index, {
      audience: 'resident',
      today: TODAY,
      text: 'wat kan een jongen van 15 na school doen met vrienden',
      top: 10,
    });
    for (const hit of found.results) {
      expect(hit.matches.map((match) => match.word)).not.toContain('school');
    }
  });
});
