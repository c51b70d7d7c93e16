/**
 * `npx tsx scripts/safety/dumpOutOfFold.ts out.jsonl`: the out-of-fold scores of the tuned setting,
 * one JSON line per message (text, label, origin, class, words, whether a rule answers or asks, the
 * concern, the heads and the strongest features), for the corpus's train and dev messages, the
 * training help questions and the help questions of every dev kaart (readDevKaarten, never trained
 * on; each scored by the model of its fold). For analysis of thresholds and readers without
 * retraining (docs/adr/0012-safety-net.md, sixteenth round). Never reads the frozen test, an unseen
 * round, Hengelo or the apart kaart.
 */
import { writeFileSync } from 'node:fs';
import { detectCrisisNormalised, ruleAsks } from '../../src/safety/detectCrisis.js';
import { normalise, wordCount } from '../../src/safety/normalise.js';
import { trainingExamples, type TrainingExample } from './concernExamples.js';
import { outOfFold } from './crossValidation.js';
import { devKaartQuestions, readDevKaarten } from './helpQuestions.js';
import { readTuningRecord } from './tuningRecord.js';

const target = process.argv[2];
if (target === undefined) throw new Error('usage: dumpOutOfFold.ts out.jsonl');
const tuning = readTuningRecord();
const { l2, nonCrisisWeight, helpWeight, letterGroupValue, epochs } = tuning.chosen;
const examples = trainingExamples();
const dev: TrainingExample[] = devKaartQuestions(readDevKaarten).map((q) => ({
  key: q.key,
  text: q.text,
  label: 'ordinary',
  kinds: [],
  origin: 'dev-kaart',
  class: `${q.set}-${q.lang}`,
}));
const results = outOfFold(
  examples,
  [{ l2, nonCrisisWeight, helpWeight, letterGroupValue }],
  [epochs],
  dev,
);
const list = [...results.values()][0] ?? [];
const out = list.map(({ example, score }) => {
  const n = normalise(example.text);
  const rules = detectCrisisNormalised(n);
  return JSON.stringify({
    key: example.key,
    text: example.text,
    label: example.label,
    kinds: example.kinds,
    origin: example.origin,
    class: example.class,
    words: wordCount(n),
    ruleCrisis: rules.isCrisis,
    ruleAsks: ruleAsks(rules).length > 0,
    concern: score.concern,
    crisis: score.crisis,
    k: score.kinds,
    strongest: score.strongest,
  });
});
writeFileSync(target, `${out.join('\n')}\n`);
console.log(`${list.length} messages written to ${target}`);
