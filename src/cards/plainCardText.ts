import { withoutControlCharacters } from '../shared/displayText.js';

/**
 * Someone's words as literal text in an Adaptive Card. Teams and Web Chat read a TextBlock's text
 * and a Fact's title and value as Markdown (links, emphasis, lists; learn.microsoft.com,
 * "Format cards in Teams"), so a resident who writes `[Bel ons terug](https://…)` in their story
 * would put a link with any text on the card the wijkteam trusts as the gemeente's own. Every
 * character that could start Markdown is escaped with a backslash (CommonMark's escapes, which
 * the Adaptive Cards renderers honour), and what could start a block (a list, a quote, a code
 * block, a heading underline) loses its meaning at the start of a line. Bare web addresses stay
 * visible as themselves, which is not a deception. Control and direction characters go first
 * (src/shared/displayText.ts). Texts of our own (src/i18n) keep their Markdown.
 */

// ASCII punctuation that opens or closes an inline construct: code, emphasis, links (and so
// images), autolinks and HTML, entities, strikethrough and tables (Web Chat's markdown-it knows
// both). Not `!`: without `[` it starts nothing, and residents write it often.
const INLINE = /[\\`*_[\]<>&~|]/g;

/** A line that would start a list, quote, heading underline or thematic break. */
const BLOCK_START = /^([-+=#>]|\d{1,9}(?=[.)]))/;

export function plainCardText(text: string): string {
  return withoutControlCharacters(text)
    .split('\n')
    .map((line) => {
      // Leading spaces or a tab would make an indented code block; they carry no meaning here.
      const escaped = line.trimStart().replace(INLINE, (character) => `\\${character}`);
      return escaped.replace(BLOCK_START, (start) =>
        /\d/.test(start) ? `${start}\\` : `\\${start}`,
      );
    })
    .join('\n');
}

/**
 * A card's view model with every text in it made plain (`plainCardText`), nested objects and
 * lists included, except the fields named in `codes`: values the builder looks up or sends back
 * (a status, a verb, an id), never shows. The builders take their views through here once, so a
 * field added later is literal text unless someone names it a code.
 */
export function plainView<T extends object>(view: T, codes: readonly string[]): T {
  return plainValue(view, new Set(codes)) as T;
}

function plainValue(value: unknown, codes: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return plainCardText(value);
  if (Array.isArray(value)) return value.map((item: unknown) => plainValue(item, codes));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      codes.has(key) ? field : plainValue(field, codes),
    ]),
  );
}
