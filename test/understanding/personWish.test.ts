import { describe, expect, it } from 'vitest';
import { recogniseInterruption } from '../../src/conversation/interruptions.js';
import { readMessage } from '../../src/conversation/messageFacts.js';
import { buildPlaceIndex } from '../../src/conversation/places.js';
import { foldReply } from '../../src/text/normalise.js';
import {
  asksOnlyForPerson,
  mentionsPersonWish,
  repliesWithPersonWish,
} from '../../src/understanding/personWish.js';
import { recogniseHelpfulReply } from '../../src/understanding/replies.js';

const places = buildPlaceIndex({
  wijken: [],
  lookupPostcode: () => ({ kind: 'unknown' }) as never,
});

/**
 * One vocabulary, three readings, each holding the one before (ADR 0013, session 21): what the
 * "human" command reads is a wish inside a message too, and a wish for a person at "Helpt dit u
 * verder?". Phrasings written for this test.
 */
describe('the wish for a person', () => {
  for (const wish of [
    'ik wil graag een mens aan de lijn',
    'doe me maar een medewerker',
    'kunnen we het wijkteam spreken',
    'could i speak with a real person',
  ]) {
    it(`"${wish}" is the command, the first message's wish and a reply's wish`, () => {
      const folded = foldReply(wish);
      expect(recogniseInterruption(wish)).toBe('human');
      expect(asksOnlyForPerson(folded)).toBe(true);
      expect(mentionsPersonWish(folded)).toBe(true);
      expect(repliesWithPersonWish(folded)).toBe(true);
      expect(readMessage(wish, { places })).toMatchObject({ wantsPerson: true, personOnly: true });
      expect(recogniseHelpfulReply(wish)).toBe('wants_person');
    });
  }

  it("inside a story it is the first message's wish, not the command", () => {
    const text = 'ik wil graag iemand van het wijkteam spreken over de schulden die ik heb';
    expect(recogniseInterruption(text)).toBeUndefined();
    expect(readMessage(text, { places })).toMatchObject({ wantsPerson: true, personOnly: false });
  });

  it('company, a passport or a question about the wijkteam is no wish for a person', () => {
    for (const text of [
      'ik wil graag iemand ontmoeten',
      'ik wil de gemeente bellen over mijn paspoort',
      'hoe kan ik contact opnemen met het wijkteam',
      'I need someone',
    ]) {
      expect(asksOnlyForPerson(foldReply(text))).toBe(false);
      expect(recogniseInterruption(text)).toBeUndefined();
    }
  });
});

/** Ten thousand characters and more: `unit` over and over, then `end`. */
const long = (unit: string, end = '') => unit.repeat(Math.ceil(10_000 / unit.length)) + end;

// A hang guard, not a timing test: a pattern that backtracks without end on a long repeated
// message would run past the test timeout. Speed itself belongs to the benchmarks.
describe('the wish for a person in a long, hostile message', () => {
  it('the wish’s opening words over and over, without a wish, are none', () => {
    for (const unit of ['het wijkteam iemand ', 'bellen ', 'graag ', 'ik wil graag iemand ']) {
      const folded = foldReply(long(unit));
      expect(asksOnlyForPerson(folded), unit).toBe(false);
      expect(mentionsPersonWish(folded), unit).toBe(false);
      expect(repliesWithPersonWish(folded), unit).toBe(false);
    }
  });

  it('a wish after them is still read', () => {
    expect(repliesWithPersonWish(foldReply(long('het wijkteam iemand ', 'bellen')))).toBe(true);
    expect(mentionsPersonWish(foldReply(long('ik wil graag ', 'met het wijkteam praten')))).toBe(
      true,
    );
  });
});

/** Twenty thousand characters: `unit` over and over, then `end`. */
const longer = (unit: string, end = '') => unit.repeat(Math.ceil(20_000 / unit.length)) + end;

// The reply reading looks for a person and, later on the same line, a talk (or a talk and then a
// person). Read on a long message of only the first half, it must still give the same answers.
describe('the wish as a reply, in twenty thousand characters', () => {
  it('only the first half, over and over, is no wish', () => {
    for (const unit of [
      'iemand ',
      'een medewerker ',
      'bellen ',
      'gesprek afspraak ',
      'voor iemand ',
    ]) {
      expect(repliesWithPersonWish(foldReply(longer(unit))), unit).toBe(false);
    }
  });

  it('the second half at the very end makes it one', () => {
    expect(repliesWithPersonWish(foldReply(longer('iemand ', 'nodig')))).toBe(true);
    expect(repliesWithPersonWish(foldReply(longer('bellen ', 'medewerker')))).toBe(true);
  });

  it('"voor iemand" does not start it, and a new line parts the halves', () => {
    expect(repliesWithPersonWish(longer('voor iemand ', 'nodig'))).toBe(false);
    expect(repliesWithPersonWish(longer('iemand ', '\nnodig'))).toBe(false);
    expect(repliesWithPersonWish(longer('iemand ', '\nwijkcoach nodig'))).toBe(true);
  });
});
