/**
 * A message with its person words and numbers taken out (ADR 0013, session 22, "the situation
 * read without the person"): every word `relationWord` knows (children, parents, partners,
 * family, neighbours, friends, Dutch and English) and every number (an age). For reading what the
 * model makes of the situation alone; used by training/situationReading.ts and levensMisses.ts.
 */
import { relationWord } from '../src/understanding/personWords.js';

const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** The message without its person words and numbers, or undefined when it has none. */
export function withoutPerson(text: string): string | undefined {
  let removed = 0;
  const rest = text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    if (/^\p{N}+$/u.test(word) || relationWord(fold(word)) !== undefined) {
      removed += 1;
      return '';
    }
    return word;
  });
  return removed === 0 ? undefined : rest;
}
