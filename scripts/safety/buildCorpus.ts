/**
 * `npm run corpus:safety`: turns the written messages (corpus/safety/written/*.txt) into the
 * train, dev and frozen test splits, and the unseen round (corpus/safety/unseen/*.txt) into
 * unseen.jsonl. Deterministic: the same sources give the same files byte for byte.
 *
 * Duplicates (the same text after normalisation) are kept once; a duplicate with different labels
 * is an error. The split comes from a hash of the normalised text (safetyCorpus.ts splitOf), so
 * a message can never sit in two splits.
 *
 * `--refresh-help` also rewrites the safety net's pinned help questions
 * (corpus/safety/help-questions.jsonl) from the understanding corpus's and the golden set's current
 * train and dev splits and prints what came in and went out: the first step of a safety round
 * (then `npm run tune:safety`, `npm run train:safety`, judged by the safety rules; ADR 0012, "The
 * help questions pinned"). Without it the snapshot is left as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { splitHelpQuestions } from './helpQuestions.js';
import { helpSnapshotBody, helpSnapshotFile, readHelpSnapshot } from './helpSnapshot.js';
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

/** Rewrites the help-question snapshot from the splits; says how many came in and went out. */
function refreshHelpSnapshot(): void {
  const before = new Set(
    existsSync(helpSnapshotFile) ? readHelpSnapshot().map((question) => question.key) : [],
  );
  const questions = splitHelpQuestions();
  const after = new Set(questions.map((question) => question.key));
  writeFileSync(helpSnapshotFile, helpSnapshotBody(questions));
  const bySet = new Map<string, number>();
  for (const question of questions) bySet.set(question.set, (bySet.get(question.set) ?? 0) + 1);
  console.log(
    `help questions: ${questions.length} (${[...bySet].map(([set, n]) => `${set} ${n}`).join(', ')}); ` +
      `${[...after].filter((key) => !before.has(key)).length} new, ` +
      `${[...before].filter((key) => !after.has(key)).length} gone; ` +
      'now npm run tune:safety and npm run train:safety, judged by the safety rules',
  );
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
  if (process.argv.includes('--refresh-help')) refreshHelpSnapshot();
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main();
}
