import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskIdentifiers } from '../../src/privacy/maskIdentifiers.js';
import { fuzzRuns } from './fuzzRuns.js';

/**
 * The identifier masks (docs/privacy.md, "Masked before storing") read ASCII digits, hyphens,
 * spaces and `@`. Text that only looks the same slipped through unmasked into the conversation
 * state, the case and the wijkteam's card: a phone number with an en dash or a soft hyphen (what
 * Word and PDFs paste), a BSN with zero-width spaces, Arabic-Indic digits (an Arabic phone
 * keyboard), full-width digits, a no-break space in an IBAN, a control or direction character
 * in the middle. Each is read as what it looks like before the masks run.
 */

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const CONTROL = [String.fromCharCode(1), String.fromCharCode(0x1b), '\u202e', '\u2066', '\u0085'];
const DASHES = ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\ufe63', '\uff0d'];
const SPACES = ['\u00a0', '\u202f', '\u2007', '\u2009', '\u3000'];
/** The zero of scripts whose digits residents may type: Arabic-Indic, Persian, Devanagari, full width. */
const ZEROS = [0x660, 0x6f0, 0x966, 0xff10];

function inScript(text: string, zero: number): string {
  return text.replace(/\d/g, (digit) => String.fromCodePoint(zero + Number(digit)));
}

/** Identifiers the masks find when typed plainly, with the digits that must not survive. */
const identifiers = fc.constantFrom(
  { text: '111222333', kind: 'bsn' },
  { text: '123 456 782', kind: 'bsn' },
  { text: '06-12345678', kind: 'phone' },
  { text: '06 12345678', kind: 'phone' },
  { text: '053-4811234', kind: 'phone' },
  { text: '+31 6 12345678', kind: 'phone' },
  { text: 'NL91 ABNA 0417 1643 00', kind: 'iban' },
  { text: 'fatma.yilmaz@example.nl', kind: 'email' },
) as fc.Arbitrary<{ text: string; kind: 'bsn' | 'phone' | 'iban' | 'email' }>;

/** One way of writing it that looks (nearly) the same to a reader. */
const disguise = fc.oneof(
  fc.tuple(fc.constantFrom(...ZERO_WIDTH, ...CONTROL), fc.integer({ min: 1, max: 8 })).map(
    ([character, at]) =>
      (text: string) =>
        `${text.slice(0, at)}${character}${text.slice(at)}`,
  ),
  fc.constantFrom(...DASHES).map((dash) => (text: string) => text.replace(/-/g, dash)),
  fc.constantFrom(...SPACES).map((space) => (text: string) => text.replace(/ /g, space)),
  fc.constantFrom(...ZEROS).map((zero) => (text: string) => inScript(text, zero)),
  fc.constant((text: string) => text.replace('@', '\uff20')),
);

const before = fc.constantFrom('', 'Mijn nummer is ', 'bel mij: ', 'Hallo,\n');
const after = fc.constantFrom('', '.', ' graag na 12 uur', '\n');

describe('the identifier masks see through look-alike characters', () => {
  it('masks an identifier written with invisible, control, direction, dash, space or script variants', () => {
    fc.assert(
      fc.property(before, identifiers, disguise, after, (start, identifier, disguised, end) => {
        const written = disguised(identifier.text);
        const result = maskIdentifiers(`${start}${written}${end}`);
        expect(result.found[identifier.kind]).toBe(1);
        // No digit of any script and no local part survives.
        expect(result.text).not.toMatch(/\p{Nd}{3}/u);
        expect(result.text).not.toContain('yilmaz');
      }),
      { numRuns: fuzzRuns(400) },
    );
  });

  it('leaves ordinary text as it was, emoji sequences and dashes between words included', () => {
    const text = 'Wij zijn met z’n vieren 👨‍👩‍👧‍👦 en wonen al 12 jaar in Enschede – prima.';
    expect(maskIdentifiers(text).text).toBe(text);
  });
});
