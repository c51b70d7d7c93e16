// Most text is plain printable ASCII: it can skip Unicode decomposition, which is the slow part.
const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * Text folding for matching: residents type with and without accents ("één", "een", "cooperatie",
 * "coöperatie"), in any case. Folding is only ever used to compare words, never to show them.
 */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Our own tokenizer: natural's Dutch tokenizer breaks words with diacritics ("coördinator" becomes
 * "co" + "rdinator"), so we fold first and then split on anything that is not a letter or digit.
 * Apostrophes inside a word are dropped first, so "auto's" stays one word and "m'n" becomes "mn".
 */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  const joined = /['’‘`´]/.test(folded)
    ? folded.replace(/(\p{L})['’‘`´](?=\p{L})/gu, '$1')
    : folded;
  const parts = NON_ASCII.test(joined)
    ? joined.split(/[^\p{L}\p{N}]+/u)
    : joined.split(/[^a-z0-9]+/);
  return parts.filter((token) => token.length > 0);
}
