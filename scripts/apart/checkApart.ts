/**
 * `npm run check:apart -- <file>…`: the near-copy check a writer runs on a new kaart's
 * questions.jsonl and a new unseen round before anything is scored (training/README.md and
 * corpus/safety/README.md), or on a training-only round or corpus file (a file already in a set is
 * compared with the others, never its own copy). Each new line is compared with every set in
 * `sourceSets`; the writer's flagged lines are printed with the kind of match and the set's name (the matched line only for a
 * set that is trained or tuned on: never of a frozen split, an earlier round or an apart kaart).
 * Exits 1 when a line is flagged, so it can gate; 2 when a file cannot be read.
 *
 * `--count-only` prints only the counts, not even the writer's lines: for whoever runs it on a set
 * they must not read (a lead or helper checking a writer's files).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { countBySet, describeFlags, flagLines } from './flagLines.js';
import { sourceSets } from './sourceSets.js';
import { UnreadableFile, writerLines } from './writerLines.js';

const root = findProjectRoot();
const args = process.argv.slice(2);
const countOnly = args.includes('--count-only');
const files = args.filter((arg) => arg !== '--count-only');
// npm runs scripts from the package root; a path is meant from where the writer typed it.
const from = process.env.INIT_CWD ?? process.cwd();

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (files.length === 0 || files.some((file) => file.startsWith('--'))) {
  fail(
    'Usage: npm run check:apart -- [--count-only] <kaart questions.jsonl | round-N.txt or another written-format .txt | corpus .txt>…',
  );
}
const resolved = files.map((file) => path.resolve(from, file));
const shown = (file: string) =>
  file.startsWith(root + path.sep) ? path.relative(root, file) : file;
for (const [i, file] of resolved.entries()) {
  if (!existsSync(file)) fail(`${files[i] ?? file}: no such file`);
}

let lines;
try {
  lines = resolved.flatMap((file) => writerLines(file, shown(file)));
} catch (error) {
  if (error instanceof UnreadableFile) fail(error.message);
  throw error;
}
const flagged = flagLines(lines, sourceSets(root, new Set(resolved)));

if (!countOnly) for (const row of describeFlags(flagged)) console.log(row);
for (const file of resolved) {
  const shownAs = shown(file);
  const own = (where: string) => where.startsWith(`${shownAs}:`);
  const total = lines.filter((line) => own(line.where)).length;
  const hits = flagged.filter(({ line }) => own(line.where)).length;
  console.log(`${shownAs}: ${hits} of ${total} lines flagged`);
}
for (const [set, count] of countBySet(flagged)) console.log(`  ${set}: ${count}`);
if (flagged.length > 0) process.exitCode = 1;
