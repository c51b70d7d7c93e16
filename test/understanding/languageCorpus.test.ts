import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/understanding/language.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { tokenize } from '../../src/text/normalise.js';

/**
 * ADR 0013, session 12 amendment: the English glossary's words are English evidence for the
 * language detection, so a longer glossary must not make Dutch messages English. Over the corpus's
 * train and dev lines (never its frozen test split): no line that uses a Dutch function word is read
 * as English (in session 12: 2,825 of 3,968 lines read as Dutch before and after the new words).
 */
const DUTCH_FUNCTION_WORDS = new Set([
  'ik',
  'de',
  'het',
  'een',
  'mijn',
  'niet',
  'wil',
  'geen',
  'naar',
  'heb',
  'met',
  'voor',
]);

const lines = ['train', 'dev'].flatMap((part) =>
  readFileSync(path.join(findProjectRoot(), `training/split/${part}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);

describe('the language of the corpus’s train and dev lines', () => {
  it('never reads a line with Dutch function words as English', () => {
    const dutchReadAsEnglish = lines.filter(
      (text) =>
        tokenize(text).some((word) => DUTCH_FUNCTION_WORDS.has(word)) &&
        detectLanguage(text) === 'en',
    );
    expect(dutchReadAsEnglish).toEqual([]);
  });
});
