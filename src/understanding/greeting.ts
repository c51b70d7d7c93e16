import type { ResidentLanguage as Language } from '../shared/residentLocales.js';
import { replyWords } from '../text/normalise.js';

/**
 * Is a message only a greeting ("hallo ik ben terug", "hoi, ik heb een vraag", "hello again")?
 * Then the bot greets back and asks for the question, instead of searching on "terug" or "vraag"
 * (docs/adr/0013, amendment 2026-12-02). A greeting with anything else in it ("hallo, ik zoek
 * hulp bij mijn schulden") is a question: every word must belong to a greeting phrase below.
 */

/**
 * Phrases a greeting is made of, folded (src/text/normalise.ts), by the language they show. Longest
 * match wins. The language of a message that is only a greeting comes from here too
 * (greetingLanguage, read by src/understanding/language.ts): one list of greetings per language.
 */
const GREETING_PHRASES: Readonly<Record<Language | 'either', readonly string[]>> = {
  nl: [
    // Openers.
    'hoi',
    'hallo',
    'hai',
    'hee',
    'hoihoi',
    'dag',
    'goedemorgen',
    'goedemiddag',
    'goedenavond',
    'goedendag',
    'goeiemorgen',
    'goeiemiddag',
    'goeienavond',
    'goeiedag',
    'goede morgen',
    'goede middag',
    'goede avond',
    'beste',
    'daar',
    'allemaal',
    'iedereen',
    // "Ik ben terug", "daar ben ik weer".
    'weer',
    'terug',
    'ik ben terug',
    'ik ben weer terug',
    'ik ben er weer',
    'ik ben er weer terug',
    'daar ben ik weer',
    'hier ben ik weer',
    'ik ben het weer',
    'ik ben het',
    'ik weer',
    // "Ik heb een vraag": the question itself is still to come.
    'ik heb een vraag',
    'ik heb een vraagje',
    'ik heb nog een vraag',
    'ik heb nog een vraagje',
    'ik heb weer een vraag',
    'ik wil iets vragen',
    'mag ik iets vragen',
    'hoe gaat het',
    'alles goed',
  ],
  en: [
    'hello',
    'good morning',
    'good afternoon',
    'good evening',
    'there',
    'everyone',
    // "Hello again", "I'm back".
    'again',
    'i am back',
    'im back',
    'i m back',
    'its me again',
    'it s me again',
    'me again',
    'i have a question',
    'i have another question',
    'can i ask something',
    'how are you',
  ],
  // Said in both languages: they show neither.
  either: ['hi', 'hey', 'wijkwijzer', 'digitale wijkwijzer'],
};

const LANGUAGE_OF_PHRASE: ReadonlyMap<string, Language | 'either'> = new Map(
  (Object.entries(GREETING_PHRASES) as Array<[Language | 'either', readonly string[]]>).flatMap(
    ([language, phrases]) => phrases.map((phrase) => [phrase, language] as const),
  ),
);

const LONGEST_PHRASE = Math.max(...[...LANGUAGE_OF_PHRASE.keys()].map((p) => p.split(' ').length));

/** The phrases of a message that is only a greeting, by their language; undefined for any other. */
function greetingPhrases(text: string): Array<Language | 'either'> | undefined {
  const words = replyWords(text);
  if (words.length === 0 || words.length > 12) return undefined;
  const found: Array<Language | 'either'> = [];
  let at = 0;
  while (at < words.length) {
    let matched = 0;
    for (let length = Math.min(LONGEST_PHRASE, words.length - at); length > 0; length -= 1) {
      const language = LANGUAGE_OF_PHRASE.get(words.slice(at, at + length).join(' '));
      if (language !== undefined) {
        found.push(language);
        matched = length;
        break;
      }
    }
    if (matched === 0) return undefined;
    at += matched;
  }
  return found;
}

export function isOnlyGreeting(text: string): boolean {
  return greetingPhrases(text) !== undefined;
}

/**
 * The language a message that is only a greeting shows: "hello again" English, "goedemiddag"
 * Dutch; undefined for "hi", a mix, or anything that is not only a greeting.
 */
export function greetingLanguage(text: string): Language | undefined {
  const shown = new Set(
    (greetingPhrases(text) ?? []).filter((language): language is Language => language !== 'either'),
  );
  return shown.size === 1 ? [...shown][0] : undefined;
}
