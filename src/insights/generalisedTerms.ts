import type { Levensgebied, Synoniem } from '../knowledge/schema.js';
import { rememberLast } from '../shared/rememberLast.js';

/**
 * "Show unmet needs with the generalised terms the search understood, never the resident's text"
 * (ADR 0017). A question nothing answered is reduced to words of the sociale kaart's own
 * vocabulary: the `term` of a synonym whose phrase occurs in it ("de deurwaarder belde" →
 * `schulden`), and the levensgebied words it contains. Anything else the resident wrote is
 * dropped here, before the Insights port sees it, and the port drops any term outside this
 * vocabulary again (ADR 0017 §3).
 */

/** At most this many terms per question: enough to see a pattern, too few to retell a story. */
export const MAX_TERMS_PER_QUESTION = 5;

export interface Vocabulary {
  /** Every slug an `unmet_term` may carry. */
  readonly terms: ReadonlySet<string>;
  /** Folded phrases (token lists) and the term each stands for, longest first. */
  readonly phrases: readonly { readonly tokens: readonly string[]; readonly term: string }[];
}

/** Lower case, no accents, letters and digits only: "Coördinatie" → "coordinatie". */
export function foldTokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '');
}

export function termSlug(text: string): string {
  return foldTokens(text).join('-').slice(0, 40);
}

export function buildVocabulary(knowledge: {
  readonly synoniemen: readonly Synoniem[];
  readonly levensgebieden: readonly Levensgebied[];
}): Vocabulary {
  const phrases: { tokens: string[]; term: string }[] = [];
  for (const synoniem of knowledge.synoniemen) {
    const term = termSlug(synoniem.term);
    if (term === '') continue;
    for (const phrase of [synoniem.term, ...synoniem.woorden]) {
      const tokens = foldTokens(phrase);
      if (tokens.length > 0) phrases.push({ tokens, term });
    }
  }
  for (const levensgebied of knowledge.levensgebieden) {
    for (const woord of levensgebied.woorden) {
      const tokens = foldTokens(woord);
      const term = termSlug(woord);
      if (tokens.length > 0 && term !== '') phrases.push({ tokens, term });
    }
  }
  phrases.sort((a, b) => b.tokens.length - a.tokens.length);
  return { terms: new Set(phrases.map((phrase) => phrase.term)), phrases };
}

function occursIn(tokens: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 1) {
    const [word] = phrase;
    if (word === undefined) return false;
    // A compound such as "schuldenberg" holds the word "schulden"; short words must match whole.
    return tokens.some(
      (token) =>
        token === word || (word.length >= 5 && (token.startsWith(word) || token.endsWith(word))),
    );
  }
  outer: for (let start = 0; start + phrase.length <= tokens.length; start += 1) {
    for (let offset = 0; offset < phrase.length; offset += 1) {
      if (tokens[start + offset] !== phrase[offset]) continue outer;
    }
    return true;
  }
  return false;
}

/** The vocabulary terms a question contains, in vocabulary order, at most five. */
export function generalisedTerms(text: string, vocabulary: Vocabulary): string[] {
  const tokens = foldTokens(text.slice(0, 4000));
  const found: string[] = [];
  for (const phrase of vocabulary.phrases) {
    if (found.length >= MAX_TERMS_PER_QUESTION) break;
    if (!found.includes(phrase.term) && occursIn(tokens, phrase.tokens)) found.push(phrase.term);
  }
  return found;
}

/** One vocabulary per loaded catalogue: rebuilt only when the knowledge is reloaded. */
export function vocabularyCache(): (
  knowledge: Parameters<typeof buildVocabulary>[0],
) => Vocabulary {
  return rememberLast(buildVocabulary);
}
