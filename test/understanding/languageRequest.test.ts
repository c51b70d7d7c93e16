import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/understanding/language.js';
import {
  onlyLanguageRequest,
  readLanguageRequest,
  withoutLanguageRequest,
} from '../../src/understanding/languageRequest.js';

/** A language asked for in the resident's own words, read in clauses. Phrasings written here. */
describe('readLanguageRequest', () => {
  it.each([
    ['Would you mind answering in English?', 'en'],
    ['ik versta het Nederlands slecht, kunt u Engels schrijven', 'en'],
    ['do you also speak dutch', 'nl'],
    ['liever in het Nederlands graag', 'nl'],
  ] as const)('"%s" only asks for %s', (text, language) => {
    expect(onlyLanguageRequest(text)).toBe(language);
  });

  it.each([
    'ik wil Engels leren',
    'waar is een cursus Nederlands',
    'ik spreek geen goed Nederlands',
    'my Dutch is not good',
    'Mijn zoon spreekt alleen Engels',
    'kan ik hulp krijgen in het Engels en Nederlands',
  ])('"%s" asks for no language', (text) => {
    expect(onlyLanguageRequest(text)).toBeUndefined();
  });

  it('a request beside a question: the language, and the question without it', () => {
    expect(readLanguageRequest('In het Engels graag. Ik zoek hulp bij mijn post')).toEqual({
      language: 'en',
      rest: 'Ik zoek hulp bij mijn post',
    });
    expect(withoutLanguageRequest('English please, my fridge is empty')).toBe('my fridge is empty');
    expect(detectLanguage('english please, ik heb geen geld voor eten')).toBe('en');
    expect(withoutLanguageRequest('ik heb geen geld voor eten')).toBe('ik heb geen geld voor eten');
  });
});
