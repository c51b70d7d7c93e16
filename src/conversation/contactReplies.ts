import { normaliseEmailAddress, normalisePhoneNumber } from '../cases/contact.js';
import { NO_SYNONYMS, YES_SYNONYMS } from './choiceMatching.js';
import { recogniseInterruption } from './interruptions.js';
import { foldReply } from './matchText.js';
import { passesOn } from './passReplies.js';

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

/**
 * A name, or why the reply is none, so the dialog can say the right thing before asking again:
 * `format` (no letters, digits, too long), `notAName` (a question back: "wat nu", or a sentence),
 * `declined` (the resident passes: "nee", "liever niet", "geen naam"), `otherAnswer` (the answer to
 * another prompt: "Ja, versturen", a command), `contactDetail` (a phone number or e-mail address,
 * which the next question asks for).
 */
export type NameReply =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'invalid'; readonly problem: NameProblem };

export type NameProblem = 'format' | 'notAName' | 'declined' | 'otherAnswer' | 'contactDetail';

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

/** The words of a list that may stand alone, without single letters: "J" may be an initial. */
function oneWordsOf(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map(foldReply).filter((word) => word.length > 1 && !word.includes(' ')));
}
const NO_ANSWERS = new Set(NO_SYNONYMS.map(foldReply));
const NO_ANSWER_WORDS = oneWordsOf(NO_SYNONYMS);
const YES_ANSWERS = new Set(YES_SYNONYMS.map(foldReply));
const YES_ANSWER_WORDS = oneWordsOf(YES_SYNONYMS);

/** "Nee", "liever niet", "nee hoor": a no, as the whole reply or its first word. */
function saysNo(folded: string, first: string): boolean {
  return (folded.length > 1 && NO_ANSWERS.has(folded)) || NO_ANSWER_WORDS.has(first);
}

/**
 * True when the reply answers another prompt rather than naming the resident: a yes as the whole
 * reply or its first word ("Ja, versturen", meant for the summary's buttons), or a command ("stop",
 * "privacy").
 */
function answersSomethingElse(folded: string, first: string, name: string): boolean {
  return (
    (folded.length > 1 && YES_ANSWERS.has(folded)) ||
    YES_ANSWER_WORDS.has(first) ||
    recogniseInterruption(name) !== undefined
  );
}

/**
 * The one place that decides whether a reply to the handover's name question is plausibly a name.
 * Strips "mijn naam is", "ik heet", "my name is" and keeps what the resident wants to be called:
 * letters, a few words at most, and none of the replies the conversation already knows as
 * something else (a question back, a pass, a yes or no, a command, a phone number). Anything else
 * that looks like a name is theirs to choose, so the wijkteam never greets a resident as "geen
 * naam" or "Ja, versturen".
 */
export function parseNameReply(text: string): NameReply {
  if (parseContactReply(text).kind !== 'invalid')
    return { kind: 'invalid', problem: 'contactDetail' };
  const name = text
    .trim()
    .replace(
      /^(?:mijn naam is|ik heet|ik ben|noem mij maar|noem me maar|noem mij|noem me|my name is|i am|im|call me|please call me)\s+/i,
      '',
    )
    .replace(/[.!]+$/, '')
    .trim();
  if (name.length === 0 || name.length > 60) return { kind: 'invalid', problem: 'format' };
  // A name has letters and no digits or @: "06 1234" typed here belongs to the next question.
  if (!/\p{L}/u.test(name) || /[0-9@]/.test(name)) return { kind: 'invalid', problem: 'format' };
  const folded = foldReply(name);
  const words = folded.split(' ');
  const first = words[0] ?? '';
  // A pass (passReplies.ts, the one the safety guard reads too), or a reply that starts with a no:
  // no name starts with "nee", though "nee, …" with more words is the guard's to read as a message.
  if (passesOn(name) || saysNo(folded, first)) return { kind: 'invalid', problem: 'declined' };
  if (answersSomethingElse(folded, first, name)) return { kind: 'invalid', problem: 'otherAnswer' };
  // A question back, or a sentence: more words than a name has.
  if (name.includes('?') || QUESTION_WORDS.has(first) || words.length > MAX_NAME_WORDS)
    return { kind: 'invalid', problem: 'notAName' };
  return { kind: 'name', name };
}

/** "Mohammed El Amrani", "Anna van der Berg-de Vries": a name; a sentence is more words than this. */
const MAX_NAME_WORDS = 5;

/** The moment to call: free text, short, without digits that look like a phone number. */
export function parseBestMoment(text: string): string | undefined {
  const moment = text.trim().replace(/\s+/g, ' ');
  if (moment.length === 0 || moment.length > 120) return undefined;
  if (/\d{6,}/.test(moment.replace(/[\s-]/g, ''))) return undefined;
  return moment;
}
