import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainingHelpQuestions } from '../../scripts/safety/helpQuestions.js';
import { corpusKey } from '../../scripts/safety/safetyCorpus.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { readCorpus } from '../../src/understanding/corpus.js';
import { foldText } from '../../src/text/normalise.js';
import { readBehoeften } from '../../training/linearTrainer.js';

const root = findProjectRoot();
const aanbod = readCorpus(path.join(root, 'training/aanbod'));
const behoeften = readBehoeften(path.join(root, 'training/behoeften.yaml'));

describe('the partner-register lines (training/aanbod)', () => {
  it('name only needs of behoeften.yaml, and every need at least five times', () => {
    const known = new Set(behoeften.map((b) => b.id));
    expect(aanbod.length).toBeGreaterThanOrEqual(500);
    expect(aanbod.flatMap((line) => line.needs).filter((need) => !known.has(need))).toEqual([]);
    const count = new Map<string, number>();
    for (const line of aanbod) {
      for (const need of line.needs) count.set(need, (count.get(need) ?? 0) + 1);
    }
    expect(behoeften.filter((b) => (count.get(b.id) ?? 0) < 5).map((b) => b.id)).toEqual([]);
  });

  it('never enter the split files, so dev, the frozen test and the corpus split do not move', () => {
    // A partner's description is training data only: a line in a split file would be scored as a
    // resident's phrasing (dev, frozen test) and change the pinned split.
    const fold = (text: string) => foldText(text).trim();
    const split = new Set(
      ['train', 'dev', 'test'].flatMap((name) =>
        readFileSync(path.join(root, 'training/split', `${name}.jsonl`), 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => fold((JSON.parse(line) as { text: string }).text)),
      ),
    );
    expect(aanbod.filter((line) => split.has(fold(line.text))).map((line) => line.text)).toEqual(
      [],
    );
  });

  it("never reach the safety net's help questions: they are no resident's message", () => {
    const helpKeys = new Set(trainingHelpQuestions().map((question) => question.key));
    expect(aanbod.filter((line) => helpKeys.has(corpusKey(line.text))).map((l) => l.text)).toEqual(
      [],
    );
  });
});
