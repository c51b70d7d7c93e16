import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/safety/normalise.js';
import { buildSplits } from '../../scripts/safety/buildCorpus.js';
import { trainingExamples } from '../../scripts/safety/concernExamples.js';
import {
  frozenHashFile,
  loadCorpusFile,
  loadSplit,
  recordLine,
  splitFile,
  splitNames,
  splitOf,
  unseenFile,
} from '../../scripts/safety/safetyCorpus.js';
import { heldOutPhrasings } from './heldOut.js';

const splits = Object.fromEntries(splitNames.map((split) => [split, loadSplit(split)])) as Record<
  (typeof splitNames)[number],
  ReturnType<typeof loadSplit>
>;
const all = splitNames.flatMap((split) => splits[split]);

describe('the safety corpus', () => {
  it('holds at least 1,500 crises and 1,500 near misses and ordinary questions', () => {
    expect(all.filter((record) => record.label === 'crisis').length).toBeGreaterThanOrEqual(1500);
    expect(all.filter((record) => record.label !== 'crisis').length).toBeGreaterThanOrEqual(1500);
  });

  it('covers every kind, both languages, children and bystanders', () => {
    const crises = all.filter((record) => record.label === 'crisis');
    for (const kind of ['danger', 'suicide', 'abuse'] as const) {
      expect(crises.filter((record) => record.kinds.includes(kind)).length).toBeGreaterThan(250);
    }
    expect(crises.filter((record) => record.lang === 'en').length).toBeGreaterThan(150);
    expect(crises.filter((record) => record.voice === 'child').length).toBeGreaterThan(50);
    expect(crises.filter((record) => record.voice === 'bystander').length).toBeGreaterThan(300);
  });

  it('puts every message in the split its hash names, and no message in two', () => {
    const keys = new Set<string>();
    for (const split of splitNames) {
      for (const record of splits[split]) {
        expect(splitOf(record.key)).toBe(split);
        expect(keys.has(record.key)).toBe(false);
        keys.add(record.key);
      }
    }
  });

  it('is what the written sources give, byte for byte (npm run corpus:safety)', () => {
    const built = buildSplits();
    for (const split of splitNames) {
      const body = built[split].map((record) => `${recordLine(record)}\n`).join('');
      expect(body === readFileSync(splitFile(split), 'utf8'), `${split}.jsonl is stale`).toBe(true);
    }
  });

  it('keeps the frozen test split unchanged (re-freezing: docs/adr/0012-safety-net.md)', () => {
    const body = readFileSync(splitFile('test'));
    const frozen = readFileSync(frozenHashFile, 'utf8').split(/\s+/)[0];
    expect(createHash('sha256').update(body).digest('hex')).toBe(frozen);
  });

  it('holds none of the phrasings kept apart for the tests, nor do the training-only rounds', () => {
    // The rule sets of ADR 0005 (also trained on) hold "my husband hits me" since that ADR.
    const trainOnly = trainingExamples().filter((example) => example.origin === 'train-only');
    const corpus = [...all, ...trainOnly].map((record) => normalise(record.text));
    const heldOut = heldOutPhrasings().map((phrasing) => normalise(phrasing.text));
    for (const phrase of heldOut) {
      expect(
        corpus.filter((text) => text === phrase || (phrase.length > 12 && text.includes(phrase))),
        phrase,
      ).toEqual([]);
    }
  });

  it('trains on no message of an unseen round: they are written apart and only ever scored', () => {
    const unseen = new Set(loadCorpusFile(unseenFile).map((record) => normalise(record.text)));
    const trained = trainingExamples()
      .map((example) => normalise(example.text))
      .filter((text) => unseen.has(text));
    expect(trained).toEqual([]);
  });
});
