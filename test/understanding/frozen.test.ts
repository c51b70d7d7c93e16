import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { readCorpus, splitOf } from '../../src/understanding/corpus.js';

/**
 * The frozen test splits (ADR 0013, generalisation discipline): their content is pinned by the
 * hashes in frozen.sha256, and they must be exactly what the deterministic split of the sources
 * gives. Editing a frozen line, or moving one by hand, fails here. Adding corpus lines may add to
 * the test split (the split is by hash of the text); then update frozen.sha256 in the same commit
 * and say so, and never look at per-line results of the test split while tuning.
 */
const root = findProjectRoot();
const pinned = new Map(
  readFileSync(path.join(root, 'test/understanding/frozen.sha256'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [hash = '', file = ''] = line.split(/\s+/);
      return [file, hash] as const;
    }),
);
const sha256 = (file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(root, file)))
    .digest('hex');

describe('frozen test splits', () => {
  it('match their checked-in hashes', () => {
    expect(pinned.size).toBe(2);
    for (const [file, hash] of pinned) expect(sha256(file), file).toBe(hash);
  });

  it('are exactly the hash split of the corpus and of the golden set', () => {
    const corpus = readCorpus(path.join(root, 'training/corpus'));
    const expected = corpus
      .filter((line) => splitOf(line.text) === 'test')
      .map(({ source: _source, ...rest }) => JSON.stringify(rest));
    const written = readFileSync(path.join(root, 'training/split/test.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(written).toEqual(expected);
    const golden = readFileSync(path.join(root, 'test/golden/search.golden.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('//'))
      .map((line) => JSON.parse(line) as { text: string })
      .filter((row) => splitOf(row.text) === 'test')
      .map((row) => JSON.stringify(row));
    const goldenWritten = readFileSync(path.join(root, 'test/golden/split/test.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(goldenWritten).toEqual(golden);
  });

  it('hold about 15% of the data, so the figures on them mean something', () => {
    const corpus = readCorpus(path.join(root, 'training/corpus'));
    const test = corpus.filter((line) => splitOf(line.text) === 'test').length;
    expect(test / corpus.length).toBeGreaterThan(0.12);
    expect(test / corpus.length).toBeLessThan(0.18);
  });
});
