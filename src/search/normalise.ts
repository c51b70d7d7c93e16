/**
 * Text folding for matching: residents type with and without accents ("één", "een", "cooperatie",
 * "coöperatie"), in any case. Folding is only ever used to compare words, never to show them.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Our own tokenizer: natural's Dutch tokenizer breaks words with diacritics ("coördinator" becomes
 * "co" + "rdinator"), so we fold first and then split on anything that is not a letter or digit.
 * Apostrophes inside a word are dropped first, so "auto's" stays one word and "m'n" becomes "mn".
 */
export function tokenize(text: string): string[] {
  const folded = foldText(text).replace(/(\p{L})['’‘`´](?=\p{L})/gu, '$1');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
}
