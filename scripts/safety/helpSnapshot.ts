/**
 * The safety net's own copy of the help questions it trains and tunes on
 * (corpus/safety/help-questions.jsonl; docs/adr/0012-safety-net.md, "The help questions pinned").
 *
 * Until session 13 the concern model read them live from the understanding corpus's and the golden
 * set's train and dev splits, so every new understanding corpus line changed the crisis model's
 * training data and moved its thresholds by accident. Now they are read from this file, in its
 * order (the training order matters: ADR 0012, seventeenth round), and the file changes only by a
 * deliberate refresh (`npm run corpus:safety -- --refresh-help`), which starts a safety round:
 * `npm run tune:safety`, `npm run train:safety`, judged by the safety rules.
 *
 * `npm run tune:safety` writes the file's SHA-256 to test/safety/helpQuestions.sha256 (what the
 * shipped thresholds were tuned on); test/safety/helpSnapshot.test.ts fails when the two differ.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import type { HelpQuestion } from './helpQuestions.js';
import { corpusKey } from './safetyCorpus.js';

const root = findProjectRoot();

/** The snapshot: one help question a line, in training order. */
export const helpSnapshotFile = path.join(root, 'corpus', 'safety', 'help-questions.jsonl');

/** The snapshot's SHA-256 as `npm run tune:safety` last read it. */
export const helpSnapshotHashFile = path.join(root, 'test', 'safety', 'helpQuestions.sha256');

const snapshotLine = z.object({
  text: z.string().min(1),
  lang: z.enum(['nl', 'en']),
  /** Where it was taken from: `understanding train`, `understanding dev`, `golden train`, `golden dev`. */
  set: z.string().min(1),
});

/** The file's text for these questions (the key is not stored: it follows from the text). */
export function helpSnapshotBody(questions: readonly HelpQuestion[]): string {
  return questions
    .map(({ text, lang, set }) => `${JSON.stringify({ text, lang, set })}\n`)
    .join('');
}

/** The pinned help questions, in file order. */
export function readHelpSnapshot(file: string = helpSnapshotFile): HelpQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => snapshotLine.parse(JSON.parse(line)))
    .map(({ text, lang, set }) => ({ key: corpusKey(text), text, lang, set }));
}

export const sha256 = (body: string | Buffer) => createHash('sha256').update(body).digest('hex');

/** The line of helpSnapshotHashFile for a snapshot body. */
export const helpSnapshotHashLine = (body: string | Buffer) =>
  `${sha256(body)}  ${path.basename(helpSnapshotFile)}\n`;
