/**
 * The one text normaliser of the wijkwijzer (ADR 0013): search, short replies and the
 * understanding pass fold and split text the same way, so a word that matches in one place
 * matches in the other. Folding is only ever used to compare words, never to show or store them.
 * (src/safety keeps its own clause-aware normaliser for the crisis rules.)
 */

// Most text is plain printable ASCII: it can skip Unicode decomposition, which is the slow part.
const NON_ASCII = /[^ -~\t\n\r]/;
const APOSTROPHES = /['’‘`´]/;

/**
 * Lower case without accents: residents type with and without them ("één", "een", "coöperatie",
 * "cooperatie"). NFKD also unfolds ligatures and full-width letters that phone keyboards produce.
 */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Our own tokenizer: natural's Dutch tokenizer breaks words with diacritics ("coördinator" becomes
 * "co" + "rdinator"), so we fold first and then split on anything that is not a letter or digit.
 * Apostrophes inside a word are dropped first, so "auto's" stays one word and "m'n" becomes "mn".
 */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  const joined = APOSTROPHES.test(folded)
    ? folded.replace(/(\p{L})['’‘`´](?=\p{L})/gu, '$1')
    : folded;
  const parts = NON_ASCII.test(joined)
    ? joined.split(/[^\p{L}\p{N}]+/u)
    : joined.split(/[^a-z0-9]+/);
  return parts.filter((token) => token.length > 0);
}

/**
 * A short reply folded for recognition ("Ja!", "nummer 2", "Één", "Overslaan."): the tokens of
 * `tokenize`, except that every apostrophe is dropped, joined by single spaces.
 */
export function foldReply(text: string): string {
  return tokenize(text.replace(/['’‘`´]/g, '')).join(' ');
}

/** The words of a folded reply. */
export function replyWords(text: string): string[] {
  return tokenize(text.replace(/['’‘`´]/g, ''));
}
