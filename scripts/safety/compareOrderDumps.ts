/**
 * `npx tsx scripts/safety/compareOrderDumps.ts BASE.json [CANDIDATE.json]`: reads the out-of-fold
 * dumps of `orderSensitivity.ts N --dev-kaarten --probe FILE --dump F` and prints, per training
 * order and at the shipped thresholds (models/safety-concern.tuning.json), what a corpus round is
 * judged on (docs/adr/0012-safety-net.md, "New crisis classes as training lines"): crises of train
 * and dev missed, near misses flagged and given a model crisis reply, help questions flagged, the
 * dev kaarten' questions flagged (the twelve and Kuipersveld apart, every kaart's Dutch pooled and
 * Smidsbroek apart), and the probe set's crises
 * caught (a rule or the model), caught by the model alone, caught firmly, and its near misses
 * flagged. Dev only: the dumps hold no frozen or unseen line.
 */
import { readFileSync } from 'node:fs';
import { detectCrisisNormalised, ruleAsks } from '../../src/safety/detectCrisis.js';
import { normalise, wordCount } from '../../src/safety/normalise.js';
import { readOrderDump, type OrderDumpPoint } from './orderDump.js';
import { readTuningRecord } from './tuningRecord.js';
import { trainingExamples } from './concernExamples.js';
import { devKaartQuestions, readDevKaarten } from './helpQuestions.js';
import { parseWritten } from './safetyCorpus.js';

type Scored = OrderDumpPoint;
const [baseFile, candidateFile] = process.argv.slice(2);
const probeFile = 'corpus/safety/dev/crisis-classes-probe.txt';
if (baseFile === undefined) {
  console.error('usage: compareOrderDumps.ts BASE.json [CANDIDATE.json]');
  process.exit(1);
}
const { thresholds } = readTuningRecord();
const texts = new Map<string, string>();
for (const e of trainingExamples()) texts.set(e.key, e.text);
for (const q of devKaartQuestions(readDevKaarten)) texts.set(q.key, q.text);
const ordinaryProbeFile = 'corpus/safety/dev/ordinary-new-styles.txt';
for (const file of [probeFile, ordinaryProbeFile]) {
  for (const r of parseWritten(file, readFileSync(file, 'utf8'))) texts.set(r.key, r.text);
}
const reading = new Map<string, { crisis: boolean; asks: boolean; words: number }>();
const read = (key: string) => {
  const known = reading.get(key);
  if (known !== undefined) return known;
  const normalised = normalise(texts.get(key) ?? '');
  const rules = detectCrisisNormalised(normalised);
  const value = {
    crisis: rules.isCrisis,
    asks: ruleAsks(rules).length > 0,
    words: wordCount(normalised),
  };
  reading.set(key, value);
  return value;
};
const over = (p: Scored, long: number, short: number) => {
  const r = read(p.key);
  return r.words >= 3 && p.concern >= (r.words >= 8 ? long : short);
};
const flagged = (p: Scored) =>
  read(p.key).crisis || read(p.key).asks || over(p, thresholds.check, thresholds.checkShort);
const firm = (p: Scored) =>
  read(p.key).crisis || over(p, thresholds.firmCheck, thresholds.firmCheckShort);

const summarise = (points: readonly Scored[]) => {
  const of = (origin: string, label?: string) =>
    points.filter((p) => p.origin === origin && (label === undefined || p.label === label));
  const kaart = points.filter((p) => p.origin === 'dev-kaart' && !p.kaart?.startsWith('probe'));
  const twelve = kaart.filter((p) => p.kaart !== 'kuipersveld');
  const kuipers = kaart.filter((p) => p.kaart === 'kuipersveld');
  const probe = points.filter((p) => p.kaart === 'probe');
  const probeCrises = probe.filter((p) => p.label === 'crisis');
  const probeNear = probe.filter((p) => p.label !== 'crisis');
  const probeOrdinary = points.filter((p) => p.kaart === 'probe-ordinary');
  const count = (list: readonly Scored[], test: (p: Scored) => boolean) => list.filter(test).length;
  const near = of('corpus', 'near-miss');
  return {
    missed: count(of('corpus', 'crisis'), (p) => !flagged(p)),
    nearFlagged: count(near, flagged),
    nearModelCrisis: count(near, (p) => p.concern >= (thresholds.crisis ?? Infinity)),
    help: count(of('help'), flagged),
    twelve: `${count(twelve, flagged)}/${twelve.length}`,
    twelveNl: count(
      twelve.filter((p) => p.lang !== 'en'),
      flagged,
    ),
    twelveEn: count(
      twelve.filter((p) => p.lang === 'en'),
      flagged,
    ),
    kuipersveld: `${count(kuipers, flagged)}/${kuipers.length}`,
    // Every dev kaart's Dutch questions pooled, and Smidsbroek (a dev kaart since session 17) apart,
    // so figures compare with the sessions before it joined.
    kaartenNl: `${count(
      kaart.filter((p) => p.lang !== 'en'),
      flagged,
    )}/${kaart.filter((p) => p.lang !== 'en').length}`,
    smidsbroek: `${count(
      kaart.filter((p) => p.kaart === 'smidsbroek'),
      flagged,
    )}/${kaart.filter((p) => p.kaart === 'smidsbroek').length}`,
    probeCaught: `${count(probeCrises, flagged)}/${probeCrises.length}`,
    probeModel: count(probeCrises, (p) => over(p, thresholds.check, thresholds.checkShort)),
    probeFirm: count(probeCrises, firm),
    probeNear: `${count(probeNear, flagged)}/${probeNear.length}`,
    probeNearFirm: count(probeNear, firm),
    ...(probeOrdinary.length === 0
      ? {}
      : {
          ordinaryProbe: `${count(probeOrdinary, flagged)}/${probeOrdinary.length}`,
          ordinaryProbeFirm: count(probeOrdinary, firm),
        }),
  };
};
const base = readOrderDump(baseFile);
const candidate = candidateFile === undefined ? [] : readOrderDump(candidateFile);
console.log(
  `thresholds: check ${thresholds.check} / ${thresholds.checkShort}, firm ${thresholds.firmCheck} / ${thresholds.firmCheckShort}, crisis ${thresholds.crisis}`,
);
// A dump of `--first-order K` has no points before order K (null in the JSON).
base.forEach((points, order) => {
  if (points === null) return;
  console.log(`order ${order} base      ${JSON.stringify(summarise(points))}`);
  const other = candidate[order];
  if (other !== undefined && other !== null)
    console.log(`order ${order} candidate ${JSON.stringify(summarise(other))}`);
});
