import { describe, expect, it } from 'vitest';
import {
  isSkip,
  matchChoice,
  NO_SYNONYMS,
  YES_SYNONYMS,
  type ChoiceOption,
} from '../../src/conversation/choiceMatching.js';

const topics: ChoiceOption[] = [
  { value: 'geld', label: 'Geld, schulden en administratie' },
  { value: 'ontmoeting', label: 'Eenzaamheid en ontmoeting' },
  { value: 'mantelzorg', label: 'Zorgen voor een naaste', synonyms: ['mantelzorg'] },
];
const yesNo: ChoiceOption[] = [
  { value: 'yes', label: 'Ja', synonyms: YES_SYNONYMS },
  { value: 'no', label: 'Nee', synonyms: NO_SYNONYMS },
];

describe('matchChoice', () => {
  it.each([
    ['2', 'ontmoeting'],
    ['nummer 3', 'mantelzorg'],
    ['de eerste', 'geld'],
    ['Twee.', 'ontmoeting'],
    ['3e', 'mantelzorg'],
  ])('picks by number: %s', (reply, value) => {
    expect(matchChoice(reply, topics)).toBe(value);
  });

  it('ignores numbers outside the list, and numbers when told to', () => {
    expect(matchChoice('4', topics)).toBeUndefined();
    expect(matchChoice('2', topics, { numbers: false })).toBeUndefined();
  });

  it.each([
    ['Eenzaamheid en ontmoeting', 'ontmoeting'],
    ['eenzaam', 'ontmoeting'],
    ['schulden', 'geld'],
    ['mantelzrog', 'mantelzorg'],
    ['ik denk geld', 'geld'],
  ])('picks by word, stem or typo: %s', (reply, value) => {
    expect(matchChoice(reply, topics)).toBe(value);
  });

  it.each([
    ['ja', 'yes'],
    ['Ja graag!', 'yes'],
    ['klopt', 'yes'],
    ['yes please', 'yes'],
    ['nee', 'no'],
    ['dat klopt niet', 'no'],
    ['nee dank u', 'no'],
    ['no', 'no'],
  ])('recognises yes and no: %s', (reply, value) => {
    expect(matchChoice(reply, yesNo)).toBe(value);
  });

  it('refuses what is unclear instead of guessing', () => {
    expect(matchChoice('ja nee', yesNo)).toBeUndefined();
    expect(matchChoice('banaan', topics)).toBeUndefined();
    expect(matchChoice('', topics)).toBeUndefined();
  });
});

describe('isSkip', () => {
  it('accepts skip words only as the whole reply', () => {
    expect(isSkip('Overslaan')).toBe(true);
    expect(isSkip('weet ik niet')).toBe(true);
    expect(isSkip('skip')).toBe(true);
    expect(isSkip('ik wil dit niet overslaan want het is belangrijk')).toBe(false);
  });
});
