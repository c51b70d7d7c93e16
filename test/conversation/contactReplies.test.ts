import { describe, expect, it } from 'vitest';
import {
  parseBestMoment,
  parseContactReply,
  parseName,
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

describe('parseName and parseBestMoment', () => {
  it('keeps the name without the lead-in', () => {
    expect(parseName('Mijn naam is Fatima')).toBe('Fatima');
    expect(parseName('Jan de Vries.')).toBe('Jan de Vries');
    expect(parseName('0612345678')).toBeUndefined();
    expect(parseName('')).toBeUndefined();
  });

  it.each([
    'wat nu',
    'Wat?',
    'weet niet',
    'ik weet het niet',
    'waarom',
    'hoezo?',
    'geen idee',
    'nee',
    '12345',
    'what now',
    "I don't know",
    'why?',
  ])('refuses "%s", which is no name', (text) => {
    expect(parseName(text)).toBeUndefined();
  });

  it.each(['Wim', 'Anna-Maria', 'Noa', 'Ik ben Jan', 'Mohammed El Amrani'])(
    'keeps the name "%s"',
    (text) => {
      expect(parseName(text)).toBeDefined();
    },
  );

  it('keeps a short moment, not a phone number', () => {
    expect(parseBestMoment('na 15 uur')).toBe('na 15 uur');
    expect(parseBestMoment('bel 0612345678')).toBeUndefined();
  });
});
