/**
 * `npx tsx scripts/safety/lineAudit.ts [--list] [--file F] [--save FILE | --compare FILE]`: which lines the
 * safety check as shipped shows on the dev sets that carry the kinds a crisis needs (each line a
 * first message): the crises of the class rounds 26 to 36 (`classRoundCrises`) with the near
 * misses of the class sets 26 to 33, the dev crisis probe (`corpus/safety/dev/crisis-classes-
 * probe.txt`) and the safety corpus's train and dev splits with the training-only rounds and the
 * rule sets (`trainingExamples`, in sample). Per set: crises caught, crisis replies, wrong or
 * incomplete lines (`rightLine`), checks whose first line is not the needed one (`firstLineRight`),
 * crisis replies with a kind the message does not need, and crisis replies on near misses and
 * ordinary messages (docs/adr/0012-safety-net.md, "Which lines a caught crisis gets"); `--file F`
 * adds a file in the written format (a training-only round scored before it is trained on). `--list`
 * prints every crisis with a wrong line, a check with another first line, or a needless kind.
 * `--save` writes every outcome with its lines, `--compare` lists each one that changed. Dev sets
 * only: never the frozen test, an unseen round or a kaart written apart.
 */
import { readFileSync } from 'node:fs';
import { assessSafety } from '../../src/safety/assessSafety.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { trainingExamples } from './concernExamples.js';
import { roundClassSets, classRoundCrises } from './roundClassSets.js';
import { verdict, saveOrCompare } from './roundOutcomes.js';
import { firstLineRight, rightLine } from './rightLine.js';
import { parseWritten } from './safetyCorpus.js';

interface Message {
  readonly text: string;
  readonly label: string;
  readonly kinds: readonly CrisisKind[];
}

const probeFile = 'corpus/safety/dev/crisis-classes-probe.txt';

function writtenFile(file: string): Message[] {
  return parseWritten(file, readFileSync(file, 'utf8')).map((record) => ({
    text: record.text,
    label: record.label,
    kinds: record.kinds as CrisisKind[],
  }));
}

/** `--file F`: a further file in the written format (a training-only round before training). */
const extraAt = process.argv.indexOf('--file');
const extraFile = extraAt === -1 ? undefined : process.argv[extraAt + 1];

function sets(): [string, Message[]][] {
  const rounds: Message[] = [
    ...classRoundCrises().map(({ text, kinds }) => ({
      text,
      label: 'crisis',
      kinds: kinds as CrisisKind[],
    })),
    ...Object.values(roundClassSets).flatMap((classSets) =>
      classSets.flatMap((set) =>
        set.nearMisses.map((text) => ({ text, label: 'near-miss', kinds: [] })),
      ),
    ),
  ];
  const probe = writtenFile(probeFile);
  const examples = trainingExamples().filter((example) => example.origin !== 'help');
  const pick = (origins: readonly string[]) =>
    examples
      .filter((example) => origins.includes(example.origin))
      .map((example) => ({
        text: example.text,
        label: example.label,
        kinds: example.kinds as CrisisKind[],
      }));
  return [
    ['class rounds 26-36', rounds],
    ['dev crisis probe', probe],
    ['train+dev (in sample)', pick(['corpus'])],
    ['training-only and rule sets', pick(['train-only', 'legacy'])],
    ...(extraFile === undefined
      ? []
      : [[extraFile, writtenFile(extraFile)] as [string, Message[]]]),
  ];
}

const list = process.argv.includes('--list');
const outcomes: Record<string, string> = {};
for (const [name, messages] of sets()) {
  const t = { crises: 0, caught: 0, reply: 0, wrong: 0, otherFirst: 0, needless: 0, nearReply: 0 };
  for (const message of messages) {
    const result = assessSafety(message.text);
    const shown = result.lines.map((line) => line.kind);
    outcomes[`${name}\t${message.text}`] =
      `${verdict(result)} ${result.kinds.join('+')} ${shown.join('>')}`;
    if (message.label !== 'crisis') {
      if (result.outcome === 'crisis') t.nearReply += 1;
      continue;
    }
    t.crises += 1;
    if (result.outcome === 'none') continue;
    t.caught += 1;
    const why = `${verdict(result)} ${result.explanation.ruleIds.join(',') || result.explanation.source} need=${message.kinds.join('+')} shown=${shown.join('>')} | ${message.text}`;
    if (result.outcome === 'crisis') t.reply += 1;
    if (!rightLine(result.outcome, message.kinds, shown)) {
      t.wrong += 1;
      if (list) console.log(`LINE  ${name}: ${why}`);
    } else if (result.outcome === 'check' && !firstLineRight(message.kinds, shown)) {
      t.otherFirst += 1;
      if (list) console.log(`FIRST ${name}: ${why}`);
    } else if (
      result.outcome === 'crisis' &&
      result.kinds.some((kind) => !message.kinds.includes(kind))
    ) {
      t.needless += 1;
      if (list) console.log(`EXTRA ${name}: ${why}`);
    }
  }
  console.log(
    `${name}: crises ${t.crises}, caught ${t.caught}, crisis reply ${t.reply}, wrong line ${t.wrong}, check with another first line ${t.otherFirst}, needless kind ${t.needless}; near misses and ordinary: crisis reply ${t.nearReply}`,
  );
}
saveOrCompare(process.argv, outcomes, { defaultFile: 'line-audit.json', listNew: true });
