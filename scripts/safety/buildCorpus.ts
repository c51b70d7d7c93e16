/**
 * `npm run corpus:safety`: turns the written messages (corpus/safety/written/*.txt) into the
 * train, dev and frozen test splits, and the unseen round (corpus/safety/unseen/*.txt) into
 * unseen.jsonl. Deterministic: the same sources give the same files byte for byte.
 *
 * Duplicates (the same text after normalisation) are kept once; a duplicate with different labels
 * is an error. The split comes from a hash of the normalised text (safetyCorpus.ts splitOf), so
 * a message can never sit in two splits.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WijkwijzerError } from '../../src/shared/errors.js';
import {
  frozenHashFile,
  parseWritten,
  recordLine,
  splitFile,
  splitNames,
  splitOf,
  unseenDir,
  unseenFile,
  writtenDir,
  type CorpusRecord,
  type SplitName,
} from './safetyCorpus.js';

function readDir(dir: string): CorpusRecord[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => parseWritten(name, readFileSync(path.join(dir, name), 'utf8')));
}

function deduplicate(records: readonly CorpusRecord[]): { kept: CorpusRecord[]; dropped: number } {
  const byKey = new Map<string, CorpusRecord>();
  let dropped = 0;
  for (const record of records) {
    const earlier = byKey.get(record.key);
    if (earlier === undefined) {
      byKey.set(record.key, record);
      continue;
    }
    dropped += 1;
    if (earlier.label !== record.label || earlier.kinds.join() !== record.kinds.join()) {
      throw new WijkwijzerError('WW-9202', {
        detail: { source: record.source, problem: 'duplicate with other labels', key: record.key },
      });
    }
  }
  return { kept: [...byKey.values()], dropped };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function buildSplits(): Record<SplitName, CorpusRecord[]> {
  const { kept } = deduplicate(readDir(writtenDir));
  const splits: Record<SplitName, CorpusRecord[]> = { train: [], dev: [], test: [] };
  for (const record of kept) splits[splitOf(record.key)].push(record);
  return splits;
}

function main(): void {
  const written = readDir(writtenDir);
  const { kept, dropped } = deduplicate(written);
  const splits: Record<SplitName, CorpusRecord[]> = { train: [], dev: [], test: [] };
  for (const record of kept) splits[splitOf(record.key)].push(record);
  mkdirSync(path.dirname(splitFile('train')), { recursive: true });
  for (const split of splitNames) {
    const body = splits[split].map((record) => `${recordLine(record)}\n`).join('');
    writeFileSync(splitFile(split), body);
    if (split === 'test' && process.argv.includes('--refreeze')) {
      writeFileSync(frozenHashFile, `${sha256(body)}  test.jsonl\n`);
    }
  }

  const seen = new Set(kept.map((record) => record.key));
  const unseen = deduplicate(readDir(unseenDir)).kept.filter((record) => !seen.has(record.key));
  writeFileSync(unseenFile, unseen.map((record) => `${recordLine(record)}\n`).join(''));

  const count = (records: readonly CorpusRecord[], label: string) =>
    records.filter((record) => record.label === label).length;
  console.log(`written: ${written.length} lines, ${dropped} duplicates dropped`);
  for (const split of [...splitNames, 'unseen'] as const) {
    const records = split === 'unseen' ? unseen : splits[split];
    console.log(
      `${split.padEnd(6)} ${String(records.length).padStart(5)}  crisis ${count(records, 'crisis')}, near-miss ${count(records, 'near-miss')}, ordinary ${count(records, 'ordinary')}`,
    );
  }
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main();
}
