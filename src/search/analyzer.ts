import { splitCompound, MIN_PART_LENGTH } from './compounds.js';
import { COMMON_WORDS } from './lexicon.js';
import { tokenize } from '../text/normalise.js';
import { stemWord } from './stem.js';
import { isStopWord, isWeakWord, NON_PARTS } from './stopWords.js';

/**
 * Weight of a compound part next to the whole word: "schuldhulpverlening" is mostly about
 * schuldhulpverlening, and a bit about schuld and hulp.
 */
export const PART_WEIGHT = 0.5;

/**
 * The index term of a compound part in the knowledge. Parts get their own key so a resident's
 * whole word finds them ("huis" finds Huiskamer) but a part of the resident's compound does not
 * ("ziekenhuis" must not find Huisartsen through "huis").
 */
export function partTerm(stem: string): string {
  return `\u00b7${stem}`;
}

export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

/** What a word turned into: its stem and, for a compound, the stems of its parts. */
export interface WordAnalysis {
  readonly stem: string;
  /** Stems of the compound parts that carry meaning (no stop words), or empty. */
  readonly parts: readonly string[];
  /** The parts as written, for explanations ("geld" in "geldzorgen"). */
  readonly partWords: readonly string[];
}

/**
 * The language side of one index: stems and compound splits of every word the knowledge uses,
 * worked out once while the index is built. After `freeze()` the analyzer never changes, so an
 * index can be shared by every turn; words it has not seen (a resident's) are analysed on the fly
 * without being remembered, so a stream of questions cannot grow memory.
 */
export interface Analyzer {
  /** Folded words that count as real: never typo-corrected. */
  isKnownWord(folded: string): boolean;
  analyseWord(folded: string): WordAnalysis;
  /** Terms of a document text, with repeats (each occurrence counts). */
  documentTerms(text: string): WeightedTerm[];
  /** Adds the words of a knowledge text to the vocabulary (compound parts, known words). */
  learn(text: string): void;
  /** Adds one folded content word of the knowledge to the vocabulary. */
  learnWord(folded: string): void;
  freeze(): void;
}

/** Whether a word is a search term: not a stop word, not a weak word (see stopWords.ts). */
export function isContentToken(folded: string): boolean {
  if (isStopWord(folded) || isWeakWord(folded)) return false;
  // Numbers carry meaning only when long enough to be a line or a code: 113, 0800.
  if (/^[0-9]+$/.test(folded)) return folded.length >= 3;
  return folded.length >= 2;
}

export function createAnalyzer(): Analyzer {
  const partWords = new Set<string>();
  // The first three letters of every part word: most positions in a word start no part at all,
  // and this rules them out before any substring is looked up.
  const partStarts = new Set<string>();
  const partStems = new Set<string>();
  const knownWords = new Set<string>();
  const cache = new Map<string, WordAnalysis>();
  const stems = new Map<string, string>();
  let frozen = false;
  // Compound splitting stems many candidate parts: remember them while the index is built, then
  // stop remembering, so residents' words cannot grow memory.
  const stem = (word: string): string => {
    const known = stems.get(word);
    if (known !== undefined) return known;
    const computed = stemWord(word);
    if (!frozen) stems.set(word, computed);
    return computed;
  };

  const addPartWord = (word: string): void => {
    if (word.length < MIN_PART_LENGTH || NON_PARTS.has(word) || /[0-9]/.test(word)) return;
    partWords.add(word);
    partStarts.add(word.slice(0, MIN_PART_LENGTH));
    partStems.add(stem(word));
  };
  for (const word of COMMON_WORDS) {
    knownWords.add(word);
    addPartWord(word);
  }

  const isPart = (part: string, last: boolean): boolean => {
    if (!partStarts.has(part.slice(0, MIN_PART_LENGTH)) || NON_PARTS.has(part)) return false;
    if (partWords.has(part)) return true;
    // The last part carries the inflection: geldzorgen → geld + zorgen (zorg).
    return last && part.length >= 4 && partStems.has(stem(part));
  };

  /** The first check of `isPart`, once per position instead of once per candidate part. */
  const mayStartPart = (word: string, from: number): boolean =>
    partStarts.has(word.slice(from, from + MIN_PART_LENGTH));

  const analyse = (folded: string): WordAnalysis => {
    const whole = stem(folded);
    const split = /[0-9]/.test(folded) ? undefined : splitCompound(folded, isPart, mayStartPart);
    if (split === undefined) return { stem: whole, parts: [], partWords: [] };
    const meaningful = split.filter((part) => !isStopWord(part));
    const parts: string[] = [];
    const written: string[] = [];
    for (const part of meaningful) {
      const partStem = stem(part);
      if (partStem !== whole && !parts.includes(partStem)) {
        parts.push(partStem);
        written.push(part);
      }
    }
    return { stem: whole, parts, partWords: written };
  };

  const analyzer: Analyzer = {
    isKnownWord: (folded) => knownWords.has(folded),
    analyseWord(folded) {
      const cached = cache.get(folded);
      if (cached !== undefined) return cached;
      const analysis = analyse(folded);
      if (!frozen) cache.set(folded, analysis);
      return analysis;
    },
    documentTerms(text) {
      const terms: WeightedTerm[] = [];
      for (const token of tokenize(text)) {
        if (!isContentToken(token)) continue;
        const analysis = analyzer.analyseWord(token);
        terms.push({ term: analysis.stem, weight: 1 });
        for (const part of analysis.parts)
          terms.push({ term: partTerm(part), weight: PART_WEIGHT });
      }
      return terms;
    },
    learn(text) {
      for (const token of tokenize(text)) {
        if (isContentToken(token)) analyzer.learnWord(token);
      }
    },
    learnWord(folded) {
      if (frozen) return;
      knownWords.add(folded);
      addPartWord(folded);
    },
    freeze() {
      frozen = true;
    },
  };
  return analyzer;
}
