import { casesTexts } from '../i18n/nl/cases.js';
import { isValidBsn } from './bsn.js';
import { ibanLengths, isValidIban } from './iban.js';
import { asReaderSeesIt } from './lookAlikes.js';

export interface MaskCounts {
  readonly bsn: number;
  readonly iban: number;
  readonly phone: number;
  readonly email: number;
}

export interface MaskResult {
  readonly text: string;
  readonly found: MaskCounts;
}

export interface MaskTokens {
  readonly bsn: string;
  readonly iban: string;
  readonly phone: string;
  readonly email: string;
}

/**
 * The local part has at most 64 characters (RFC 5321), and that bound keeps the search linear: with
 * `+` the engine tried every start in a long run of letters, digits, dots or dashes and scanned to
 * its end for an `@`, so 4,000 characters of "a1a1…" (a story's limit) cost the square of their
 * length (docs/security.md, review of 2 December 2026, second round). A longer run before an `@`
 * still has its last 64 characters and the domain masked. The domain's labels end at a dot, so an
 * `@` costs at most 64 scans of its domain.
 */
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Country code and check digits at the start of a word: where an IBAN may begin. */
const IBAN_START = /(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})/g;

/** Digits with at most one space or dot between them, as people type a BSN: 123 456 782, 1234.56.782. */
const DIGIT_RUN = /\d(?:[ .]?\d)*/g;

/**
 * Numbers written with a country code (+31 6…, 0031 53…, +49 …). Found before BSNs, because the
 * nine digits after "+31 6" can pass the 11-proef by chance.
 */
const INTERNATIONAL_PHONE =
  /(?<![\w+])(?:(?:\+|00)31[\s.-]*(?:\(0\)[\s.-]*)?[1-9](?:[\s.-]*\d){8}|\+(?!31)[1-9](?:[\s.-]*\d){7,13})(?!\d)/g;

/**
 * Dutch numbers (06…, 053…, with spaces, dashes, dots or brackets). Ten digits is what keeps a
 * nine-digit reference or an amount from being taken for a phone number.
 */
const NATIONAL_PHONE = /(?<![\w+])\(?0[1-9](?:[\s.)-]*\d){8}(?!\d)/g;

interface Span {
  readonly start: number;
  readonly end: number;
}

function replaceSpans(text: string, spans: readonly Span[], token: string): string {
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    result += text.slice(cursor, span.start) + token;
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

function findIbans(text: string): Span[] {
  const spans: Span[] = [];
  let lastEnd = 0;
  for (const match of text.matchAll(IBAN_START)) {
    const start = match.index;
    if (start < lastEnd) continue;
    const country = (match[1] ?? '').toUpperCase();
    const length = ibanLengths[country];
    if (length === undefined) continue;
    // Walk the national part: alphanumerics, with single spaces allowed between them (NL91 ABNA …).
    let position = start + match[0].length;
    let compact = country + (match[2] ?? '');
    while (compact.length < length && position < text.length) {
      const character = text[position] ?? '';
      if (/[A-Za-z0-9]/.test(character)) {
        compact += character;
        position += 1;
      } else if (character === ' ' && /[A-Za-z0-9]/.test(text[position + 1] ?? '')) {
        position += 1;
      } else {
        break;
      }
    }
    if (compact.length !== length || /[A-Za-z0-9]/.test(text[position] ?? '')) continue;
    if (!isValidIban(compact)) continue;
    spans.push({ start, end: position });
    lastEnd = position;
  }
  return spans;
}

/**
 * A BSN is nine digits that pass the 11-proef. Within a run of digits it must start and end where a
 * typed group starts and ends (the run's edges or a separator), so a ten-digit phone number or a
 * longer account number never yields a "BSN" from its middle.
 */
function findBsns(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    const run = match[0];
    const offset = match.index;
    const digitPositions: number[] = [];
    const groupStart = new Set<number>();
    const groupEnd = new Set<number>();
    for (let index = 0; index < run.length; index += 1) {
      if (!/\d/.test(run[index] ?? '')) continue;
      const digitIndex = digitPositions.length;
      if (index === 0 || !/\d/.test(run[index - 1] ?? '')) groupStart.add(digitIndex);
      if (index === run.length - 1 || !/\d/.test(run[index + 1] ?? '')) groupEnd.add(digitIndex);
      digitPositions.push(index);
    }
    let first = 0;
    while (first + 9 <= digitPositions.length) {
      const last = first + 8;
      if (groupStart.has(first) && groupEnd.has(last)) {
        const digits = digitPositions
          .slice(first, last + 1)
          .map((position) => run[position])
          .join('');
        if (isValidBsn(digits)) {
          spans.push({
            start: offset + (digitPositions[first] ?? 0),
            end: offset + (digitPositions[last] ?? 0) + 1,
          });
          first = last + 1;
          continue;
        }
      }
      first += 1;
    }
  }
  return spans;
}

function findAll(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * Masks what a resident should not have typed into a story that staff will read: BSNs (11-proef),
 * IBANs (mod 97), and phone numbers and e-mail addresses, which belong in the contact details
 * (`melder`) where they can be erased on their own. Runs before anything is stored. Idempotent:
 * the replacement tokens contain no digits and no `@`.
 */
export function maskIdentifiers(input: string, tokens: MaskTokens = casesTexts.mask): MaskResult {
  // Look-alike digits, dashes, spaces and invisible characters first, so "06–1234 5678" with an
  // en dash or Arabic-Indic digits is masked as what it is (lookAlikes.ts). The masked text is
  // this reader's form, so what is stored has ASCII digits and forms too: a reader sees the same.
  const text = asReaderSeesIt(input);
  // E-mail first: its local part may hold digits. Then IBANs and international numbers, whose digit
  // groups could pass for a BSN; national phone numbers last, after the BSNs they could swallow.
  const emails = findAll(text, EMAIL);
  let masked = replaceSpans(text, emails, tokens.email);
  const ibans = findIbans(masked);
  masked = replaceSpans(masked, ibans, tokens.iban);
  const internationalPhones = findAll(masked, INTERNATIONAL_PHONE);
  masked = replaceSpans(masked, internationalPhones, tokens.phone);
  const bsns = findBsns(masked);
  masked = replaceSpans(masked, bsns, tokens.bsn);
  const nationalPhones = findAll(masked, NATIONAL_PHONE);
  masked = replaceSpans(masked, nationalPhones, tokens.phone);
  const phone = internationalPhones.length + nationalPhones.length;
  return {
    text: masked,
    found: { bsn: bsns.length, iban: ibans.length, phone, email: emails.length },
  };
}

/** The total number of identifiers masked, for log lines that must not say more than a count. */
export function maskedCount(found: MaskCounts): number {
  return found.bsn + found.iban + found.phone + found.email;
}
