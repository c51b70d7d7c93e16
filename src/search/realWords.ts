import englishCommon from '@zxcvbn-ts/language-en/dist/commonWords.json.mjs';
import englishWikipedia from '@zxcvbn-ts/language-en/dist/wikipedia.json.mjs';
import dutchCommon from '@zxcvbn-ts/language-nl-be/dist/commonWords.json.js';
import dutchWikipedia from '@zxcvbn-ts/language-nl-be/dist/wikipedia.json.js';
import { foldText } from '../text/normalise.js';

/**
 * Everyday Dutch and English words that are real, whatever the kaart writes: the typo corrector
 * never turns one into a kaart word ("jongens" is not "jonge", "gemeld" is not "geweld", "warning"
 * is not "woning"). Without them the corrector knew only the kaart's own words and lexicon.ts, so
 * every word a kaart happens not to use was a typo to it (ADR 0013: measured in session 16,
 * landed in session 17).
 *
 * The general frequency lists of the maintained zxcvbn-ts language packages (MIT): Dutch words
 * from film subtitles and Wikipedia (`@zxcvbn-ts/language-nl-be`, about 35,000) and English ones
 * (`@zxcvbn-ts/language-en`, about 85,000), folded as the search folds. A Hunspell dictionary
 * knows more forms but takes several times the load time and memory (ADR 0013); these lists load
 * in about 100 ms and 15 MB and hold the words people write. The packages' lists of first and last
 * names are not read: a misspelt need word may look like a name.
 */
const PLAIN = /^[a-z]+$/;
const LETTERS = /^\p{L}+$/u;

function buildRealWords(): ReadonlySet<string> {
  const words = new Set<string>();
  const lists = [dutchCommon, dutchWikipedia, englishCommon, englishWikipedia];
  for (const list of lists) {
    for (const entry of list) {
      // Most entries are plain lower-case letters already; the rest are folded as the search
      // folds. Only single words of letters: "don't" and "new york" say nothing about one token.
      if (PLAIN.test(entry)) words.add(entry);
      else {
        const folded = foldText(entry);
        if (LETTERS.test(folded)) words.add(folded);
      }
    }
  }
  return words;
}

let realWords: ReadonlySet<string> | undefined;

/**
 * The set of real words, built once: the first index build at start pays for it (the lists are
 * read when this module loads), every later index and search shares it.
 */
export function realWordList(): ReadonlySet<string> {
  realWords ??= buildRealWords();
  return realWords;
}

/** Whether a folded word is an everyday Dutch or English word (see realWordList). */
export function isRealWord(folded: string): boolean {
  return realWordList().has(folded);
}

/**
 * The endings that make another form of the same Dutch (or English) word: a verb's -t or -d
 * ("durf", "durft"), a plural's -s, -n or -en ("euros", "euro"), an adjective's -e.
 */
const INFLECTION_ENDINGS: ReadonlySet<string> = new Set(['e', 'n', 's', 't', 'd', 'en']);

/**
 * Whether one word is the other with an inflection ending added ("snap" and "snapt",
 * "huishoudens" and "huishouden"). Only a whole ending on the same letters: "jongens" is not a
 * form of "jonge", nor "zwarte" of "zware".
 */
export function isInflectionOf(word: string, other: string): boolean {
  const [shorter, longer] = word.length <= other.length ? [word, other] : [other, word];
  return longer.startsWith(shorter) && INFLECTION_ENDINGS.has(longer.slice(shorter.length));
}
