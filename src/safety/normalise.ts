/**
 * Text normalisation for the crisis check. Residents write fast, on a phone, sometimes in a second
 * language and sometimes in distress: the rules must see "ZELFMORD!!", "zelf moord", "z3lfm00rd"
 * and "d o o d" as the words they are. The result is only ever matched, never stored or logged.
 *
 * Steps, in order:
 * 1. lower case, and letters with accents to plain letters (suïcidaal → suicidaal);
 * 2. apostrophes dropped, so m'n → mn, I'm → im, can't → cant;
 * 3. sentence ends (. ! ? ; : and line breaks) become the clause marker " . ";
 * 4. in a word that mixes letters and digits, digits that stand for letters become letters
 *    (d00d → dood, z3lfm00rd → zelfmoord); a number on its own (113, 0800) stays a number;
 * 5. every other symbol becomes a space (zelf-moord → zelf moord);
 * 6. a run of the same letter becomes one letter (doooood → dod, zelfmoord → zelfmord, meer → mer),
 *    so doubled-letter spelling mistakes vanish; rule patterns go through the same step;
 * 7. letters typed one by one with spaces are joined (d o o d → dod), and runs squeezed again;
 * 8. spaces are collapsed.
 */

/** What separates clauses in a normalised text. Rule patterns use `[^.]` to stay in one clause. */
export const clauseMarker = '.';

/** Words in a normalised message (clause markers are not words). */
export function wordCount(normalised: string): number {
  if (normalised === '') return 0;
  let count = 0;
  for (const word of normalised.split(' ')) if (word !== clauseMarker) count += 1;
  return count;
}

const leetDigits: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

function replaceLeet(token: string): string {
  // Only words that also contain a letter: "113" and "0800" must stay numbers.
  if (!/[a-z]/.test(token) || !/[0-9@$]/.test(token)) return token;
  return token.replace(/[0-9@$]/g, (ch) => leetDigits[ch] ?? ch);
}

export function normalise(text: string): string {
  let out = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  out = out.replace(/[\u200b-\u200d\ufeff]/g, '');
  out = out.replace(/['’‘`´]/g, '');
  out = out.replace(/[.!?;:\n\r…]+/g, ` ${clauseMarker} `);
  out = out.replace(/[a-z0-9@$]+/g, replaceLeet);
  out = out.replace(/[^a-z0-9.]+/g, ' ');
  // Runs are squeezed before single letters are joined, and again after: "aa b c" must read as
  // "a b c" does, or a second pass would join what the first did not (normalise is idempotent).
  out = collapseRepeatedLetters(out);
  // Three or more single letters in a row were typed apart on purpose: "d o o d", "h e l p".
  out = out.replace(/(?<![a-z0-9])[a-z](?: [a-z]){2,}(?![a-z0-9])/g, (run) =>
    run.replace(/ /g, ''),
  );
  out = collapseRepeatedLetters(out);
  out = out.replace(/\s+/g, ' ');
  out = out.replace(/(?:\s*\.\s*)+/g, ` ${clauseMarker} `);
  return out.replace(/^[\s.]+|[\s.]+$/g, '');
}

export function collapseRepeatedLetters(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}
