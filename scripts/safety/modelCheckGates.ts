/**
 * `npx tsx scripts/safety/modelCheckGates.ts [--lines]`: where the gates on a model-only check
 * (decideSafety's readings from the text, listed in `modelCheckGates` below) read a message, on
 * every dev set (docs/adr/0012-safety-net.md, session 19, ordinary23). A gate reads the text
 * alone, so a crisis it never reads can lose nothing under any model, the shipped one or a fold's:
 * the crises read are listed one by one and must be none, or each answered by a rule. The other
 * labels say how many ordinary messages and near misses a gate could spare a check. Dev sets only:
 * train+dev, the training-only rounds and rule sets, the class rounds 26 to 36, the very short
 * crises, the build-up conversations (every turn), the dev crisis probe, the ordinary new-styles
 * set and the dev kaarten' help questions; never the frozen test, an unseen round or a kaart
 * written apart. Listed: gates19's mould-and-damp gate (G1). ordinary23's three (a plant or a
 * device killed, a neighbour's nuisance, twice), gates19's neighbour gate and gates19b's gates for
 * loneliness and a relative's use did not meet their rules and were reverted; a candidate adds its
 * reading to the list. The dev crisis sets hold few crises told beside an everyday class's words,
 * so a gate also needs a probe of such crises of its own (ADR 0012, E2b).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tellsMouldOnly } from '../../src/safety/mouldDamp.js';
import { normalise } from '../../src/safety/normalise.js';
import { shortCrises } from '../../test/safety/rules/veryShortMessagePhrasings.js';
import { trainingExamples } from './concernExamples.js';
import { buildUpConversations } from './floorSets.js';
import { devKaartQuestions, readDevKaarten } from './helpQuestions.js';
import { classRoundCrises, roundClassSets } from './roundClassSets.js';
import { corpusRoot, parseWritten } from './safetyCorpus.js';

const showLines = process.argv.includes('--lines');

/** The gates on a model-only check, each a reading of the normalised text. */
const modelCheckGates: readonly { name: string; reads: (normalised: string) => boolean }[] = [
  { name: 'mould', reads: tellsMouldOnly },
];

interface Message {
  readonly set: string;
  readonly label: string;
  readonly text: string;
}

const devFile = (name: string): Message[] => {
  const file = path.join(corpusRoot, 'dev', name);
  return parseWritten(name, readFileSync(file, 'utf8')).map((record) => ({
    set: `dev/${name}`,
    label: record.label,
    text: record.text,
  }));
};

const messages: Message[] = [
  ...trainingExamples().map((example) => ({
    set: `training:${example.origin}`,
    label: example.label,
    text: example.text,
  })),
  ...classRoundCrises().map(({ round, text }) => ({
    set: `class round ${round}`,
    label: 'crisis',
    text,
  })),
  ...Object.entries(roundClassSets).flatMap(([round, sets]) =>
    sets.flatMap((set) =>
      set.nearMisses.map((text) => ({ set: `class round ${round}`, label: 'near-miss', text })),
    ),
  ),
  ...shortCrises.map(({ text }) => ({ set: 'short crises', label: 'crisis', text })),
  ...buildUpConversations().flatMap((conversation) =>
    conversation.turns.map((text) => ({ set: 'conversations', label: 'crisis', text })),
  ),
  ...devFile('crisis-classes-probe.txt'),
  ...devFile('ordinary-new-styles.txt'),
  // Biezendijk, Hazelbrink, Tichelhorst, Korfhuizen, Slikkerwaard, Rietmonde and Touwhoven are dev
  // kaarten since their writers registered them in sessions 19, 20, 21, 22, 23, 24 and 25.
  ...devKaartQuestions(readDevKaarten).map((question) => ({
    set: `dev kaarten ${question.lang}`,
    label: 'ordinary',
    text: question.text,
  })),
];

const rows = new Map<string, { n: number; read: number }>();
for (const message of messages) {
  const normalised = normalise(message.text);
  for (const gate of modelCheckGates) {
    const key = `${gate.name}\t${message.set}\t${message.label}`;
    const row = rows.get(key) ?? { n: 0, read: 0 };
    row.n += 1;
    const read = gate.reads(normalised);
    if (read) row.read += 1;
    rows.set(key, row);
    if (read && (message.label === 'crisis' || showLines)) {
      console.log(`READ ${gate.name} ${message.set} ${message.label} | ${message.text}`);
    }
  }
}
for (const [key, { n, read }] of rows) {
  const [gate, set, label] = key.split('\t');
  console.log(
    `${(gate ?? '').padEnd(14)} ${(set ?? '').padEnd(42)} ${(label ?? '').padEnd(9)} ${String(n).padStart(5)}  read ${read}`,
  );
}
