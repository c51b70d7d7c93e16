/**
 * A daily institution named only as a time of day (ADR 0013, amendment session 24, rietmonde24):
 * "na school", "na schooltijd", "na het werk", "after school", "after work". In those phrases the
 * word says when, not what the resident asks about: "mijn zoon verveelt zich na school" is about a
 * place for a teenager, not about school, and "na het werk kook ik voor mijn moeder" about caring,
 * not about work. The readers of a resident's words (the search's terms, the learned layer's word
 * and character features) skip such a word as a subject; the learned layer keeps its word pair
 * ("na school"), which is the time phrase itself. Never applied to the texts of the knowledge: an
 * entry's "open na schooltijd" is its opening hours, read as written.
 */
const INSTITUTIONS: ReadonlySet<string> = new Set([
  'school',
  'schooltijd',
  'werk',
  'werktijd',
  'work',
]);
const AFTER: ReadonlySet<string> = new Set(['na', 'after']);
/** An article between "na" and the institution: "na het werk", "na de school". */
const ARTICLES: ReadonlySet<string> = new Set(['het', 'de']);

/** Whether `tokens[at]` (tokens of `tokenize`) is the institution of a time-of-day phrase. */
export function isTimeOfDayWord(tokens: readonly string[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined || !INSTITUTIONS.has(token)) return false;
  const before = tokens[at - 1];
  if (before === undefined) return false;
  if (AFTER.has(before)) return true;
  return ARTICLES.has(before) && tokens[at - 2] === 'na';
}
