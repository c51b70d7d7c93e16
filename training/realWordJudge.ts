import { foldText } from '../src/text/normalise.js';

/** What the judge needs of a Hunspell dictionary (nspell gives both). */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/**
 * Whether a word the search folded (lower case, accents taken off) is a real word by the outside
 * judge's dictionaries (training/typoCorrections.ts). Folding loses what Hunspell needs for two
 * kinds of correctly spelled words, which a judge that read only the folded word counted as typos:
 * - names and words written with a capital ("syria", "tuesday", "opel"): the capitalised form is
 *   tried too;
 * - Dutch words with a trema or an accent ("oekraine", "officiele", "ideeen"): the dictionary's
 *   own suggestions whose folding is the word itself are tried, so the judge restores only the
 *   accents the dictionary writes and never takes another word for it.
 * The suggestions are the slow part (tens of milliseconds a word), so they are asked only when the
 * plain and capitalised forms are not known; the judge reads a few hundred corrected words.
 */
export function realWordJudge(spellers: readonly Speller[]): (folded: string) => boolean {
  const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return (folded) => {
    if (spellers.some((speller) => speller.correct(folded))) return true;
    if (spellers.some((speller) => speller.correct(capitalised(folded)))) return true;
    return spellers.some((speller) =>
      speller.suggest(folded).some((suggestion) => foldText(suggestion) === folded),
    );
  };
}
