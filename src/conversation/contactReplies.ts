import { normaliseEmailAddress, normalisePhoneNumber } from '../cases/contact.js';
import { isSkip } from './choiceMatching.js';
import { foldReply } from './matchText.js';

/**
 * The contact details a resident types in the handover, checked so the dialog can explain in plain
 * Dutch what is wrong and ask again (docs/adr/0010-conversation-design.md, "The flow").
 * Normalisation itself is the case model's (src/cases/contact.ts), so what the dialog accepts is
 * what the repository accepts.
 */
export type ContactReply =
  | { readonly kind: 'phone'; readonly phone: string }
  | { readonly kind: 'email'; readonly email: string }
  | { readonly kind: 'invalid'; readonly problem: ContactProblem };

export type ContactProblem =
  /** Digits, but not ten of them (a Dutch number) nor a foreign number with +. */
  | 'phone_length'
  /** Looks like an e-mail address but is not one: no dot after the @, spaces, two @s. */
  | 'email'
  /** Neither a number nor an address. */
  | 'neither';

export function parseContactReply(text: string): ContactReply {
  const trimmed = text.trim();
  if (trimmed.includes('@')) {
    const email = normaliseEmailAddress(trimmed);
    return email === undefined ? { kind: 'invalid', problem: 'email' } : { kind: 'email', email };
  }
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits.length >= 3 && /^[+0-9\s().\-/]+$/.test(trimmed)) {
    const phone = normalisePhoneNumber(trimmed.replace(/\//g, ''));
    return phone === undefined
      ? { kind: 'invalid', problem: 'phone_length' }
      : { kind: 'phone', phone };
  }
  return { kind: 'invalid', problem: 'neither' };
}

/** A name, or why the reply is none: `format` (digits, an @, too long) or `notAName` ("wat nu"). */
export type NameReply =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'invalid'; readonly problem: 'format' | 'notAName' };

/** A reply that starts with one of these asks something back; no name starts with them. */
const QUESTION_WORDS = new Set([
  'wat',
  'waarom',
  'hoezo',
  'hoe',
  'wie',
  'waar',
  'wanneer',
  'welke',
  'what',
  'why',
  'how',
  'who',
  'where',
  'when',
  'which',
]);

/**
 * Replies that say "no" or "nothing" rather than a name. "Weet niet", "geen idee", "overslaan"
 * and the other ways to skip a question are `isSkip`'s, kept in one list there.
 */
const NOT_A_NAME =
  /^(?:(?:ik )?weet (?:ik )?het niet|ik weet niet|geen|nee|nvt|niks|niets|i do ?nt know|no idea|no|none|nothing|n a)$/;

/**
 * Strips "mijn naam is", "ik heet", "my name is" and keeps what the resident wants to be called.
 * Obvious non-names ("wat nu", "weet niet", a question) are refused, so the wijkteam never greets
 * a resident as "wat nu"; anything else that looks like a name is theirs to choose.
 */
export function parseNameReply(text: string): NameReply {
  const name = text
    .trim()
    .replace(
      /^(?:mijn naam is|ik heet|ik ben|noem mij maar|noem me maar|noem mij|noem me|my name is|i am|im|call me)\s+/i,
      '',
    )
    .replace(/[.!]+$/, '')
    .trim();
  if (name.length === 0 || name.length > 60) return { kind: 'invalid', problem: 'format' };
  // A name has letters and no digits or @: "06 12345678" typed here belongs to the next question.
  if (!/\p{L}/u.test(name) || /[0-9@]/.test(name)) return { kind: 'invalid', problem: 'format' };
  const folded = foldReply(name);
  const first = folded.split(' ')[0] ?? '';
  if (name.includes('?') || QUESTION_WORDS.has(first) || isSkip(name) || NOT_A_NAME.test(folded))
    return { kind: 'invalid', problem: 'notAName' };
  return { kind: 'name', name };
}

/** The moment to call: free text, short, without digits that look like a phone number. */
export function parseBestMoment(text: string): string | undefined {
  const moment = text.trim().replace(/\s+/g, ' ');
  if (moment.length === 0 || moment.length > 120) return undefined;
  if (/\d{6,}/.test(moment.replace(/[\s-]/g, ''))) return undefined;
  return moment;
}
