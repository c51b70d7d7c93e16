import { COMMON_WORDS } from '../search/lexicon.js';
import { STOP_WORDS } from '../search/stopWords.js';
import { NO_SYNONYMS, YES_SYNONYMS } from './choiceMatching.js';
import { foldReply } from './matchText.js';
import { SKIP_SYNONYMS } from './passReplies.js';

/**
 * Short answers that none of the vocabularies below holds, though they are everyday words and
 * never a name.
 */
const ANSWER_WORDS = [
  'jep',
  'geen',
  'niemand',
  'allebei',
  'beide',
  'help',
  'stop',
  'sorry',
  'nobody',
  'both',
];

/**
 * Everyday Dutch and English words the project already keeps: the search's lexicon of real words
 * and its stop words (src/search/lexicon.ts, src/search/stopWords.ts), the one-word ways to say
 * yes or no (choiceMatching.ts) or skip (passReplies.ts), and the few answer words above. Folded.
 *
 * Not the understanding model's `knownWords`: its word features include names from the training
 * sentences ("Bas", "Peter", "Willem" have weights) and, being hashed, now and then a bucket that
 * a character n-gram filled, so it would refuse real names.
 */
const EVERYDAY_WORDS: ReadonlySet<string> = new Set([
  ...COMMON_WORDS,
  ...STOP_WORDS,
  ...[...YES_SYNONYMS, ...NO_SYNONYMS, ...SKIP_SYNONYMS]
    .map(foldReply)
    .filter((phrase) => phrase !== '' && !phrase.includes(' ')),
  ...ANSWER_WORDS,
]);

/**
 * True when the word is an everyday word rather than, possibly, a name: "Ja", "Misschien" and
 * "Schulden" typed with a phone's capital are words; "Roos", "Bas", "Daan" and "Kim" are names to
 * these lists. A few names are words here too ("Ben", "Wil", "Job"): read as words.
 */
export function isEverydayWord(word: string): boolean {
  return EVERYDAY_WORDS.has(foldReply(word));
}
