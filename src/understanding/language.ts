import { ENGLISH_GLOSSARY } from '../search/englishGlossary.js';
import type { ResidentLanguage } from '../shared/residentLocales.js';
import { NO_WORDS, YES_WORDS } from '../text/answerWords.js';
import { replyWords } from '../text/normalise.js';
import { greetingLanguage } from './greeting.js';
import { onlyLanguageOf, readLanguageRequest, type LanguageRequest } from './languageRequest.js';

/**
 * Which language a resident writes: Dutch by default, English when the message clearly is. The
 * bot follows the resident (ADR 0004): a message in English gets English replies from then on,
 * until the resident writes Dutch again. Short replies ("1", "ja", "7544") say nothing.
 */
export type Language = ResidentLanguage;

const ENGLISH = new Set([
  'the',
  'i',
  'im',
  'ive',
  'id',
  'my',
  'me',
  'you',
  'your',
  'is',
  'are',
  'am',
  'was',
  'have',
  'has',
  'had',
  'need',
  'want',
  'would',
  'like',
  'with',
  'for',
  'and',
  'to',
  'of',
  'can',
  'cant',
  'could',
  'what',
  'how',
  'where',
  'who',
  'please',
  'dont',
  'do',
  'does',
  'it',
  'its',
  'a',
  'an',
  'in',
  'on',
  'at',
  'this',
  'that',
  'there',
  'here',
  'help',
  'about',
  'some',
  'any',
  'find',
  'looking',
  'lonely',
  'money',
  'debt',
  'debts',
  'bills',
  'child',
  'children',
  'mother',
  'father',
  'yes',
  'no',
  'hello',
  'hi',
  'thanks',
  'thank',
  'not',
  'am',
  'because',
  'but',
  'or',
  'from',
  'neighbour',
  'neighbor',
  'housing',
  'work',
  'job',
  'english',
  'speak',
  'anyone',
  'someone',
  'know',
  'get',
  'if',
  'we',
  'they',
  'our',
  'she',
  'he',
  'her',
  'his',
  'them',
  'will',
  'should',
]);

const DUTCH = new Set([
  'ik',
  'de',
  'het',
  'een',
  'mijn',
  'met',
  'voor',
  'en',
  'van',
  'niet',
  'wil',
  'heb',
  'kan',
  'wat',
  'hoe',
  'graag',
  'u',
  'je',
  'jij',
  'zijn',
  'er',
  'op',
  'dat',
  'die',
  'maar',
  'nog',
  'ook',
  'te',
  'naar',
  'bij',
  'hulp',
  'geen',
  'ben',
  'hebben',
  'moet',
  'weet',
  'waar',
  'wie',
  'ja',
  'nee',
  'hallo',
  'hoi',
  'dank',
  'bedankt',
  'alstublieft',
  'zoek',
  'zoeken',
  'mij',
  'me',
  'om',
  'als',
  'omdat',
  'of',
  'over',
  'uit',
  'wij',
  'ze',
  'zij',
  'hij',
  'haar',
  'zijn',
  'wordt',
  'word',
  'heeft',
  'hebt',
  'kind',
  'kinderen',
  'moeder',
  'vader',
  'buren',
  'geld',
  'schulden',
  'eenzaam',
  'alleen',
  'nederlands',
  'spreek',
  'iemand',
  'is',
  'in',
  'dit',
  'deze',
]);

/**
 * The everyday English words of the glossary the search reads English questions through
 * (src/search/englishGlossary.ts) are English evidence too ("my energy bill is killing me" has only
 * one function word): the words a question is about are the ones a resident types even when the
 * little words are left out. Not the words Dutch writes the same ("stress", "sport", "bus": their
 * Dutch gloss is the word itself), nor English words that are also everyday Dutch words.
 */
const DUTCH_HOMOGRAPHS = new Set([
  'rent',
  'men',
  'meet',
  'flat',
  'drink',
  'chat',
  'mail',
  'kids',
  'buddy',
  'clean',
  'training',
  'transport',
  'gym',
  'shop',
  // Session 12's everyday words (englishEverydayWords.ts) that Dutch writes too.
  'scooter',
  'single',
  'boiler',
  'senior',
  'email',
  'hip',
  'lease',
  'weed',
  'visa',
  'detox',
  'driver',
  'stink',
  'pupil',
  'dance',
  'trash',
  // Session 19's everyday words that Dutch writes too ("beer" is a bear, "cash betalen").
  'beer',
  'cash',
  'interview',
  'nanny',
  'freelancer',
  'freelance',
  // The words of a discount that Dutch writes too ("een voucher", "een coupon").
  'voucher',
  'vouchers',
  'coupon',
  'coupons',
  // Session 20: "ik train", the verb Dutch writes the same.
  'train',
  // Session 20 (english20b): words of a screen, a bet and a go-between that Dutch writes too.
  'login',
  'videocall',
  'facetime',
  'mediator',
  'bookmaker',
  'slots',
]);
const ENGLISH_CONTENT: ReadonlySet<string> = new Set(
  [...ENGLISH_GLOSSARY]
    .filter(
      ([english, dutch]) =>
        !english.includes(' ') &&
        !dutch.includes(english) &&
        !DUTCH.has(english) &&
        !DUTCH_HOMOGRAPHS.has(english),
    )
    .map(([english]) => english),
);

/** Whole short replies that do show a language; a greeting alone shows its own (greetingLanguage). */
const ENGLISH_REPLIES = new Set([
  'yes',
  'no',
  'thanks',
  'thank you',
  'please',
  'english',
  'in english',
  'english please',
]);
const DUTCH_REPLIES = new Set([
  'ja',
  'nee',
  'dank u',
  'dank je',
  'bedankt',
  'nederlands',
  'in het nederlands',
]);

/** How many of `words` only English has, and how many only Dutch ("is", "in", "me": neither). */
function countWords(words: readonly string[]): { english: number; dutch: number } {
  let english = 0;
  let dutch = 0;
  for (const word of words) {
    const inEnglish = ENGLISH.has(word) || ENGLISH_CONTENT.has(word);
    const inDutch = DUTCH.has(word);
    if (inEnglish && !inDutch) english += 1;
    if (inDutch && !inEnglish) dutch += 1;
  }
  return { english, dutch };
}

/**
 * The detector's word counts for a whole message, for a caller that weighs them with words of its
 * own (the safety reply's language, src/safety/safetyLanguage.ts): the same lists, so the two never
 * disagree about which word is whose.
 */
export function languageWordCounts(text: string): {
  readonly english: number;
  readonly dutch: number;
  readonly words: number;
} {
  const words = replyWords(text).filter((word) => !/^\d+$/.test(word));
  return { ...countWords(words), words: words.length };
}

/** 'nl' or 'en' when the message shows a language, undefined when it does not. */
export function detectLanguage(text: string): Language | undefined {
  return detectLanguageRead(text, readLanguageRequest(text));
}

/**
 * `detectLanguage` with the message's language request read already: the understanding pass reads
 * it once per message (`Understanding.languageRequest`).
 */
export function detectLanguageRead(
  text: string,
  request: LanguageRequest | undefined,
): Language | undefined {
  // A clause that asks for a language decides, also beside a question in the other language
  // ("graag in het Engels: ik kan mijn huur niet betalen").
  const requested = request?.language;
  if (requested !== undefined) return requested;
  const all = replyWords(text);
  const words = all.filter((word) => !/^\d+$/.test(word));
  const whole = words.join(' ');
  if (ENGLISH_REPLIES.has(whole)) return 'en';
  if (DUTCH_REPLIES.has(whole)) return 'nl';
  const greeting = greetingLanguage(whole);
  if (greeting !== undefined) return greeting;
  if (words.length < 2) return undefined;
  const { english, dutch } = countWords(words);
  if (english >= 2 && english > dutch * 2) return 'en';
  if (dutch >= 1 && dutch >= english) return 'nl';
  return undefined;
}

/**
 * Words of a short answer: yes, no, ok, thanks and the little words around them ("ja hoor", "nee
 * dank u", "yes please", "oké"). Residents use them in either language, and a Dutch "ja" is common
 * in English conversations in the Netherlands, so a reply of only these words is no evidence of a
 * language once a conversation has one.
 */
const ANSWER_WORDS = new Set([
  ...YES_WORDS,
  ...NO_WORDS,
  // Beside the yeses and noes (src/text/answerWords.ts): the little words around them, and "jep"
  // and "fine", which the yes button does not take.
  'jep',
  'hoor',
  'wel',
  'dank',
  'bedankt',
  'thanks',
  'thank',
  'u',
  'je',
  'you',
  'fine',
]);

/**
 * The language a message shows within a running conversation: as `detectLanguage`, but a short
 * answer ("ja", "nee", "yes please", "ok") shows none, so answering a yes/no question in the other
 * language does not switch the conversation. Asking for a language ("Nederlands", "English
 * please") still does.
 */
export function languageShownIn(text: string): Language | undefined {
  const request = readLanguageRequest(text);
  return isShortAnswer(text, request) ? undefined : detectLanguageRead(text, request);
}

/**
 * A short answer ("ja", "nee", "yes please", "ok") that shows no language within a running
 * conversation, unless it asks for one; with the message's language request read already (the
 * understanding pass reads it once per message, `Understanding.shownLanguage`).
 */
export function isShortAnswer(text: string, request: LanguageRequest | undefined): boolean {
  const words = replyWords(text).filter((word) => !/^\d+$/.test(word));
  return onlyLanguageOf(request) === undefined && words.every((word) => ANSWER_WORDS.has(word));
}

/** The conversation's language after this message: it changes only on a clear signal. */
export function nextLanguage(current: Language, text: string): Language {
  return languageShownIn(text) ?? current;
}
