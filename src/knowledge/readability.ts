/**
 * A simple, explainable readability check for B1 Dutch: no formula, two rules a partner can apply
 * by eye. A sentence has at most 20 words; a word has at most 20 letters (compounds such as
 * "mantelzorgondersteuning" are split or replaced by common words). Web and e-mail addresses,
 * numbers and words joined by a hyphen or slash are counted per part.
 */
export const READABILITY_LIMITS = { maxSentenceWords: 20, maxWordLetters: 20 } as const;

export type ReadabilityProblem =
  | { readonly kind: 'long-sentence'; readonly words: number; readonly start: string }
  | { readonly kind: 'long-word'; readonly word: string; readonly letters: number };

function isAddress(token: string): boolean {
  return (
    token.includes('://') ||
    token.includes('@') ||
    /^www\./i.test(token) ||
    /\.(nl|com|org)$/i.test(token)
  );
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

function wordsOf(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .filter((token) => token !== '' && !isAddress(token))
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => /\p{L}/u.test(token));
}

/** At most one long sentence and two long words: enough to act on, short enough to read. */
export function readabilityProblems(text: string): ReadabilityProblem[] {
  const problems: ReadabilityProblem[] = [];
  const { maxSentenceWords, maxWordLetters } = READABILITY_LIMITS;
  for (const sentence of sentencesOf(text)) {
    const words = wordsOf(sentence);
    if (words.length > maxSentenceWords) {
      problems.push({
        kind: 'long-sentence',
        words: words.length,
        start: words.slice(0, 4).join(' '),
      });
      break;
    }
  }
  const seen = new Set<string>();
  for (const token of wordsOf(text)) {
    for (const part of token.split(/[-/]/)) {
      const letters = [...part].filter((char) => /\p{L}/u.test(char)).length;
      if (letters > maxWordLetters && !seen.has(part.toLowerCase())) {
        seen.add(part.toLowerCase());
        problems.push({ kind: 'long-word', word: part, letters });
      }
    }
    if (seen.size >= 2) break;
  }
  return problems;
}
