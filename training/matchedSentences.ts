/**
 * Which sentences of an entry's description a question's words matched in (ADR 0013, session 17:
 * does an entry's frame, a radio guide's "Radiogids, dinsdag." or a voicemail's "Spreek na de piep
 * uw naam in.", lift a wrong entry?). `firstMessageMisses.ts` prints them under each entry, so a
 * reader sees at once whether a word that put an entry in the top three stands in the sentence
 * that names the help or in the frame around it. The same analyser as the index, so a word counts
 * here exactly when it counted in the score.
 */
import type { Analyzer } from '../src/search/analyzer.js';

export interface MatchedSentence {
  readonly sentence: string;
  /** The question's words (as the explanation shows them) that matched in this sentence. */
  readonly words: readonly string[];
}

/** A description's sentences: split after . ! or ? and the space that follows. */
export function descriptionSentences(description: string): string[] {
  return description
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * The sentences of `description` that hold at least one of `terms` (index terms: a stem, or a
 * compound part's `·stem`), in order, each with the words the terms came from.
 */
export function matchedSentences(
  analyzer: Analyzer,
  description: string,
  terms: readonly { readonly term: string; readonly word: string }[],
): MatchedSentence[] {
  const found: MatchedSentence[] = [];
  for (const sentence of descriptionSentences(description)) {
    const present = new Set(analyzer.documentTerms(sentence).map((term) => term.term));
    const words = [...new Set(terms.filter((t) => present.has(t.term)).map((t) => t.word))];
    if (words.length > 0) found.push({ sentence, words });
  }
  return found;
}
