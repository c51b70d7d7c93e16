/**
 * `npx tsx scripts/safety/kaartFrontier.ts DUMP.json MISSED [--kaarten a,b] [--short-gap G]`: reads
 * an out-of-fold dump of `orderSensitivity.ts N --dev-kaarten --dump F` and prints, per training
 * order, the dev kaarten' Dutch questions flagged at the highest check threshold that keeps the
 * train+dev crises missed at most MISSED (one number, or one per order: `7,9,8`), the short band
 * G (default 0.01) above the long one, as the tuner's recall floor would set it. Two trees trained
 * on different lines are compared at the same recall, not at one tree's thresholds
 * (docs/adr/0012-safety-net.md, session 17, branch ordinary17). `--kaarten` counts only those
 * kaarten (the held-out half of a `--train-kaarten` run). Dev only: a dump holds no frozen or
 * unseen line.
 */
import { readFileSync } from 'node:fs';
import { detectCrisisNormalised, ruleAsks } from '../../src/safety/detectCrisis.js';
import { normalise, wordCount } from '../../src/safety/normalise.js';
import { trainingExamples } from './concernExamples.js';
import { devKaartQuestions, readDevKaarten } from './helpQuestions.js';
import { readOrderDump, type OrderDumpPoint } from './orderDump.js';
import { parseWritten } from './safetyCorpus.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const [dumpFile, missedArg] = args;
if (dumpFile === undefined || missedArg === undefined) {
  console.error('usage: kaartFrontier.ts DUMP.json MISSED[,MISSED...] [--kaarten a,b]');
  process.exit(1);
}
const missedAllowed = missedArg.split(',').map(Number);
const kaarten = (option('--kaarten') ?? '').split(',').filter((name) => name !== '');
const shortGap = Number(option('--short-gap') ?? '0.01');

const texts = new Map<string, string>();
for (const e of trainingExamples()) texts.set(e.key, e.text);
for (const q of devKaartQuestions(readDevKaarten)) texts.set(q.key, q.text);
for (const file of [
  'corpus/safety/dev/crisis-classes-probe.txt',
  'corpus/safety/dev/ordinary-new-styles.txt',
]) {
  for (const r of parseWritten(file, readFileSync(file, 'utf8'))) texts.set(r.key, r.text);
}
const readings = new Map<string, { byRules: boolean; words: number }>();
const read = (key: string) => {
  const known = readings.get(key);
  if (known !== undefined) return known;
  const normalised = normalise(texts.get(key) ?? '');
  const rules = detectCrisisNormalised(normalised);
  const value = {
    byRules: rules.isCrisis || ruleAsks(rules).length > 0,
    words: wordCount(normalised),
  };
  readings.set(key, value);
  return value;
};
const flagged = (p: OrderDumpPoint, long: number) => {
  const r = read(p.key);
  return r.byRules || (r.words >= 3 && p.concern >= (r.words >= 8 ? long : long + shortGap));
};

readOrderDump(dumpFile).forEach((points, order) => {
  if (points === null) return;
  const crises = points.filter((p) => p.origin === 'corpus' && p.label === 'crisis');
  const near = points.filter((p) => p.origin === 'corpus' && p.label === 'near-miss');
  const help = points.filter((p) => p.origin === 'help');
  const kaart = points.filter(
    (p) =>
      p.origin === 'dev-kaart' &&
      !(p.kaart ?? '').startsWith('probe') &&
      (kaarten.length === 0 || kaarten.includes(p.kaart ?? '')),
  );
  const probe = points.filter((p) => p.kaart === 'probe' && p.label === 'crisis');
  const allowed = missedAllowed[order] ?? missedAllowed[missedAllowed.length - 1] ?? 0;
  let long = 0.02;
  for (let step = 0; step <= 160; step += 1) {
    const at = 0.02 + step * 0.0025;
    if (crises.filter((p) => !flagged(p, at)).length <= allowed) long = at;
  }
  const count = (set: readonly OrderDumpPoint[]) => set.filter((p) => flagged(p, long)).length;
  const nl = kaart.filter((p) => p.lang !== 'en');
  const en = kaart.filter((p) => p.lang === 'en');
  console.log(
    `order ${order}: check ${long.toFixed(4)} / ${(long + shortGap).toFixed(4)}, missed ${crises.length - count(crises)} of ${crises.length}, kaarten nl ${count(nl)} of ${nl.length}, en ${count(en)} of ${en.length}, near misses ${count(near)} of ${near.length}, help ${count(help)} of ${help.length}, probe crises ${count(probe)} of ${probe.length}`,
  );
});
