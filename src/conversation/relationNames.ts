import type { ForWhom } from '../cases/case.js';
import { relationWord, type RelationName } from '../understanding/personWords.js';
import { foldReply } from './matchText.js';

/**
 * The first person named in the text who fits `forWhom` (when given): "voor mijn moeder" → moeder.
 * Undefined when the text names nobody one can ask an age of.
 */
export function relationNameIn(text: string, forWhom?: ForWhom): RelationName | undefined {
  for (const word of foldReply(text).split(' ')) {
    const entry = relationWord(word);
    if (entry === undefined || entry.name === null) continue;
    if (forWhom === undefined || forWhom === entry.forWhom) return entry.name;
  }
  return undefined;
}
