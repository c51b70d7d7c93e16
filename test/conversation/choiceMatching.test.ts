import { describe, expect, it } from 'vitest';
import {
  isPhraseOfChoice,
  matchChoice,
  matchChoiceWithStrength,
  NO_SYNONYMS,
  YES_SYNONYMS,
  type ChoiceOption,
} from '../../src/conversation/choiceMatching.js';
import { isSkip } from '../../src/conversation/passReplies.js';

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

  it.each([
    ['niet echt', 'no'],
    ['helemaal niet', 'no'],
    ['graag', 'yes'],
    ['goed', 'yes'],
    ['mag', 'yes'],
  ])('takes a short reply of one small word as yes or no: %s', (reply, value) => {
    expect(matchChoice(reply, yesNo)).toBe(value);
  });

  // A resident who answers "Klopt dat?" with more of the story is not saying yes or no: the small
  // words "niet", "graag", "mag" and "goed" are part of a sentence there (found by using the bot).
  it.each([
    'rekning niet betal',
    'ik kan mijn rekeningen niet betalen',
    'ik wil graag hulp bij mijn huur',
    'mag ik iets anders vragen over mijn buren',
    'het gaat niet goed met mij',
    'I have not paid my rent',
  ])('does not take a word inside a longer sentence as yes or no: %s', (reply) => {
    expect(matchChoice(reply, yesNo)).toBeUndefined();
  });

  it('still hears a clear yes or no at the start of a longer reply', () => {
    expect(matchChoice('nee het gaat over mijn huis', yesNo)).toBe('no');
    expect(matchChoice('ja dat klopt wel hoor', yesNo)).toBe('yes');
    expect(matchChoice('klopt niet, het gaat over wonen', yesNo)).toBe('no');
  });

  it('refuses what is unclear instead of guessing', () => {
    expect(matchChoice('ja nee', yesNo)).toBeUndefined();
    expect(matchChoice('banaan', topics)).toBeUndefined();
    expect(matchChoice('', topics)).toBeUndefined();
  });
});

describe('matchChoiceWithStrength', () => {
  const list: ChoiceOption[] = [
    ...topics,
    { value: 'none', label: 'Iets anders of weet ik niet', synonyms: ['geen van allen'] },
  ];

  it('calls a loose word inside a sentence weak, so the sentence is read first', () => {
    // "alles" is one letter from "allen": a typo to the matcher, another word to the resident.
    expect(matchChoiceWithStrength('er is van alles mis in ons huis', list)).toEqual({
      value: 'none',
      weak: true,
    });
    expect(matchChoiceWithStrength('ik ben best wel eenzaam', list)).toEqual({
      value: 'ontmoeting',
      weak: true,
    });
  });

  it('keeps a number, the words of a button and a short loose answer strong', () => {
    expect(matchChoiceWithStrength('2', list)).toEqual({ value: 'ontmoeting', weak: false });
    expect(matchChoiceWithStrength('ik wil iets anders of weet ik niet', list)).toEqual({
      value: 'none',
      weak: false,
    });
    expect(matchChoiceWithStrength('eenzaam', list)).toEqual({ value: 'ontmoeting', weak: false });
    expect(matchChoiceWithStrength('mantelzrog', list)).toEqual({
      value: 'mantelzorg',
      weak: false,
    });
  });
});

describe('a pronoun synonym ("ik" for "Voor mezelf")', () => {
  const forWhom: ChoiceOption[] = [
    { value: 'self', label: 'Voor mezelf', synonyms: ['mezelf', 'ik', 'mij', 'me'] },
    { value: 'child', label: 'Voor mijn kind', synonyms: ['kind'] },
  ];

  it('is a whole answer in a short reply', () => {
    expect(matchChoiceWithStrength('ik', forWhom)).toEqual({ value: 'self', weak: false });
    expect(matchChoiceWithStrength('ik zelf', forWhom)).toEqual({ value: 'self', weak: false });
  });

  it('is the last reading beside another word of a short reply: "me moeder" is her, "voor mij" is me', () => {
    expect(matchChoiceWithStrength('me moeder', forWhom)).toEqual({
      value: 'self',
      weak: true,
      lastResort: true,
    });
    expect(matchChoiceWithStrength('voor mij', forWhom)).toEqual({ value: 'self', weak: false });
  });

  it('is the last reading in a sentence, after what the question reads in it', () => {
    expect(matchChoiceWithStrength('ik woon op de Kuipersdijk', forWhom)).toEqual({
      value: 'self',
      weak: true,
      lastResort: true,
    });
  });

  it("leaves a sentence with a button's own words strong", () => {
    expect(matchChoiceWithStrength('ik vraag het voor mezelf', forWhom)).toEqual({
      value: 'self',
      weak: false,
    });
  });
});

describe('isPhraseOfChoice', () => {
  it('is true for a label or a listed synonym typed word for word, in any case or spacing', () => {
    expect(isPhraseOfChoice('Geld, schulden en administratie', topics)).toBe(true);
    expect(isPhraseOfChoice('  MANTELZORG ', topics)).toBe(true);
    expect(isPhraseOfChoice('klopt', yesNo)).toBe(true);
  });

  it('is false for a sentence that only contains a choice, a number or a typo', () => {
    // The safety model reads these as messages: only a whole button phrase counts as a tap.
    expect(isPhraseOfChoice('ik doe de mantelzorg en ik kan niet meer', topics)).toBe(false);
    expect(isPhraseOfChoice('2', topics)).toBe(false);
    expect(isPhraseOfChoice('mantelzrg', topics)).toBe(false);
    expect(isPhraseOfChoice('', topics)).toBe(false);
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
