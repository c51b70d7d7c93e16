/**
 * `npm run train:safety`: trains the concern model on the train split (plus the rule regression
 * sets of ADR 0005), picks the settings and thresholds on the dev split, and writes
 * models/safety-concern.json. The frozen test split and the unseen round are never read here.
 *
 * Reproducible byte for byte: a fixed seed, the corpus in file order, the vocabulary sorted,
 * weights rounded to four decimals, and keys written in a fixed order.
 */

import { crisisKindsByUrgency } from '../../src/safety/crisisKind.js';
import { concernFeatures } from '../../src/safety/concernFeatures.js';
import {
  concernModelFrom,
  shippedModelFile,
  type ConcernModelFile,
  type ConcernThresholds,
} from '../../src/safety/concernModel.js';
import { detectCrisis } from '../../src/safety/detectCrisis.js';
import { crisisSet, nearMissSet, ordinarySet } from '../../test/safety/safetySets.js';
import { compareNatural, type DevComparison } from './naturalBaseline.js';
import {
  scoreLinear,
  seededRandom,
  shuffled,
  trainLinear,
  type LinearWeights,
  type SparseExample,
} from './linearTrainer.js';
import { withNoise } from './noise.js';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  corpusKey,
  corpusRoot,
  loadSplit,
  parseWritten,
  type CorpusRecord,
} from './safetyCorpus.js';

/** Training-only material written after reading dev errors: never in dev or test. */
const trainOnlyDir = path.join(corpusRoot, 'train-only');

function trainOnly(): CorpusRecord[] {
  return readdirSync(trainOnlyDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => parseWritten(name, readFileSync(path.join(trainOnlyDir, name), 'utf8')));
}

const SEED = 20_261_201;
const HEADS = 4;
/** Features seen in fewer training messages than this are left out (noise, and file size). */
const MIN_DOCUMENT_FREQUENCY = 2;
/** Weights smaller than this on every head are dropped from the file. */
const PRUNE_BELOW = 0.01;
const GRID = [
  { l2: 1e-4, epochs: 15 },
  { l2: 1e-4, epochs: 30 },
  { l2: 3e-4, epochs: 30 },
  { l2: 1e-3, epochs: 30 },
] as const;
const LEARNING_RATE = 0.5;

/** The carry-over of concern between turns and the weak-signal floor: design choices, ADR 0012. */
const CARRY_OVER = 0.7;
/** Share of ordinary questions that may get a check on dev: the 5% less a wide margin: real traffic has more short answers than dev. */
const ORDINARY_CHECK_BUDGET = 0.02;
const WEAK_SIGNAL = 0.3;

export interface TrainingExample {
  readonly text: string;
  readonly label: CorpusRecord['label'];
  readonly kinds: readonly string[];
}

function legacyExamples(exclude: ReadonlySet<string>): TrainingExample[] {
  const legacy: TrainingExample[] = [
    ...crisisSet.map((c) => ({ text: c.text, label: 'crisis' as const, kinds: c.kinds })),
    ...nearMissSet.map((c) => ({ text: c.text, label: 'near-miss' as const, kinds: [] })),
    ...ordinarySet.map((c) => ({ text: c.text, label: 'ordinary' as const, kinds: [] })),
  ];
  return legacy.filter((example) => !exclude.has(corpusKey(example.text)));
}

export function trainingExamples(): { train: TrainingExample[]; dev: CorpusRecord[] } {
  const written = loadSplit('train');
  const dev = loadSplit('dev');
  const test = loadSplit('test');
  const taken = new Set([...written, ...dev, ...test].map((record) => record.key));
  const extra = trainOnly().filter((record) => !taken.has(record.key));
  for (const record of extra) taken.add(record.key);
  const train: TrainingExample[] = [...written, ...extra, ...legacyExamples(taken)];
  // One noisy copy per message, seeded by the message itself: stable when others are added.
  const noisy: TrainingExample[] = [];
  for (const example of train) {
    const key = corpusKey(example.text);
    const copy = withNoise(example.text, seededRandom(SEED ^ Number.parseInt(key.slice(0, 8), 16)));
    if (corpusKey(copy) !== key) noisy.push({ ...example, text: copy });
  }
  return { train: [...train, ...noisy], dev };
}

const targetsOf = (example: TrainingExample): number[] => [
  example.label === 'crisis' ? 1 : 0,
  ...crisisKindsByUrgency.map((kind) => (example.kinds.includes(kind) ? 1 : 0)),
];

function vocabularyOf(featureSets: readonly Set<string>[]): string[] {
  const counts = new Map<string, number>();
  for (const set of featureSets) for (const f of set) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= MIN_DOCUMENT_FREQUENCY)
    .map(([feature]) => feature)
    .sort();
}

function toSparse(set: Set<string>, index: ReadonlyMap<string, number>): Int32Array {
  const ids: number[] = [];
  for (const feature of set) {
    const id = index.get(feature);
    if (id !== undefined) ids.push(id);
  }
  return Int32Array.from(ids.sort((a, b) => a - b));
}

const round4 = (x: number) => {
  const r = Math.round(x * 10_000) / 10_000;
  return Object.is(r, -0) ? 0 : r;
};

function devLogLoss(
  model: LinearWeights,
  dev: readonly CorpusRecord[],
  index: ReadonlyMap<string, number>,
): number {
  let loss = 0;
  for (const record of dev) {
    const p = scoreLinear(model, HEADS, toSparse(concernFeatures(record.text), index))[0] ?? 0.5;
    const y = record.label === 'crisis' ? 1 : 0;
    loss -= y * Math.log(Math.max(p, 1e-9)) + (1 - y) * Math.log(Math.max(1 - p, 1e-9));
  }
  return loss / dev.length;
}

interface DevPoint {
  readonly record: CorpusRecord;
  readonly rules: boolean;
  readonly p: number;
}

const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * Thresholds from dev, with the rules in front as in production:
 * - crisis: the lowest at which the model on its own adds crisis alarms to at most 1% of near
 *   misses and 0.5% of ordinary questions (the rules' own alarms are a separate, audited matter);
 * - check: the highest at which recall (crisis or check) reaches 99.5% while checks on ordinary
 *   questions stay within ORDINARY_CHECK_BUDGET; if no threshold does both, the lowest that keeps
 *   ordinary checks within it (the issue allows 5%; the margin is for what dev does not show).
 */
export function chooseThresholds(points: readonly DevPoint[]): ConcernThresholds {
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  const near = points.filter((p) => p.record.label === 'near-miss' && !p.rules);
  const nearAll = points.filter((p) => p.record.label === 'near-miss');
  const ordinary = points.filter((p) => p.record.label === 'ordinary');
  const crises = points.filter((p) => p.record.label === 'crisis');
  const crisis =
    grid.find(
      (t) =>
        rate(near.filter((p) => p.p >= t).length, nearAll.length) <= 0.01 &&
        rate(ordinary.filter((p) => !p.rules && p.p >= t).length, ordinary.length) <= 0.005,
    ) ?? 0.99;
  const ordinaryOk = (t: number) =>
    rate(ordinary.filter((p) => p.rules || p.p >= t).length, ordinary.length) <=
    ORDINARY_CHECK_BUDGET;
  const recallAt = (t: number) =>
    rate(crises.filter((p) => p.rules || p.p >= t).length, crises.length);
  const reaching = grid.filter((t) => t <= crisis && recallAt(t) >= 0.995 && ordinaryOk(t));
  const check = reaching.at(-1) ?? grid.find((t) => ordinaryOk(t)) ?? crisis;
  return { crisis, check: Math.min(check, crisis), weakSignal: WEAK_SIGNAL, carryOver: CARRY_OVER };
}

function main(): void {
  const started = performance.now();
  const { train, dev } = trainingExamples();
  const featureSets = train.map((example) => concernFeatures(example.text));
  const vocabulary = vocabularyOf(featureSets);
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const crisisCount = train.filter((e) => e.label === 'crisis').length;
  const balance = crisisCount / (train.length - crisisCount);
  const examples: SparseExample[] = train.map((example, i) => ({
    features: toSparse(featureSets[i] ?? new Set(), index),
    targets: targetsOf(example),
    // Non-crises weigh twice the crises in total: in real traffic a crisis is rare, and a
    // message with little to go on must lean toward "nothing", not toward the middle.
    weight: example.label === 'crisis' ? 1 : 2 * balance,
  }));

  const trainStarted = performance.now();
  let best: { setting: (typeof GRID)[number]; model: LinearWeights; loss: number } | undefined;
  const tried: { l2: number; epochs: number; devLogLoss: number }[] = [];
  for (const setting of GRID) {
    const random = seededRandom(SEED);
    const model = trainLinear(
      examples,
      {
        heads: HEADS,
        features: vocabulary.length,
        epochs: setting.epochs,
        learningRate: LEARNING_RATE,
        l2: setting.l2,
      },
      () => shuffled(examples.length, random),
    );
    const loss = devLogLoss(model, dev, index);
    tried.push({ l2: setting.l2, epochs: setting.epochs, devLogLoss: round4(loss) });
    if (best === undefined || loss < best.loss) best = { setting, model, loss };
  }
  if (best === undefined) return;
  const trainSeconds = (performance.now() - trainStarted) / 1000 / GRID.length;

  const weights: Record<string, number[]> = {};
  vocabulary.forEach((feature, i) => {
    const row = Array.from(best.model.weights.subarray(i * HEADS, i * HEADS + HEADS), round4);
    if (row.some((w) => Math.abs(w) >= PRUNE_BELOW)) weights[feature] = row;
  });
  const bias = Array.from(best.model.bias, round4);
  const draft: ConcernModelFile = {
    format: 'wijkwijzer-concern-model/1',
    heads: ['crisis', 'danger', 'suicide', 'abuse'],
    bias,
    thresholds: { crisis: 0.99, check: 0.99, weakSignal: WEAK_SIGNAL, carryOver: CARRY_OVER },
    weights,
    training: {},
  };
  const shipped = concernModelFrom(draft);
  const points: DevPoint[] = dev.map((record) => ({
    record,
    rules: detectCrisis(record.text).isCrisis,
    p: shipped.score(record.text).crisis,
  }));
  const thresholds = chooseThresholds(points);
  const comparison: DevComparison[] = process.argv.includes('--compare')
    ? compareNatural(train, points, trainSeconds)
    : [];

  const file: ConcernModelFile = {
    ...draft,
    thresholds,
    training: {
      seed: SEED,
      trainMessages: train.length,
      devMessages: dev.length,
      vocabulary: vocabulary.length,
      keptFeatures: Object.keys(weights).length,
      chosen: { l2: best.setting.l2, epochs: best.setting.epochs, learningRate: LEARNING_RATE },
      tried,
      devComparison: comparison,
    },
  };
  const body = `${JSON.stringify({
    format: file.format,
    heads: file.heads,
    bias: file.bias,
    thresholds: file.thresholds,
    training: file.training,
    weights: file.weights,
  })}\n`;
  const outAt = process.argv.indexOf('--out');
  writeFileSync(
    outAt === -1 ? shippedModelFile : (process.argv[outAt + 1] ?? shippedModelFile),
    body,
  );
  console.log(
    JSON.stringify(
      { thresholds, chosen: file.training['chosen'], tried, comparison, bytes: body.length },
      null,
      2,
    ),
  );
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
