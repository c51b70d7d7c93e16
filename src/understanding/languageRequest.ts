import type { ResidentLanguage } from '../shared/residentLocales.js';
import { replyWords } from '../text/normalise.js';

/**
 * A language asked for in the resident's own words ("would you reply in English?", "kunt u
 * Nederlands met mij praten", "mijn Nederlands is niet zo goed, liever in het Engels"), read in
 * clauses: a request chooses how the bot speaks and is no part of the resident's question (ADR 0013,
 * session 21 amendment). One reading for the guard, the main dialog and the understanding pass.
 */

/** The names of a language, as whole words after normalising. */
const NAMES: ReadonlyMap<string, ResidentLanguage> = new Map([
  ['english', 'en'],
  ['engels', 'en'],
  ['dutch', 'nl'],
  ['nederlands', 'nl'],
]);

/** Polite words and greetings: they go with a request and change nothing. */
const POLITE = new Set([
  'please',
  'pls',
  'plz',
  'thanks',
  'thank',
  'you',
  'graag',
  'alstublieft',
  'alsjeblieft',
  'aub',
  'a',
  'u',
  'b',
  'svp',
  'dank',
  'sorry',
  'hello',
  'hi',
  'hallo',
  'hoi',
]);

/**
 * The other words of a clause that asks for a language: asking, speaking, writing, the people in the
 * chat. Words of learning or of a need ("leren", "cursus", "les", "hulp", "help") are not here: a
 * clause with them is a question about a language, not a choice of one.
 */
const ASKING = new Set([
  ...POLITE,
  // English
  'can',
  'could',
  'would',
  'will',
  'may',
  'we',
  'i',
  'me',
  'us',
  'do',
  'does',
  'is',
  'it',
  'possible',
  'to',
  'in',
  'mind',
  'prefer',
  'rather',
  'id',
  'like',
  'want',
  'answer',
  'answering',
  'reply',
  'replying',
  'respond',
  'write',
  'writing',
  'speak',
  'speaking',
  'talk',
  'talking',
  'chat',
  'continue',
  'switch',
  'go',
  'on',
  'the',
  'conversation',
  'only',
  'better',
  'also',
  'too',
  'ok',
  'okay',
  // Dutch
  'kan',
  'kunt',
  'kun',
  'kunnen',
  'mag',
  'wilt',
  'wil',
  'zou',
  'zouden',
  'jij',
  'je',
  'wij',
  'ik',
  'mij',
  'met',
  'het',
  'liever',
  'beter',
  'antwoorden',
  'antwoord',
  'schrijven',
  'schrijf',
  'praten',
  'spreken',
  'spreekt',
  'spreek',
  'verder',
  'doen',
  'dat',
  'ook',
  'misschien',
  'gesprek',
  'alleen',
  'oke',
]);

/** Words that make a clause about the resident's own command of a language ("not so good"). */
const WEAK = new Set([
  'not',
  'dont',
  'cant',
  'no',
  'bad',
  'poor',
  'little',
  'niet',
  'geen',
  'slecht',
  'weinig',
  'beetje',
]);

/** Words a clause about the resident's own command of a language may hold beside WEAK and ASKING. */
const ABOUT = new Set([
  ...WEAK,
  'my',
  'mijn',
  'understand',
  'begrijp',
  'versta',
  'snap',
  'well',
  'good',
  'goed',
  'very',
  'so',
  'zo',
  'heel',
  'erg',
  'nog',
  'bit',
  'much',
  'veel',
]);

type Clause =
  | { readonly kind: 'request'; readonly language: ResidentLanguage }
  | { readonly kind: 'about' }
  | { readonly kind: 'polite' }
  | { readonly kind: 'other' };

/** A clause this long is a story, not a request. */
const MOST_WORDS = 12;

function readClause(words: readonly string[]): Clause {
  if (words.length === 0 || words.every((word) => POLITE.has(word))) return { kind: 'polite' };
  if (words.length > MOST_WORDS) return { kind: 'other' };
  const named = new Set(words.flatMap((word) => NAMES.get(word) ?? []));
  const [language] = [...named];
  if (named.size !== 1 || language === undefined) return { kind: 'other' };
  const rest = words.filter((word) => !NAMES.has(word));
  if (rest.every((word) => ASKING.has(word))) return { kind: 'request', language };
  if (
    rest.some((word) => WEAK.has(word)) &&
    rest.every((word) => ABOUT.has(word) || ASKING.has(word))
  )
    return { kind: 'about' };
  return { kind: 'other' };
}

export interface LanguageRequest {
  /** The language asked for. */
  readonly language: ResidentLanguage;
  /** The message without the request's clauses: '' when it only asked for the language. */
  readonly rest: string;
}

/**
 * The language a message asks for in one or more of its clauses, and the message without them; or
 * undefined when no clause asks for one, or clauses ask for both.
 */
export function readLanguageRequest(text: string): LanguageRequest | undefined {
  if (text.length > 4000) return undefined;
  const clauses = text
    .split(/[.,!?;:\n]+/u)
    .map((raw) => ({ raw: raw.trim(), clause: readClause(replyWords(raw)) }));
  const asked = new Set(
    clauses.flatMap(({ clause }) => (clause.kind === 'request' ? [clause.language] : [])),
  );
  const [language] = [...asked];
  if (asked.size !== 1 || language === undefined) return undefined;
  const others = clauses.filter(({ clause }) => clause.kind === 'other');
  return { language, rest: others.map(({ raw }) => raw).join(', ') };
}

/** The language a whole message asks for and nothing else ("English please"), or undefined. */
export function onlyLanguageRequest(text: string): ResidentLanguage | undefined {
  return onlyLanguageOf(readLanguageRequest(text));
}

/**
 * `onlyLanguageRequest` of a request read already: the understanding pass reads a message's request
 * once (`Understanding.languageRequest`), and the turn's callers read it from there.
 */
export function onlyLanguageOf(request: LanguageRequest | undefined): ResidentLanguage | undefined {
  return request !== undefined && request.rest === '' ? request.language : undefined;
}

/** The message without a language request's clauses, for reading the question itself. */
export function withoutLanguageRequest(text: string): string {
  return withoutRequestRead(text, readLanguageRequest(text));
}

/** `withoutLanguageRequest` with the message's request read already. */
export function withoutRequestRead(text: string, request: LanguageRequest | undefined): string {
  return request === undefined || request.rest === '' ? text : request.rest;
}
