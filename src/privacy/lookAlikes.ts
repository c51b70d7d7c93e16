import { withoutControlCharacters } from '../shared/displayText.js';

/**
 * Text as a reader sees it, for the identifier masks (maskIdentifiers.ts), which read ASCII
 * digits, hyphens, spaces and `@`. Without this, a phone number or BSN that only looks the same
 * went through unmasked: an en dash or a soft hyphen (Word and PDFs paste them), zero-width
 * spaces, Arabic-Indic or full-width digits (an Arabic phone keyboard, a Japanese input method), a
 * no-break space in an IBAN, or a control or direction character in the middle.
 *
 * Only what changes how an identifier is read is touched, so ordinary text stays as typed: digits
 * of any script become ASCII digits; full-width forms become their ASCII letters and signs;
 * invisible characters go only next to an ASCII letter, digit or `@ . + -` (an emoji keeps its
 * joiners); dashes become a hyphen only between digits; unusual spaces become a space only between
 * ASCII letters and digits. Control and direction characters go everywhere (shared/displayText).
 * Idempotent: its output is its own fixed point.
 */

const DIGIT_OF_ANY_SCRIPT = /[^\d\P{Nd}]/gu;
const FULL_WIDTH_FORM = /[\uFF01-\uFF5E\uFE6B]/g;
const INVISIBLE_BESIDE_ASCII =
  /(?<=[A-Za-z0-9@.+-])[\u00AD\u200B-\u200D\u2060\uFEFF]+|[\u00AD\u200B-\u200D\u2060\uFEFF]+(?=[A-Za-z0-9@.+-])/g;
const DASH_BETWEEN_DIGITS = /(?<=\d)[\u2010-\u2015\u2212\uFE58\uFE63](?=\d)/g;
const SPACE_BETWEEN_ASCII =
  /(?<=[A-Za-z0-9])[\u00A0\u2000-\u200A\u202F\u205F\u3000](?=[A-Za-z0-9])/g;

/** The value of a decimal digit of any script: Unicode keeps each script's 0–9 in one run. */
function asciiDigit(character: string): string {
  const compatible = character.normalize('NFKC');
  if (/^\d$/.test(compatible)) return compatible;
  const codePoint = character.codePointAt(0) ?? 0;
  let zero = codePoint;
  while (codePoint - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return String(codePoint - zero);
}

export function asReaderSeesIt(text: string): string {
  return withoutControlCharacters(text)
    .replace(DIGIT_OF_ANY_SCRIPT, asciiDigit)
    .replace(FULL_WIDTH_FORM, (character) => character.normalize('NFKC'))
    .replace(INVISIBLE_BESIDE_ASCII, '')
    .replace(DASH_BETWEEN_DIGITS, '-')
    .replace(SPACE_BETWEEN_ASCII, ' ');
}
