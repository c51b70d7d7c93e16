import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../src/privacy/bsn.js';
import { ibanLengths, ibanRemainder, isValidIban } from '../../src/privacy/iban.js';
import { maskIdentifiers } from '../../src/privacy/maskIdentifiers.js';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];

function elfproefSum(digits: string): number {
  return [...digits].reduce((sum, digit, index) => sum + Number(digit) * (WEIGHTS[index] ?? 0), 0);
}

/** Valid BSNs: eight random digits and the ninth chosen so the 11-proef holds (10 is impossible). */
const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((digits) => {
    const partial = digits.reduce((sum, digit, index) => sum + digit * (WEIGHTS[index] ?? 0), 0);
    return { digits, last: partial % 11 };
  })
  .filter(({ digits, last }) => last <= 9 && digits.some((digit) => digit !== 0))
  .map(({ digits, last }) => `${digits.join('')}${last}`);

/** How people type a BSN: plain, with dots (1234.56.782) or spaces (123 456 782). */
const typedBsn = fc
  .tuple(validBsn, fc.constantFrom('plain', 'dots', 'spaces', 'pairs'))
  .map(([bsn, style]) => {
    switch (style) {
      case 'dots':
        return `${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`;
      case 'spaces':
        return `${bsn.slice(0, 3)} ${bsn.slice(3, 6)} ${bsn.slice(6)}`;
      case 'pairs':
        return `${bsn.slice(0, 2)} ${bsn.slice(2, 4)} ${bsn.slice(4, 6)} ${bsn.slice(6)}`;
      default:
        return bsn;
    }
  });

const countries = Object.keys(ibanLengths);
const alphanumeric = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''));

/** Valid IBANs of every known country, with check digits computed the ISO 13616 way. */
const validIban = fc.constantFrom(...countries).chain((country) =>
  fc
    .array(alphanumeric, {
      minLength: (ibanLengths[country] ?? 18) - 4,
      maxLength: (ibanLengths[country] ?? 18) - 4,
    })
    .map((characters) => {
      const bban = characters.join('');
      const check = 98 - ibanRemainder(`${country}00${bban}`);
      return `${country}${String(check).padStart(2, '0')}${bban}`;
    }),
);

const typedIban = fc
  .tuple(validIban, fc.constantFrom('compact', 'groups', 'lower'))
  .map(([iban, style]) => {
    if (style === 'groups') return iban.replace(/(.{4})(?=.)/g, '$1 ');
    if (style === 'lower') return iban.toLowerCase();
    return iban;
  });

/** Ordinary Dutch-looking words around the identifier: letters, spaces and punctuation, no digits. */
const words = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ,.:!?éë()'.split('')), { maxLength: 40 })
  .map((characters) => characters.join(''));

/** Separators a resident puts around a number in a sentence. */
const gap = fc.constantFrom(' ', ': ', ' (', '\n', ', ');

describe('isValidBsn and isValidIban', () => {
  it('accept known good examples and refuse near misses', () => {
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('nl91abna0417164300')).toBe(true);
    expect(isValidIban('NL92ABNA0417164300')).toBe(false);
    expect(isValidIban('NL91ABNA04171643001')).toBe(false);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
  });
});

describe('maskIdentifiers', () => {
  it('masks every valid BSN embedded in random text, in any way it is typed', () => {
    fc.assert(
      fc.property(words, gap, typedBsn, gap, words, (before, left, bsn, right, after) => {
        const text = `${before}${left}${bsn}${right}${after}`;
        const result = maskIdentifiers(text);
        expect(result.found.bsn).toBe(1);
        expect(result.text).not.toContain(bsn);
        expect(result.text.replace(/\D/g, '')).toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('masks every valid IBAN embedded in random text, compact, grouped or lower case', () => {
    fc.assert(
      fc.property(words, gap, typedIban, gap, words, (before, left, iban, right, after) => {
        const result = maskIdentifiers(`${before}${left}${iban}${right}${after}`);
        expect(result.found.iban).toBe(1);
        expect(result.text).not.toContain(iban);
        expect(result.text).toBe(`${before}${left}[rekeningnummer weggehaald]${right}${after}`);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves nine-digit strings that fail the 11-proef alone', () => {
    const failing = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
      .map((digits) => digits.join(''))
      .filter((digits) => elfproefSum(digits) % 11 !== 0);
    fc.assert(
      fc.property(words, gap, failing, gap, words, (before, left, digits, right, after) => {
        const text = `${before}${left}${digits}${right}${after}`;
        const result = maskIdentifiers(text);
        expect(result.text).toBe(text);
        expect(result.found).toEqual({ bsn: 0, iban: 0, phone: 0, email: 0 });
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: masking masked text changes nothing and finds nothing', () => {
    const anything = fc.oneof(words, typedBsn, typedIban, fc.string({ maxLength: 60 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(anything, gap), { maxLength: 6 }), (parts) => {
        const once = maskIdentifiers(parts.map(([part, separator]) => part + separator).join(''));
        const twice = maskIdentifiers(once.text);
        expect(twice.text).toBe(once.text);
        expect(twice.found).toEqual({ bsn: 0, iban: 0, phone: 0, email: 0 });
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['bel me op 06-12345678 of 06 1234 5678', 2],
    ['vast nummer (053) 123 45 67', 1],
    ['vanuit het buitenland +31 6 1234 5678 of 0031 53 1234567', 2],
    ['mijn broer in Duitsland: +49 151 23456789', 1],
  ])('masks phone numbers in the story: %s', (text, count) => {
    const result = maskIdentifiers(text);
    expect(result.found.phone).toBe(count);
    expect(result.text).not.toMatch(/\d{3}/);
  });

  it('masks e-mail addresses in the story', () => {
    const result = maskIdentifiers(
      'Mail naar fatma.yilmaz+wijk@example.nl of j.jansen@gemeente.enschede.nl.',
    );
    expect(result.found.email).toBe(2);
    expect(result.text).toBe('Mail naar [e-mailadres weggehaald] of [e-mailadres weggehaald].');
  });

  it.each([
    'Ik ben 42 jaar en heb 3 kinderen van 4, 7 en 12.',
    'De huur is 1.234,56 euro per maand, ik heb 2500 euro schuld.',
    'Op 12-03-2026 om 10.30 uur had ik een afspraak.',
    'Ik woon op nummer 123 en de postcode begint met 7544.',
    'Referentie WW-2026-000123 van de vorige keer.',
  ])('leaves ordinary numbers alone: %s', (text) => {
    expect(maskIdentifiers(text).text).toBe(text);
  });

  it('does not take the middle of a longer number or a phone number for a BSN', () => {
    // 0612345678 contains no BSN at group boundaries; 1234567820 is ten digits.
    expect(maskIdentifiers('nummer 1234567820').found.bsn).toBe(0);
    expect(maskIdentifiers('06 1234 5678').found).toEqual({ bsn: 0, iban: 0, phone: 1, email: 0 });
  });
});
