/**
 * `npx tsx scripts/safety/orderSensitivity.ts [orders] [--models K] [--average-epoch]
 * [--main-method] [--dev-kaarten [--with-ravelsloo]] [--probe FILE] [--ordinary-probe FILE]
 * [--first-order K] [--train-kaarten a,b] [--dump F | --from-dump F] [--project]`: how much the order of the training examples alone moves the concern model out of
 * fold (docs/adr/0012-safety-net.md, seventeenth and eighteenth rounds). The same examples, the
 * shipped setting (models/safety-concern.tuning.json), reordered by seeded shuffles (0 is the
 * order as read; 1, 2, ... seeds 1001, 1002, ...); per order: crises a rule or the model misses,
 * help questions and near misses flagged, at check thresholds around the shipped one (both word
 * bands at the same threshold) and at the tuned pair. The training method is the shipped one
 * (concernTraining.ts, SHIPPED_METHOD) unless `--models`, `--average-epoch` or `--main-method`
 * (one run, last iterate) say otherwise. Train and dev only: the frozen test and the unseen rounds
 * are never read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { detectCrisisNormalised, ruleAsks } from '../../src/safety/detectCrisis.js';
import { normalise, wordCount } from '../../src/safety/normalise.js';
import { trainingExamples, type TrainingExample } from './concernExamples.js';
import { devKaartQuestions, devKaarten, readDevKaarten } from './helpQuestions.js';
import { SHIPPED_METHOD, SINGLE_ORDER, type OrderMethod } from './concernTraining.js';
import { outOfFold } from './crossValidation.js';
import { seededRandom, shuffled } from './linearTrainer.js';
import { readOrderDump, type OrderDumpPoint } from './orderDump.js';
import { readTuningRecord } from './tuningRecord.js';
import { parseWritten } from './safetyCorpus.js';

const args = process.argv.slice(2);
const orders = Number(args.find((a) => /^\d+$/.test(a)) ?? '5');
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const base: OrderMethod = args.includes('--main-method') ? SINGLE_ORDER : SHIPPED_METHOD;
const method: OrderMethod = {
  orders: Number(option('--models') ?? base.orders),
  averageEpoch: args.includes('--average-epoch') || base.averageEpoch,
};
const record = readTuningRecord();
// --dump FILE writes each order's out-of-fold concern per crisis, near miss and help question, so
// the counts can be read again at thresholds tuned later (--from-dump FILE: no training).
const dumpTo = option('--dump');
const dumpFrom = option('--from-dump');
type Scored = OrderDumpPoint;
const { l2, nonCrisisWeight, helpWeight, letterGroupValue, epochs } = record.chosen;
const tuned = { long: record.thresholds.check, short: record.thresholds.checkShort };
// --train-kaarten a,b: an experiment of a data decision, never a way to ship: the named dev
// kaarten' questions join the training as training-only ordinary lines (trained in every fold,
// never scored) and leave the scored dev kaarten, so the other kaarten show what lines in the
// kaarten's own kind would do (docs/adr/0012-safety-net.md, session 17, branch ordinary17).
const trainedKaarten = (option('--train-kaarten') ?? '').split(',').filter((name) => name !== '');
const corpusExamples = trainingExamples();
const takenKeys = new Set(corpusExamples.map((example) => example.key));
const examples: TrainingExample[] = [
  ...corpusExamples,
  ...devKaartQuestions(trainedKaarten)
    .filter((q) => !takenKeys.has(q.key))
    .map((q) => ({
      key: q.key,
      text: q.text,
      label: 'ordinary' as const,
      kinds: [],
      origin: 'train-only' as const,
      class: `kaart-as-training-${q.lang}`,
    })),
];
// --dev-kaarten: the twenty-two dev kaarten' help questions are scored by each fold's model too (never
// trained on, as in the tuner), so the projection can say what the pair flags there.
// --with-ravelsloo: Ravelsloo too (the apart kaart of session 11, a dev kaart since session 12).
const devNames = args.includes('--with-ravelsloo')
  ? [...readDevKaarten, 'ravelsloo']
  : readDevKaarten;
const devRead = args.includes('--dev-kaarten')
  ? devKaartQuestions(devNames.filter((name) => !trainedKaarten.includes(name)))
  : [];
const devLanguage = new Map(devRead.map((q) => [q.key, q.lang]));
const devQuestions: TrainingExample[] = devRead.map((q) => ({
  key: q.key,
  text: q.text,
  label: 'ordinary',
  kinds: [],
  origin: 'dev-kaart',
  class: q.set,
}));
// --probe FILE: the lines of a dev probe set in the written format (corpus/safety/dev/), scored by
// each fold's model like the dev kaarten (never trained on), kept with their own label in the dump
// (origin 'dev-kaart', kaart 'probe'), so a corpus round can be judged per order on crises no
// training line was written from.
const probeFile = option('--probe');
// --ordinary-probe FILE: a second dev set scored the same way, kept apart in the dump (kaart
// 'probe-ordinary'), so ordinary questions in new styles are counted per order too.
const probeOf = (file: string | undefined, kaart: string): TrainingExample[] =>
  file === undefined
    ? []
    : parseWritten(file, readFileSync(file, 'utf8')).map((record) => ({
        key: record.key,
        text: record.text,
        label: record.label,
        kinds: record.kinds,
        origin: 'dev-kaart',
        class: kaart,
      }));
const probeLines: TrainingExample[] = [
  ...probeOf(probeFile, 'probe'),
  ...probeOf(option('--ordinary-probe'), 'probe-ordinary'),
];
// --first-order K: orders K .. K + orders - 1, so a candidate can be judged on orders nobody
// scored it on before (order k shuffles with seed 1000 + k, as always).
const firstOrder = Number(option('--first-order') ?? '0');
const reading = new Map(
  [...examples, ...devQuestions, ...probeLines].map((example) => {
    const normalised = normalise(example.text);
    const rules = detectCrisisNormalised(normalised);
    return [
      example.key,
      { byRules: rules.isCrisis || ruleAsks(rules).length > 0, words: wordCount(normalised) },
    ];
  }),
);
const flagged = (point: Scored, long: number, short: number) => {
  const read = reading.get(point.key);
  if (read === undefined) return false;
  if (read.byRules) return true;
  return read.words >= 3 && point.concern >= (read.words >= 8 ? long : short);
};
console.log(
  `setting ${l2}/${nonCrisisWeight}/${helpWeight}/${letterGroupValue}/${epochs}; method: ${method.orders} run(s) averaged, epoch averaging ${method.averageEpoch}; tuned check ${tuned.long} / ${tuned.short}`,
);
const thresholds = [0.1, 0.11, 0.12, 0.13, 0.14];
const missedAtTuned: number[] = [];
const dumped: (Scored[] | null)[] = dumpFrom === undefined ? [] : readOrderDump(dumpFrom);
const scoredFor = (order: number): Scored[] => {
  const known = dumped[order];
  if (known !== undefined && known !== null) return known;
  const reordered =
    order === 0
      ? examples
      : Array.from(
          shuffled(examples.length, seededRandom(1000 + order)),
          (i) => examples[i],
        ).filter((example) => example !== undefined);
  const points =
    [
      ...outOfFold(
        reordered,
        [{ l2, nonCrisisWeight, helpWeight, letterGroupValue }],
        [epochs],
        [...devQuestions, ...probeLines],
        method,
      ).values(),
    ][0] ?? [];
  const scored = points
    .filter(
      (p) =>
        p.example.origin === 'help' ||
        p.example.origin === 'dev-kaart' ||
        p.example.label !== 'ordinary',
    )
    .map((p) => ({
      key: p.example.key,
      origin: p.example.origin,
      label: p.example.label,
      concern: p.score.concern,
      ...(p.example.origin === 'dev-kaart'
        ? { kaart: p.example.class, lang: devLanguage.get(p.example.key) ?? 'nl' }
        : {}),
    }));
  dumped[order] = scored;
  if (dumpTo !== undefined) writeFileSync(dumpTo, JSON.stringify(dumped));
  return scored;
};
for (let order = firstOrder; order < firstOrder + orders; order += 1) {
  const points = scoredFor(order);
  const of = (origin: string, label?: string) =>
    points.filter((p) => p.origin === origin && (label === undefined || p.label === label));
  const crises = of('corpus', 'crisis');
  const near = of('corpus', 'near-miss');
  const help = of('help');
  const cell = (long: number, short: number) => {
    const missed = crises.filter((p) => !flagged(p, long, short)).length;
    const helpFlagged = help.filter((p) => flagged(p, long, short)).length;
    const nearFlagged = near.filter((p) => flagged(p, long, short)).length;
    return { missed, text: `missed ${missed}, help ${helpFlagged}, near ${nearFlagged}` };
  };
  const cells = thresholds.map((t) => `${t}: ${cell(t, t).text}`);
  const atTuned = cell(tuned.long, tuned.short);
  missedAtTuned.push(atTuned.missed);
  console.log(`order ${order} | tuned: ${atTuned.text} | ${cells.join(' | ')}`);
}
const spread = Math.max(...missedAtTuned) - Math.min(...missedAtTuned);
// --project: the pair the tuner's check rule would pick on the shipped order's points (missed at
// most the floor's 7, then the fewest help questions; the ordinary and near-miss budgets do not
// bind in this range), and what it misses in every order: the robustness of a method before its
// full tune has run.
if (args.includes('--project')) {
  const pairs = [0.09, 0.1, 0.11, 0.12, 0.13, 0.14, 0.15].flatMap((long) =>
    [0.09, 0.1, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16]
      .filter((short) => short >= long)
      .map((short) => ({ long, short })),
  );
  const count = (order: number, long: number, short: number) => {
    const points = dumped[order] ?? [];
    const crises = points.filter((p) => p.origin === 'corpus' && p.label === 'crisis');
    const help = points.filter((p) => p.origin === 'help');
    const near = points.filter((p) => p.origin === 'corpus' && p.label === 'near-miss');
    return {
      missed: crises.filter((p) => !flagged(p, long, short)).length,
      help: help.filter((p) => flagged(p, long, short)).length,
      near: near.filter((p) => flagged(p, long, short)).length,
    };
  };
  let best: { long: number; short: number; help: number } | undefined;
  for (const { long, short } of pairs) {
    const at = count(0, long, short);
    if (at.missed > 7) continue;
    if (best === undefined || at.help < best.help) best = { long, short, help: at.help };
  }
  if (best !== undefined) {
    const per = dumped.map((_, order) => count(order, best.long, best.short));
    const missed = per.map((c) => c.missed);
    const kaartCount = (names: readonly string[], long: number, short: number) => {
      const mine = (dumped[0] ?? []).filter(
        (p) => p.origin === 'dev-kaart' && names.includes(p.kaart ?? ''),
      );
      return `${mine.filter((p) => flagged(p, long, short)).length} of ${mine.length}`;
    };
    const others = devNames.filter((name) => !devKaarten.includes(name));
    if ((dumped[0] ?? []).some((p) => p.origin === 'dev-kaart')) {
      for (const [label, long, short] of [
        ['projected pair', best.long, best.short],
        ['main pair 0.13 / 0.13', 0.13, 0.13],
      ] as const) {
        console.log(
          `dev kaarten out of fold, shipped order, ${label}: tuned five ${kaartCount(devKaarten, long, short)}, ${others.join(' + ')} ${kaartCount(others, long, short)}`,
        );
      }
    }
    console.log(
      `projected pair ${best.long} / ${best.short}: missed ${missed.join(', ')} (spread ${Math.max(...missed) - Math.min(...missed)}), help ${per.map((c) => c.help).join(', ')}, near ${per.map((c) => c.near).join(', ')}`,
    );
  }
}
console.log(`missed at the tuned check per order: ${missedAtTuned.join(', ')}; spread ${spread}`);
