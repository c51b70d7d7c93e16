/**
 * Text someone else typed (a resident's story, a name, a partner's entry), made safe to show in a
 * place that gives some characters a meaning: a terminal or a card. Two kinds of character are
 * taken out, because no person needs them to read the text and each lets the writer act on the
 * reader's screen:
 *
 * - control characters (C0 but line feed and tab, DEL, C1): in a terminal, ESC starts a sequence
 *   that can clear the screen, retitle the window, hide the lines before it or write a link
 *   (`wijkwijzer cases show` prints the story an operator reads);
 * - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
 *   reverse what follows, so "06-…" can read as a different number or a name as another
 *   ("Trojan Source"). The marks U+200E and U+200F stay: they only nudge neutral characters and
 *   are what Arabic and Hebrew writers use.
 *
 * Carriage returns become line feeds, so a line cannot be rewritten from its start.
 * docs/security.md ("Injection from residents' words") lists where this is applied.
 */

// \p{Cc} is C0, DEL and C1; line feed and tab are put back by the replacer.
const CONTROL_AND_BIDI = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

export function withoutControlCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_AND_BIDI, (character) =>
      character === '\n' || character === '\t' ? character : '',
    );
}

/** What `JSON.stringify` leaves as it is but a terminal still acts on: DEL, C1, direction. */
const UNESCAPED_BY_JSON = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * JSON for a terminal: the same value, with the characters above written as `\uXXXX` escapes
 * (C0 is escaped by `JSON.stringify` itself). They can only occur inside strings, so the result
 * parses to exactly the same value.
 */
export function terminalSafeJson(value: unknown): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replace(
    UNESCAPED_BY_JSON,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
