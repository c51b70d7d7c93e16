import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { trainingExamples } from '../../scripts/safety/concernExamples.js';
import {
  snapshotQuestionsNowAboutSafety,
  trainingHelpQuestions,
} from '../../scripts/safety/helpQuestions.js';
import {
  helpSnapshotFile,
  helpSnapshotHashFile,
  helpSnapshotHashLine,
} from '../../scripts/safety/helpSnapshot.js';
import { corpusKey } from '../../scripts/safety/safetyCorpus.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

// Passes every call through; lets a test see which files a function reads.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, readFileSync: vi.fn(actual.readFileSync) };
});

const root = findProjectRoot();
const snapshotLines = () =>
  fs
    .readFileSync(helpSnapshotFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { text: string; lang: string; set: string });

// docs/adr/0012-safety-net.md, "The help questions pinned": the concern model trains and is tuned
// on its own copy of the help questions, so an understanding corpus round cannot move it.
describe("the safety net's pinned help questions", () => {
  it('are the snapshot the shipped thresholds were tuned on', () => {
    // Fails after `npm run corpus:safety -- --refresh-help` (or an edit of the snapshot) until
    // `npm run tune:safety` has tuned on it and `npm run train:safety` trained on it: that is a
    // safety round, judged by its rules (ADR 0012), never a side effect of a corpus round.
    expect(helpSnapshotHashLine(fs.readFileSync(helpSnapshotFile))).toBe(
      fs.readFileSync(helpSnapshotHashFile, 'utf8'),
    );
  });

  it('are read from the snapshot alone, never from the live split files', () => {
    const read = vi.mocked(fs.readFileSync);
    read.mockClear();
    const questions = trainingHelpQuestions();
    const files = read.mock.calls.map(([file]) => path.relative(root, String(file)));
    expect(files).toEqual([path.relative(root, helpSnapshotFile)]);
    expect(questions.map((q) => [q.text, q.lang, q.set])).toEqual(
      snapshotLines().map((line) => [line.text, line.lang, line.set]),
    );
  });

  it('are what the concern model learns as help questions, in the snapshot’s order', () => {
    // A snapshot line whose words are also a safety-corpus message is trained once, as that message.
    const help = trainingExamples().filter((example) => example.origin === 'help');
    const helpKeys = new Set(help.map((example) => example.key));
    const inOrder = snapshotLines().filter((line) => helpKeys.has(corpusKey(line.text)));
    expect(help.map((example) => example.text)).toEqual(inOrder.map((line) => line.text));
    expect(help.length).toBeGreaterThan(0.95 * snapshotLines().length);
  });

  it('hold no question that a split, kaart or the golden set now labels as about safety', () => {
    // Such a label in a corpus round is a safety matter: refresh the snapshot in a safety round.
    expect(snapshotQuestionsNowAboutSafety().map((q) => `${q.set}: ${q.text}`)).toEqual([]);
  });
});
