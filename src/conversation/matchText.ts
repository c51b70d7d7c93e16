/**
 * Text folding for recognising short replies ("Ja!", "nummer 2", "Één", "Overslaan."). Folding is
 * only used to compare, never to show or store a resident's words.
 */

/** Lower case, no accents, apostrophes dropped, every other symbol a space, spaces collapsed. */
export function foldReply(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a folded reply. */
export function replyWords(text: string): string[] {
  const folded = foldReply(text);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), so "mantelzrog" is one
 * step from "mantelzorg". Only used on short words.
 */
export function withinEditDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(value);
    }
    rows.push(row);
  }
  return (rows[a.length]?.[b.length] ?? limit + 1) <= limit;
}
