import { describe, expect, it } from 'vitest';
import {
  parseBestMoment,
  parseContactReply,
  parseNameReply,
} from '../../src/conversation/contactReplies.js';

describe('parseContactReply', () => {
  it.each([
    ['06 12345678', '0612345678'],
    ['06-1234 5678', '0612345678'],
    ['+31 6 12345678', '0612345678'],
    ['053 481 1234', '0534811234'],
  ])('accepts the phone number %s', (text, phone) => {
    expect(parseContactReply(text)).toEqual({ kind: 'phone', phone });
  });

  it('accepts an e-mail address in lower case', () => {
    expect(parseContactReply(' Fatima@Voorbeeld.NL ')).toEqual({
      kind: 'email',
      email: 'fatima@voorbeeld.nl',
    });
  });

  it.each([
    ['06 1234567', 'phone_length'],
    ['0612', 'phone_length'],
    ['fatima@voorbeeld', 'email'],
    ['fatima @ voorbeeld.nl', 'email'],
    ['bel me maar', 'neither'],
  ])('explains what is wrong with %s', (text, problem) => {
    expect(parseContactReply(text)).toEqual({ kind: 'invalid', problem });
  });
});

describe('parseNameReply and parseBestMoment', () => {
  it('keeps the name without the lead-in', () => {
    expect(parseNameReply('Mijn naam is Fatima')).toEqual({ kind: 'name', name: 'Fatima' });
    expect(parseNameReply('Jan de Vries.')).toEqual({ kind: 'name', name: 'Jan de Vries' });
    expect(parseNameReply('0612345678')).toEqual({ kind: 'invalid', problem: 'contactDetail' });
    expect(parseNameReply('Jan 2')).toEqual({ kind: 'invalid', problem: 'format' });
    expect(parseNameReply('')).toEqual({ kind: 'invalid', problem: 'format' });
  });

  it.each(['wat nu', 'Wat?', 'waarom', 'hoezo?', 'what now', 'why?'])(
    'refuses "%s", a question back',
    (text) => {
      expect(parseNameReply(text)).toEqual({ kind: 'invalid', problem: 'notAName' });
    },
  );

  it('refuses a sentence, which is more words than a name', () => {
    expect(parseNameReply('ik weet eigenlijk nog niet zo goed wat ik wil')).toEqual({
      kind: 'invalid',
      problem: 'notAName',
    });
  });

  it.each([
    'weet niet',
    'ik weet het niet',
    'geen idee',
    'maakt niet uit',
    'overslaan',
    'nee',
    'Nee hoor.',
    'niets',
    'geen',
    'Geen naam',
    'ik heb geen naam',
    'liever niet',
    'Nee, liever niet',
    'dat wil ik niet zeggen',
    'Wil ik niet zeggen!',
    'zeg ik niet',
    'dat geef ik liever niet',
    'anoniem',
    'Ik blijf liever anoniem',
    'ik wil anoniem blijven',
    "I don't know",
    'no idea',
    'no',
    'No name',
    'anonymous',
    "I'd rather stay anonymous",
    "I'd prefer not to",
    "I don't want to say",
    'not telling',
  ])('hears "%s" as passing on the name', (text) => {
    expect(parseNameReply(text)).toEqual({ kind: 'invalid', problem: 'declined' });
  });

  it.each(['Ja, versturen', 'ja', 'Oké', 'yes, send', 'Yes please', 'akkoord', 'stop', 'privacy'])(
    'hears "%s" as the answer to another prompt, not a name',
    (text) => {
      expect(parseNameReply(text)).toEqual({ kind: 'invalid', problem: 'otherAnswer' });
    },
  );

  it.each(['06 23456789', '+31 6 23456789', 'noor@voorbeeld.nl'])(
    'hears "%s" as a contact detail, which the next question asks for',
    (text) => {
      expect(parseNameReply(text)).toEqual({ kind: 'invalid', problem: 'contactDetail' });
    },
  );

  it.each([
    'Wim',
    'Anna-Maria',
    'Noa',
    'Ik ben Jan',
    'Mohammed El Amrani',
    'J.',
    'Noémie',
    'Geert',
    'Annelies van der Berg',
    'Nena',
    'Jasper',
    'please call me Joost',
  ])('keeps the name "%s"', (text) => {
    expect(parseNameReply(text)).toMatchObject({ kind: 'name' });
  });

  it('keeps a short moment, not a phone number', () => {
    expect(parseBestMoment('na 15 uur')).toBe('na 15 uur');
    expect(parseBestMoment('bel 0612345678')).toBeUndefined();
  });
});
