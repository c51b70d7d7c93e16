import { dictionary as english } from '@zxcvbn-ts/language-en';
import { dictionary as dutch } from '@zxcvbn-ts/language-nl-be';
import type { Language } from '../conversation/language.js';
import { tokenize } from './normalise.js';

/**
 * Words that are real words of a language, so a typo corrector must leave them alone: "klas" is
 * not a typo of "klus", "stort" not one of "sport" (docs/adr/0013, "real words are not typos").
 * The search corrects a word it does not know to the nearest word of the knowledge; without this
 * list a resident's ordinary word that the kaart happens not to use became a kaart word one letter
 * away, and the search answered another question.
 *
 * The lists are the common-word lists of zxcvbn-ts's language packages (MIT, word frequency lists
 * of everyday Dutch and English, about 16,000 and 27,000 words): maintained, shipped inside the
 * npm packages, read once per process on first use. Folded like every word we compare
 * (src/text/normalise.ts).
 */
let dutchWords: ReadonlySet<string> | undefined;
let englishWords: ReadonlySet<string> | undefined;

function folded(words: readonly string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const word of words) {
    // One word per entry: "oké" folds to "oke"; entries that split are not a single word.
    const tokens = tokenize(word);
    if (tokens.length === 1) set.add(tokens[0] as string);
  }
  return set;
}

/**
 * Whether a folded word is a common word of Dutch, or, for a message in English, of English too.
 * A Dutch message is not read against the English list: many Dutch typos are English words
 * ("bad" for "bed"), and an English message often holds a Dutch word ("bijstand").
 */
export function isRealWord(word: string, language: Language): boolean {
  dutchWords ??= folded(dutch.commonWords);
  if (dutchWords.has(word)) return true;
  if (language !== 'en') return false;
  englishWords ??= folded(english.commonWords);
  return englishWords.has(word);
}
