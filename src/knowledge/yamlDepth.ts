/**
 * How deeply a YAML text nests, estimated in one linear pass before the parser sees it (docs/adr/0015-security-posture.md). The yaml parser's cost grows faster than the text when nesting is deep: 200 kB of `[[[…`
 * took 2.3 s and 285 MB, and an 800 kB file 10 s and 1.6 GB. Knowledge files nest four or five
 * levels, so anything past MAX_YAML_DEPTH is refused with a diagnostic instead of parsed.
 *
 * The estimate counts block indentation levels (with compact `- - x` sequences) and open flow
 * brackets outside quoted scalars and comments. It may overestimate a little for odd but valid
 * text; it never underestimates the nesting that makes the parser slow.
 */
export const MAX_YAML_DEPTH = 32;

/** Last characters after which a quote or a flow bracket opens a token rather than being prose. */
const BLOCK_TOKEN_START = new Set(['', ':', '-', '?']);
const FLOW_TOKEN_START = new Set(['', ':', '?', ',', '[', '{']);

/** The deepest nesting found, or the first depth above `stopAbove` (the scan then stops). */
export function yamlNestingDepth(text: string, stopAbove = MAX_YAML_DEPTH): number {
  let deepest = 0;
  let flow = 0;
  const indents: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let at = lineStart;
    while (at < lineEnd && text[at] === ' ') at += 1;
    const first = text[at];
    if (at < lineEnd && first !== '#' && first !== '\r') {
      let depth = flow;
      if (flow === 0) {
        const indent = at - lineStart;
        while (indents.length > 0 && (indents.at(-1) as number) >= indent) indents.pop();
        indents.push(indent);
        // Compact nesting on one line: "- - - x" or "- ? x".
        let markers = 0;
        while (
          (text[at] === '-' || text[at] === '?') &&
          (text[at + 1] === ' ' || text[at + 1] === '\t')
        ) {
          markers += 1;
          at += 2;
          while (text[at] === ' ' || text[at] === '\t') at += 1;
        }
        depth = indents.length + markers;
      }
      // The last character that was not a space, on this line: a quote or a bracket opens a token
      // only right after an indicator (or at the start), never in the middle of prose.
      let significant = '';
      for (let index = at; index < lineEnd; index += 1) {
        const char = text[index] as string;
        const afterBlank = index === at || text[index - 1] === ' ' || text[index - 1] === '\t';
        if (char === ' ' || char === '\t') continue;
        if (char === '#' && afterBlank) break;
        const tokenStart =
          flow > 0
            ? FLOW_TOKEN_START.has(significant)
            : BLOCK_TOKEN_START.has(significant) && (afterBlank || significant === '');
        if ((char === '"' || char === "'") && tokenStart) {
          index = skipQuoted(text, index, lineEnd);
          significant = char;
          continue;
        }
        if ((char === '[' || char === '{') && tokenStart) {
          flow += 1;
          depth = Math.max(depth, indents.length + flow);
          if (depth > stopAbove) return depth;
        } else if ((char === ']' || char === '}') && flow > 0) {
          flow -= 1;
        }
        significant = char;
      }
      deepest = Math.max(deepest, depth);
      if (deepest > stopAbove) return deepest;
    }
    lineStart = lineEnd + 1;
  }
  return deepest;
}

/** The index of the closing quote of a quoted scalar that opens at `start` (or the line's end). */
function skipQuoted(text: string, start: number, lineEnd: number): number {
  const quote = text[start];
  for (let index = start + 1; index < lineEnd; index += 1) {
    const char = text[index];
    if (quote === '"' && char === '\\') {
      index += 1;
      continue;
    }
    if (char === quote) {
      // '' is an escaped quote inside a single-quoted scalar.
      if (quote === "'" && text[index + 1] === "'") {
        index += 1;
        continue;
      }
      return index;
    }
  }
  // A quoted scalar may span lines; counting brackets inside it would only overestimate.
  return lineEnd;
}
