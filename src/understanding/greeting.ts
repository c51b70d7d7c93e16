import { replyWords } from '../text/normalise.js';

/**
 * Is a message only a greeting ("hallo ik ben terug", "hoi, ik heb een vraag", "hello again")?
 * Then the bot greets back and asks for the question, instead of searching on "terug" or "vraag"
 * (docs/adr/0013, amendment 2026-12-02). A greeting with anything else in it ("hallo, ik zoek
 * hulp bij mijn schulden") is a question: every word must belong to a greeting phrase below.
 */

/** Phrases a greeting is made of, folded (src/text/normalise.ts). Longest match wins. */
const GREETING_PHRASES = new Set([
  // Openers.
  'hoi',
  'hallo',
  'hai',
  'hi',
  'hello',
  'hey',
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
  'good morning',
  'good afternoon',
  'good evening',
  'beste',
  'daar',
  'there',
  'wijkwijzer',
  'digitale wijkwijzer',
  'allemaal',
  'iedereen',
  'everyone',
  // "Ik ben terug", "daar ben ik weer", "hello again".
  'weer',
  'again',
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
  'i am back',
  'im back',
  'i m back',
  'its me again',
  'it s me again',
  'me again',
  // "Ik heb een vraag": the question itself is still to come.
  'ik heb een vraag',
  'ik heb een vraagje',
  'ik heb nog een vraag',
  'ik heb nog een vraagje',
  'ik heb weer een vraag',
  'ik wil iets vragen',
  'mag ik iets vragen',
  'i have a question',
  'i have another question',
  'can i ask something',
  'hoe gaat het',
  'how are you',
  'alles goed',
]);

const LONGEST_PHRASE = Math.max(...[...GREETING_PHRASES].map((p) => p.split(' ').length));

export function isOnlyGreeting(text: string): boolean {
  const words = replyWords(text);
  if (words.length === 0 || words.length > 12) return false;
  let at = 0;
  while (at < words.length) {
    let matched = 0;
    for (let length = Math.min(LONGEST_PHRASE, words.length - at); length > 0; length -= 1) {
      if (GREETING_PHRASES.has(words.slice(at, at + length).join(' '))) {
        matched = length;
        break;
      }
    }
    if (matched === 0) return false;
    at += matched;
  }
  return true;
}
