/**
 * `npx tsx scripts/safety/scoreWrittenFile.ts FILE [--model PATH] [--lines]`: how the safety check
 * (rules and concern model, each line as a first message) answers the lines of one file in the
 * written format (corpus/safety/README.md), per label and class. For a training-only round written
 * before it is trained on: scored with the model of the round before, its crises are words no model
 * has seen, so the figure says how far the word groups carry (docs/adr/0012-safety-net.md, tenth
 * round). Never point it at the frozen test, an unseen round or a kaart written apart. A file of
 * conversations ("@conversation KINDS", corpus/safety/dev/build-up-conversations.txt) is refused
 * with the script that plays them turn by turn: one turn alone is not what the file asks about.
 * A held probe (scripts/safety/heldProbes.ts) is scored, but `--lines` is refused on it.
 */
import { readFileSync } from 'node:fs';
import { assessSafety } from '../../src/safety/assessSafety.js';
import { loadConcernModel } from '../../src/safety/concernModel.js';
import { isConversationFormat } from './floorSets.js';
import { isHeldProbe } from './heldProbes.js';
import { isKeptApart } from './keptApart.js';
import { parseWritten } from './safetyCorpus.js';

const file = process.argv[2];
if (file === undefined || isKeptApart(file)) {
  console.error('usage: scoreWrittenFile.ts corpus/safety/train-only/FILE.txt [--model PATH]');
  process.exit(1);
}
const content = readFileSync(file, 'utf8');
if (isConversationFormat(content)) {
  console.error(
    `${file} holds conversations ("@conversation KINDS"), not lines in the written format: a turn is read after the turns before it.\n` +
      'Score them turn by turn, as the tuner does, with: npx tsx scripts/safety/floorSetsAtTuning.ts --lines',
  );
  process.exit(1);
}
if (process.argv.includes('--lines') && isHeldProbe(file)) {
  console.error(
    `${file} is a held probe (scripts/safety/heldProbes.ts): it is scored by label and class only, its missed lines are not listed.`,
  );
  process.exit(1);
}
const modelAt = process.argv.indexOf('--model');
const model = loadConcernModel(modelAt === -1 ? undefined : process.argv[modelAt + 1]);
const showLines = process.argv.includes('--lines');
const rows = new Map<string, { n: number; flagged: number; firm: number; crisis: number }>();
for (const record of parseWritten(file, content)) {
  const result = assessSafety(record.text, { model });
  const firm = result.outcome === 'crisis' || result.checkStrength === 'firm';
  for (const group of [`${record.label} (all)`, `${record.label}/${record.class}`]) {
    const row = rows.get(group) ?? { n: 0, flagged: 0, firm: 0, crisis: 0 };
    row.n += 1;
    if (result.outcome !== 'none') row.flagged += 1;
    if (firm) row.firm += 1;
    if (result.outcome === 'crisis') row.crisis += 1;
    rows.set(group, row);
  }
  const wrong = record.label === 'crisis' ? result.outcome === 'none' : result.outcome !== 'none';
  if (showLines && wrong) {
    console.log(
      `${record.label === 'crisis' ? 'MISS ' : 'FLAG '} ${result.checkStrength ?? result.outcome} c=${result.explanation.concern.toFixed(2)} ${record.class} | ${record.text}`,
    );
  }
}
console.log(
  'group                                   lines  crisis-or-check  firm-or-crisis  crisis',
);
for (const [group, { n, flagged, firm, crisis }] of [...rows].sort((a, b) =>
  a[0].localeCompare(b[0]),
)) {
  console.log(
    `${group.padEnd(40)} ${String(n).padStart(5)}  ${String(flagged).padStart(15)}  ${String(firm).padStart(14)}  ${String(crisis).padStart(6)}`,
  );
}
