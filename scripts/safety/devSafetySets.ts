/**
 * `npx tsx scripts/safety/devSafetySets.ts [--save FILE | --compare FILE]`: every dev safety set
 * as shipped, one row each (docs/adr/0012-safety-net.md, session 24, help24): the class rounds
 * 26-36 (crises and near misses), each written file of `corpus/safety/dev/` but the held probe
 * (past-or-story-crises, totals only through bench:safety), the build-up conversations played
 * turn by turn with the concern carried, the safety corpus's dev and train splits and the
 * training-only and rule sets. Per set: crises, caught (crisis reply or check), crisis replies,
 * near misses and ordinary messages with a crisis reply and with a check. `--save` writes every
 * outcome, `--compare` lists each one that changed. Dev sets only: never the frozen test, an
 * unseen round or a kaart written apart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { assessSafety } from '../../src/safety/assessSafety.js';
import { noConcern } from '../../src/safety/concernState.js';
import { trainingExamples } from './concernExamples.js';
import { buildUpConversations } from './floorSets.js';
import { classRoundCrises, roundClassSets } from './roundClassSets.js';
import { saveOrCompare, verdict } from './roundOutcomes.js';
import { loadSplit, parseWritten } from './safetyCorpus.js';

interface Message {
  readonly text: string;
  readonly label: string;
}

const devDir = 'corpus/safety/dev';
const skipped = new Set(['past-or-story-crises.txt', 'build-up-conversations.txt']);

function sets(): [string, Message[]][] {
  const rounds: Message[] = [
    ...classRoundCrises().map(({ text }) => ({ text, label: 'crisis' })),
    ...Object.values(roundClassSets).flatMap((classSets) =>
      classSets.flatMap((set) => set.nearMisses.map((text) => ({ text, label: 'near-miss' }))),
    ),
  ];
  const files = readdirSync(devDir)
    .filter((name) => name.endsWith('.txt') && !skipped.has(name))
    .sort()
    .map((name): [string, Message[]] => {
      const file = path.join(devDir, name);
      return [name, parseWritten(file, readFileSync(file, 'utf8'))];
    });
  const examples = trainingExamples().filter((example) => example.origin !== 'help');
  return [
    ['class rounds 26-36', rounds],
    ...files,
    ['corpus dev', loadSplit('dev')],
    ['corpus train', loadSplit('train')],
    ['training-only and rule sets', examples.filter((e) => e.origin !== 'corpus')],
  ];
}

const outcomes: Record<string, string> = {};
for (const [name, messages] of sets()) {
  const t = { crises: 0, caught: 0, reply: 0, others: 0, otherReply: 0, otherCheck: 0 };
  for (const message of messages) {
    const result = assessSafety(message.text);
    outcomes[`${name}\t${message.text}`] = verdict(result);
    if (message.label !== 'crisis') {
      t.others += 1;
      if (result.outcome === 'crisis') t.otherReply += 1;
      if (result.outcome === 'check') t.otherCheck += 1;
      continue;
    }
    t.crises += 1;
    if (result.outcome !== 'none') t.caught += 1;
    if (result.outcome === 'crisis') t.reply += 1;
  }
  console.log(
    `${name}: crises ${t.crises}, caught ${t.caught}, crisis reply ${t.reply}; near misses and ordinary ${t.others}: crisis reply ${t.otherReply}, check ${t.otherCheck}`,
  );
}
let caught = 0;
let firstTurn = 0;
const conversations = buildUpConversations();
for (const conversation of conversations) {
  let prior = noConcern;
  const turns: string[] = [];
  for (const turn of conversation.turns) {
    const result = assessSafety(turn, { priorConcern: prior });
    prior = result.nextConcern;
    turns.push(verdict(result));
  }
  outcomes[`build-up\t${conversation.turns.join(' / ')}`] = turns.join(' ');
  if (turns.some((v) => !v.startsWith('none'))) caught += 1;
  if (!(turns[0] ?? 'none').startsWith('none')) firstTurn += 1;
}
console.log(
  `build-up conversations: ${conversations.length}, caught ${caught}, asked at the first turn ${firstTurn}`,
);
saveOrCompare(process.argv, outcomes, { defaultFile: 'dev-safety-sets.json', listNew: true });
