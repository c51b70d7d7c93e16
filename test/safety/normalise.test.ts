import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseRepeatedLetters, normalise } from '../../src/safety/normalise.js';

describe('normalise', () => {
  it('lowercases and strips accents', () => {
    expect(normalise('Ik voel me SUÏCIDAAL')).toBe('ik voel me suicidal');
    expect(normalise('beëindigen')).toBe('beindigen');
  });

  it('drops apostrophes so contractions stay one word', () => {
    expect(normalise("m'n vader")).toBe('mn vader');
    expect(normalise('I’m scared, he’s here')).toBe('im scared hes here');
  });

  it('turns sentence ends into one clause marker and other symbols into spaces', () => {
    expect(normalise('Help!!! Hij slaat me... wat nu?')).toBe('help . hij slat me . wat nu');
    expect(normalise('zelf-moord, echt')).toBe('zelf mord echt');
    expect(normalise('  ...  ')).toBe('');
  });

  it('reads digits as letters inside words, but keeps numbers', () => {
    expect(normalise('d00d')).toBe('dod');
    expect(normalise('z3lfm00rd')).toBe('zelfmord');
    expect(normalise('k1ll')).toBe('kil');
    expect(normalise('bel 0800-0113 of 113')).toBe('bel 0800 0113 of 113');
  });

  it('joins letters typed one by one', () => {
    expect(normalise('ik wil d o o d')).toBe('ik wil dod');
    expect(normalise('h e l p')).toBe('help');
    // Two single letters are ordinary text ("k" for "ik"), not spelling.
    expect(normalise('k wil')).toBe('k wil');
  });

  it('squeezes repeated letters, so doubled spelling mistakes vanish', () => {
    expect(normalise('ik wil doooooood')).toBe(normalise('ik wil dood'));
    expect(normalise('zelfmord')).toBe(normalise('zelfmoord'));
    expect(collapseRepeatedLetters('meer slaan')).toBe('mer slan');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const once = normalise(text);
        expect(normalise(once)).toBe(once);
      }),
    );
  });

  it('is idempotent on text made of the characters its steps act on', () => {
    // fc.string rarely builds "aa b c"; an alphabet of doubled letters, single letters, digits,
    // leet symbols, clause ends and spaces finds a second pass that differs within a few runs.
    const piece = fc.constantFrom(
      'a',
      'b',
      'aa',
      'o',
      '0',
      '1',
      '@',
      '$',
      ' ',
      '  ',
      '.',
      '!',
      '-',
      "'",
      'É',
      '\u200b',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        (text) => {
          const once = normalise(text);
          expect(normalise(once)).toBe(once);
        },
      ),
      { numRuns: 2000 },
    );
    expect(normalise('aa b c')).toBe(normalise(normalise('aa b c')));
    expect(normalise('a@ b c')).toBe('abc');
  });

  it('only ever produces lowercase letters, digits, spaces and clause markers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(normalise(text)).toMatch(/^[a-z0-9 .]*$/);
      }),
    );
  });
});
