import type { Analyzer } from './analyzer.js';
import { isContentToken } from './analyzer.js';
import { tokenize } from '../text/normalise.js';
import { isWeakWord } from './stopWords.js';

/**
 * An everyday phrase from knowledge/synoniemen.yaml or knowledge/levensgebieden.yaml, compiled
 * for matching: "de deurwaarder belde" → [deurwaarder, beld]. Matching uses stems, in any order,
 * within a small window, so "ik sta rood" matches "rood staan" and "krap bij kas" matches
 * "ik zit krap bij kas deze maand". A phrase made only of small words ("uit elkaar", "ik kan niet
 * meer") must appear exactly as written; a phrase of one stop word ("op") is ignored.
 */
export interface Phrase {
  readonly text: string;
  /** Content stems and weak words (see weakKey), all required, close together. Empty for an exact phrase. */
  readonly stems: readonly string[];
  /** Folded words of an exact phrase, in order. */
  readonly exact: readonly string[];
  /**
   * Stop words a phrase with content words also needs somewhere in the question: "zorgen voor"
   * is about caring for someone, "geldzorgen" is not.
   */
  readonly glue: readonly string[];
  readonly source:
    | { readonly kind: 'synonym'; readonly term: string; readonly levensgebied?: string }
    | { readonly kind: 'domain'; readonly levensgebied: string };
}

/**
 * Weak words ("geen", "niet") match by position like stems, so "geen vrienden" needs them close
 * together; they get a key no stem can have.
 */
export function weakKey(word: string): string {
  return `~${word}`;
}

export function compilePhrase(
  text: string,
  source: Phrase['source'],
  analyzer: Analyzer,
): Phrase | undefined {
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  // One small word on its own ("op" for exhausted) would match almost every question; a weak
  // word on its own ("alleen") is specific enough.
  const [only] = tokens;
  if (tokens.length === 1 && only !== undefined && !isContentToken(only) && !isWeakWord(only)) {
    return undefined;
  }
  const stems = tokens.flatMap((token) => {
    if (isContentToken(token)) return [analyzer.analyseWord(token).stem];
    return isWeakWord(token) ? [weakKey(token)] : [];
  });
  return {
    text,
    stems: [...new Set(stems)],
    exact: stems.length === 0 ? tokens : [],
    glue:
      stems.length === 0
        ? []
        : [...new Set(tokens.filter((token) => !isContentToken(token) && !isWeakWord(token)))],
    source,
  };
}

/** The query as phrase matching sees it: per position, the stems found there. */
export interface PhraseInput {
  /** Folded words in order (after typo correction). */
  readonly words: readonly string[];
  /** Per word position: its stem and the stems of its compound parts. */
  readonly stems: readonly (readonly string[])[];
}

/** Extra positions a phrase may be spread over: "ik sta deze maand weer eens rood". */
const WINDOW_SLACK = 3;
/** A weak word belongs to the word next to it: "geen huis", not "geen eten meer in huis". */
const WEAK_WINDOW_SLACK = 1;

export interface PhraseMatch {
  readonly phrase: Phrase;
  /** Query word positions that matched. */
  readonly positions: readonly number[];
  /**
   * How much the match says about a levensgebied (0..1; 1 when left out): less for a word that
   * names a person or only matches a compound part (set by analyseQuery: PERSON_WORD_SHARE and
   * COMPOUND_PART_SHARE in queryAnalysis.ts).
   */
  readonly strength?: number;
}

/**
 * A phrase table with an index from a stem (or first exact word) to the phrases that contain it,
 * so a question only checks phrases that can match.
 */
export interface PhraseTable {
  readonly size: number;
  match(input: PhraseInput): PhraseMatch[];
}

export function buildPhraseTable(phrases: readonly Phrase[]): PhraseTable {
  const byKey = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const key = phrase.stems[0] ?? `=${phrase.exact[0] ?? ''}`;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [phrase]);
    else list.push(phrase);
  }
  return {
    size: phrases.length,
    match(input) {
      const positionsByStem = new Map<string, number[]>();
      input.stems.forEach((stems, position) => {
        for (const stem of stems) {
          const list = positionsByStem.get(stem);
          if (list === undefined) positionsByStem.set(stem, [position]);
          else if (list[list.length - 1] !== position) list.push(position);
        }
      });
      const matches: PhraseMatch[] = [];
      const candidates = new Set<Phrase>();
      for (const stem of positionsByStem.keys()) {
        for (const phrase of byKey.get(stem) ?? []) candidates.add(phrase);
      }
      const present = new Set(input.words);
      for (const word of present) {
        for (const phrase of byKey.get(`=${word}`) ?? []) candidates.add(phrase);
      }
      for (const phrase of candidates) {
        if (!phrase.glue.every((word) => present.has(word))) continue;
        const positions =
          phrase.stems.length > 0
            ? matchStems(phrase.stems, positionsByStem)
            : matchExact(phrase.exact, input.words);
        if (positions !== undefined) matches.push({ phrase, positions });
      }
      return matches;
    },
  };
}

function matchStems(
  stems: readonly string[],
  positionsByStem: ReadonlyMap<string, readonly number[]>,
): number[] | undefined {
  const lists = stems.map((stem) => positionsByStem.get(stem));
  if (lists.some((list) => list === undefined)) return undefined;
  const present = lists as (readonly number[])[];
  if (present.length === 1) return [(present[0] as readonly number[])[0] as number];
  // The closest occurrence of every other stem around each occurrence of the first.
  const weak = stems.some((stem) => stem.startsWith(weakKey('')));
  const window = stems.length + (weak ? WEAK_WINDOW_SLACK : WINDOW_SLACK);
  for (const anchor of present[0] as readonly number[]) {
    const chosen = [anchor];
    let ok = true;
    for (const list of present.slice(1)) {
      let best: number | undefined;
      for (const position of list) {
        if (best === undefined || Math.abs(position - anchor) < Math.abs(best - anchor)) {
          best = position;
        }
      }
      if (best === undefined || Math.abs(best - anchor) >= window) {
        ok = false;
        break;
      }
      chosen.push(best);
    }
    if (ok && Math.max(...chosen) - Math.min(...chosen) < window)
      return chosen.sort((a, b) => a - b);
  }
  return undefined;
}

function matchExact(exact: readonly string[], words: readonly string[]): number[] | undefined {
  for (let start = 0; start + exact.length <= words.length; start += 1) {
    if (exact.every((word, offset) => words[start + offset] === word)) {
      return exact.map((_, offset) => start + offset);
    }
  }
  return undefined;
}
