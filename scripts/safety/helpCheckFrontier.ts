/**
 * `npx tsx scripts/safety/helpCheckFrontier.ts`: what checks on help questions cost in crises
 * (docs/adr/0012-safety-net.md, session 10). Out of fold for the tuned setting, the check
 * thresholds the tuner's rule chooses (chooseCheck: the fewest train and dev help questions flagged
 * within the ordinary and near-miss budgets) when the recall floor lets 0, 1, 2, ... more crises go
 * than the tuned thresholds do, and at each the share of the dev kaarten's help questions
 * (readDevKaarten, never trained on; each scored by its fold's model) that a rule or a check flags.
 * Train and dev and the dev kaarten only: the frozen test, the unseen rounds, Hengelo and the apart
 * kaart are never read.
 */
import { trainingExamples } from './concernExamples.js';
import { readDevKaarten } from './helpQuestions.js';
import {
  chooseCheck,
  devKaartExamples,
  figures,
  helpFigures,
  pointsByOrigin,
  readingOf,
} from './tuneConcern.js';
import { tunedOutOfFold } from './tunedOutOfFold.js';
import { readTuningRecord } from './tuningRecord.js';

const tuning = readTuningRecord();
const examples = trainingExamples();
const dev = devKaartExamples(readDevKaarten);
const readings = new Map(
  [...examples, ...dev].map((example) => [example.key, readingOf(example.text)]),
);
const {
  points: corpus,
  help,
  devHelp,
} = pointsByOrigin(tunedOutOfFold(tuning, examples, dev), readings);
const crises = corpus.filter((p) => p.example.label === 'crisis').length;
const missedAtTuned = Math.round(crises * (1 - figures(corpus, tuning.thresholds).recall));
const pct = (x: number | undefined) => `${(100 * (x ?? 0)).toFixed(1)}%`;
console.log(
  '| crises given up | check (8+ / 3–7) | recall | near-miss checks | ordinary flagged | help nl / en | dev kaarten nl / en |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const more of [0, 1, 2, 3, 5, 8, 13, 20]) {
  // Just below (crises - missed) / crises, so that count of catches still keeps the floor.
  const floor = (crises - missedAtTuned - more) / crises - 1e-9;
  const check = chooseCheck(corpus, help, floor);
  const thresholds = { ...tuning.thresholds, ...check };
  const at = figures(corpus, thresholds);
  const helpAt = helpFigures(help, thresholds);
  const devAt = helpFigures(devHelp, thresholds);
  const flagged = (f: { checked: number; crisis: number } | undefined) =>
    pct((f?.checked ?? 0) + (f?.crisis ?? 0));
  console.log(
    `| ${more} | ${check.check} / ${check.checkShort} | ${pct(at.recall)} | ${pct(at.nearMissCheck)} | ${pct(at.ordinaryFlagged)} | ${flagged(helpAt['nl'])} / ${flagged(helpAt['en'])} | ${flagged(devAt['nl'])} / ${flagged(devAt['en'])} |`,
  );
}
