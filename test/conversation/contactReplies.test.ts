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
    expect(parseNameReply('0612345678')).toEqual({ kind: 'invalid', problem: 'format' });
    expect(parseNameReply('')).toEqual({ kind: 'invalid', problem: 'format' });
  });

  it.each([
    'wat nu',
    'Wat?',
    'weet niet',
    'ik weet het niet',
    'waarom',
    'hoezo?',
    'geen idee',
    'maakt niet uit',
    'overslaan',
    'nee',
    'niets',
    'what now',
    "I don't know",
    'no idea',
    'why?',
  ])('refuses "%s", which is no name', (text) => {
    expect(parseNameReply(text)).toEqual({ kind: 'invalid', problem: 'notAName' });
  });

  it.each(['Wim', 'Anna-Maria', 'Noa', 'Ik ben Jan', 'Mohammed El Amrani'])(
    'keeps the name "%s"',
    (text) => {
      expect(parseNameReply(text)).toMatchObject({ kind: 'name' });
    },
  );

  it('keeps a short moment, not a phone number', () => {
    expect(parseBestMoment('na 15 uur')).toBe('na 15 uur');
    expect(parseBestMoment('bel 0612345678')).toBeUndefined();
  });
});
