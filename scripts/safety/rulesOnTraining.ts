/**
 * `npx tsx scripts/safety/rulesOnTraining.ts [--save before.json | --compare before.json]`: what
 * the rules answer on every training message (train, dev, the training-only rounds and the rule
 * sets; never the frozen test or the unseen rounds). For writing guards: `--compare` lists every
 * crisis a guard no longer catches (LOST) and every one a rule now catches that none did before
 * (GAINED), every near miss or ordinary question the rules still answer (ALARM) and every one they
 * no longer answer (CLEARED), and each rule-made crisis reply without the right line (the model may
 * still add the one behind 112).
 * A crisis a guard for ambiguous words lowered to a rule check is listed as ASKS, a non-crisis a
 * rule asks about as CHECK (docs/adr/0012-safety-net.md, tenth round).
 * `--dev-sets` adds the dev sets no model trains on (session 19, a danger that is over): the class
 * rounds' crises and near misses, the files of corpus/safety/dev in the written format (the crisis
 * probe, the everyday-words crises, the ordinary new styles) and every turn of the build-up
 * conversations, each turn labelled with its conversation's kinds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { linesFor } from '../../src/safety/assessSafety.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { detectCrisis } from '../../src/safety/detectCrisis.js';
import { rightLine } from './rightLine.js';
import { trainingExamples } from './concernExamples.js';
import { devSetExamples } from './devSetExamples.js';

const examples = [
  ...trainingExamples(),
  ...(process.argv.includes('--dev-sets') ? devSetExamples() : []),
];
const fired = Object.fromEntries(
  examples.map((example) => [example.text, detectCrisis(example.text).ruleIds.join(',')]),
);
const saveAt = process.argv.indexOf('--save');
if (saveAt !== -1) writeFileSync(process.argv[saveAt + 1] ?? 'rules.json', JSON.stringify(fired));
const compareAt = process.argv.indexOf('--compare');
const before =
  compareAt === -1
    ? {}
    : (JSON.parse(readFileSync(process.argv[compareAt + 1] ?? '', 'utf8')) as Record<
        string,
        string
      >);
let lost = 0;
let alarms = 0;
let lowered = 0;
let asksOnNonCrises = 0;
let gained = 0;
let cleared = 0;
for (const example of examples) {
  const now = fired[example.text] ?? '';
  const was = before[example.text];
  const rules = detectCrisis(example.text);
  // A message the saved run did not have (was undefined) is neither a gain nor a loss.
  if (example.label === 'crisis' && was === '' && now !== '') {
    gained += 1;
    console.log(`GAINED ${example.origin}/${example.class} ${now} | ${example.text}`);
  }
  if (example.label !== 'crisis' && was !== undefined && was !== '' && now === '') {
    cleared += 1;
    console.log(`CLEARED ${example.origin}/${example.class} ${was} | ${example.text}`);
  }
  if (example.label === 'crisis' && was !== undefined && was !== '' && now === '') {
    // A rule that asks (a guard for ambiguous words lowered it to a check) still shows every line.
    const asks = rules.isCrisis ? '' : rules.askRuleIds.join(',');
    if (asks === '') lost += 1;
    else lowered += 1;
    console.log(
      `${asks === '' ? 'LOST' : 'ASKS'} ${example.origin}/${example.class} ${was} | ${example.text}`,
    );
  }
  const shown = linesFor(rules.kinds).map((line) => line.kind);
  if (
    example.label === 'crisis' &&
    rules.isCrisis &&
    !rightLine('crisis', example.kinds as CrisisKind[], shown)
  ) {
    console.log(
      `LINE ${example.origin}/${example.class} ${now} need=${example.kinds.join('+')} | ${example.text}`,
    );
  }
  if (example.label !== 'crisis' && now !== '') {
    alarms += 1;
    console.log(`ALARM ${example.origin}/${example.class} ${now} | ${example.text}`);
  }
  if (example.label !== 'crisis' && !rules.isCrisis && rules.askRuleIds.length > 0) {
    asksOnNonCrises += 1;
    console.log(
      `CHECK ${example.origin}/${example.class} ${rules.askRuleIds.join(',')} | ${example.text}`,
    );
  }
}
console.log(
  `${lost} crises no longer caught by a rule, ${lowered} lowered to a rule check; ${alarms} rule alarms on non-crises, ${asksOnNonCrises} rule checks`,
);
if (compareAt !== -1)
  console.log(`${gained} crises newly caught by a rule, ${cleared} rule alarms on non-crises gone`);
