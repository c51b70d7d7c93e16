/**
 * The search after the intake (ADR 0013, "after the intake"), shared by the conversation and
 * `npm run bench:understanding` so the bench measures what a resident gets. The resident's own
 * words are searched with the chosen levensgebieden passed as levensgebieden (a boost and their
 * needs), never their names as words: a name ("Eenzaamheid en ontmoeting") would pull entries that
 * share those words above the one the question asked for. Only when the words find nothing good
 * (a returning resident's "het is me niet gelukt" names no subject) do the names stand in for the
 * subject, and that search is kept only when it does find something good.
 */
export function searchAfterIntake<Result extends { readonly noGoodMatch: boolean }>(
  words: string,
  chosenNames: readonly string[],
  run: (text: string) => Result,
): { readonly query: string; readonly found: Result } {
  const found = run(words);
  if (!found.noGoodMatch || chosenNames.length === 0) return { query: words, found };
  const named = [words, ...chosenNames].join(' ');
  const again = run(named);
  return again.noGoodMatch ? { query: words, found } : { query: named, found: again };
}
