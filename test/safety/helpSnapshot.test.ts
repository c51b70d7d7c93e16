import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainingExamples } from '../../scripts/safety/concernExamples.js';
import {
  snapshotQuestionsNowAboutSafety,
  trainingHelpQuestions,
} from '../../scripts/safety/helpQuestions.js';
import {
  helpSnapshotBody,
  helpSnapshotFile,
  helpSnapshotHashFile,
  helpSnapshotHashLine,
} from '../../scripts/safety/helpSnapshot.js';
import { corpusKey } from '../../scripts/safety/safetyCorpus.js';

const snapshotLines = () =>
  readFileSync(helpSnapshotFile, 'utf8')
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
    expect(helpSnapshotHashLine(readFileSync(helpSnapshotFile))).toBe(
      readFileSync(helpSnapshotHashFile, 'utf8'),
    );
  });

  it('come from the snapshot alone: nothing of the live split files is added', () => {
    expect(trainingHelpQuestions().map((q) => [q.text, q.lang, q.set])).toEqual(
      snapshotLines().map((line) => [line.text, line.lang, line.set]),
    );
    // Another snapshot gives exactly its own questions, whatever training/split and
    // test/golden/split hold. Phrasings of this test, in no corpus.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'help-snapshot-'));
    try {
      const file = path.join(dir, 'help-questions.jsonl');
      const own = [
        { text: 'wie kan mijn dakgoot schoonmaken', lang: 'nl', set: 'understanding train' },
        { text: 'is there a walking group on sundays', lang: 'en', set: 'golden dev' },
      ] as const;
      writeFileSync(file, helpSnapshotBody(own.map((q) => ({ ...q, key: corpusKey(q.text) }))));
      expect(trainingHelpQuestions(file).map((q) => [q.text, q.lang, q.set])).toEqual(
        own.map((q) => [q.text, q.lang, q.set]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
