/**
 * `npx tsx scripts/safety/wrongLinesDev.ts [--list] [--in-sample]`: the dev crises caught with a
 * wrong line (docs/adr/0012-safety-net.md, session 24, lines24), each line a first message as
 * shipped: the crises of the class rounds 26-36, each written file of `corpus/safety/dev/` but the
 * held probe (past-or-story-crises) and the build-up conversations, and the corpus dev split;
 * `--in-sample` adds the corpus train split and the training-only and rule sets (reported, not
 * judged). Per set: crises, caught, crisis replies, wrong lines, the mean number of lines a crisis
 * reply shows; `--list` prints every crisis with a wrong line with its needed and shown lines, the
 * layer that decided (rule ids, or the model's kind heads) and the kind cues. Dev sets only: never
 * the frozen test, an unseen round, the held probe or a kaart written apart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { assessSafety, shippedConcernModel } from '../../src/safety/assessSafety.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { readKindCues } from '../../src/safety/kindCues.js';
import { normalise } from '../../src/safety/normalise.js';
import { trainingExamples } from './concernExamples.js';
import { rightLine } from './rightLine.js';
import { classRoundCrises } from './roundClassSets.js';
import { loadSplit, parseWritten } from './safetyCorpus.js';

interface Crisis {
  readonly text: string;
  readonly kinds: readonly CrisisKind[];
}

const devDir = 'corpus/safety/dev';
const skipped = new Set(['past-or-story-crises.txt', 'build-up-conversations.txt']);
const crisesOf = (records: readonly { text: string; label: string; kinds: readonly string[] }[]) =>
  records
    .filter((r) => r.label === 'crisis')
    .map((r) => ({ text: r.text, kinds: r.kinds as CrisisKind[] }));

function sets(): [string, Crisis[]][] {
  const files = readdirSync(devDir)
    .filter((name) => name.endsWith('.txt') && !skipped.has(name))
    .sort()
    .map((name): [string, Crisis[]] => {
      const file = path.join(devDir, name);
      return [name, crisesOf(parseWritten(file, readFileSync(file, 'utf8')))];
    });
  const inSample: [string, Crisis[]][] = process.argv.includes('--in-sample')
    ? [
        ['corpus train (in sample)', crisesOf(loadSplit('train'))],
        [
          'training-only and rule sets (in sample)',
          crisesOf(
            trainingExamples().filter((e) => e.origin === 'train-only' || e.origin === 'legacy'),
          ),
        ],
      ]
    : [];
  return [
    [
      'class rounds 26-36',
      classRoundCrises().map(({ text, kinds }) => ({ text, kinds: kinds as CrisisKind[] })),
    ],
    ...files,
    ['corpus dev', crisesOf(loadSplit('dev'))],
    ...inSample,
  ];
}

const list = process.argv.includes('--list');
const model = shippedConcernModel();
const short = (k: CrisisKind) => ({ danger: '112', suicide: '113', abuse: 'VT' })[k];
let totalWrong = 0;
for (const [name, crises] of sets()) {
  const t = { crises: crises.length, caught: 0, reply: 0, wrong: 0, replyLines: 0 };
  const listed: string[] = [];
  for (const crisis of crises) {
    const result = assessSafety(crisis.text);
    if (result.outcome === 'none') continue;
    t.caught += 1;
    const shown = result.lines.map((line) => line.kind);
    if (result.outcome === 'crisis') {
      t.reply += 1;
      t.replyLines += shown.length;
    }
    if (rightLine(result.outcome, crisis.kinds, shown)) continue;
    t.wrong += 1;
    if (!list) continue;
    const normalised = normalise(crisis.text);
    const heads = model.scoreNormalised(normalised);
    const e = result.explanation;
    listed.push(
      [
        `  need ${crisis.kinds.map(short).join('+')} shown ${shown.map(short).join(',')} (${result.outcome}, ${e.source}${e.ruleIds.length > 0 ? ` ${e.ruleIds.join(' ')}` : ''})`,
        `    heads d ${heads.kinds.danger.toFixed(2)} s ${heads.kinds.suicide.toFixed(2)} a ${heads.kinds.abuse.toFixed(2)} concern ${heads.concern.toFixed(2)} cues ${readKindCues(normalised).cues.join(',') || '-'}`,
        `    ${crisis.text}`,
      ].join('\n'),
    );
  }
  totalWrong += t.wrong;
  console.log(
    `${name}: crises ${t.crises}, caught ${t.caught}, crisis replies ${t.reply}, wrong lines ${t.wrong}, lines per crisis reply ${t.reply === 0 ? 'n/a' : (t.replyLines / t.reply).toFixed(2)}`,
  );
  for (const entry of listed) console.log(entry);
}
console.log(`wrong lines, all sets above: ${totalWrong}`);
