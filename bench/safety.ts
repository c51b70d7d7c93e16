/**
 * `npm run bench:safety`: the safety check on the frozen test split and on each unseen round, side
 * by side, against the rules alone. Each message is scored as the first message of a new chat.
 * Prints recall (a crisis reply or a check counts as caught), crisis replies to near misses,
 * checks on near misses and on ordinary questions, wrong lines (defined in
 * scripts/safety/rightLine.ts), the cost per message and the time to load the model; then the check
 * rate on ordinary help questions never trained or tuned on (scripts/safety/helpQuestionRates.ts).
 *
 * The frozen test split and the unseen rounds are for reporting only: thresholds come from
 * cross-validation on train and dev (`npm run tune:safety`, docs/adr/0012-safety-net.md).
 * `-- --cost-only` measures the cost alone (on the train and dev messages) and prints no figures
 * for the frozen test or the unseen rounds: for work on speed, which must not read them.
 * `-- --unseen-only` scores the unseen rounds and leaves the frozen test unread: for the "before"
 * figures of a newly written round, which must not spend a read of the frozen test.
 * After the unseen rounds come the held dev probes (scripts/safety/heldProbes.ts), by label and
 * class only, like the sets before them, and then the dev probes written apart from the rules
 * (`benchDevProbes`, printed as "dev ...").
 */
import os from 'node:os';
import path from 'node:path';
import { loadConcernModel, type ConcernModel } from '../src/safety/concernModel.js';
import { loadFrameReader } from '../src/safety/frameReader.js';
import { assessSafety, linesFor } from '../src/safety/assessSafety.js';
import type { CrisisKind } from '../src/safety/crisisKind.js';
import { detectCrisis } from '../src/safety/detectCrisis.js';
import { helpRateLines } from '../scripts/safety/helpQuestionRates.js';
import { benchDevProbes, heldDevProbes, loadHeldProbe } from '../scripts/safety/heldProbes.js';
import { firstLineRight, rightLine } from '../scripts/safety/rightLine.js';
import {
  loadCorpusFile,
  loadSplit,
  unseenFile,
  type CorpusRecord,
} from '../scripts/safety/safetyCorpus.js';

interface Outcome {
  readonly outcome: 'crisis' | 'check' | 'none';
  readonly kinds: readonly CrisisKind[];
  /** The lines the reply shows, in its order. */
  readonly lines: readonly { readonly kind: CrisisKind }[];
  /** For a check: soft (the intake goes on) or firm (it waits); the rules alone never check. */
  readonly checkStrength?: 'soft' | 'firm' | null;
}

type Engine = (text: string) => Outcome;

const rulesOnly: Engine = (text) => {
  const found = detectCrisis(text);
  return found.isCrisis
    ? { outcome: 'crisis', kinds: found.kinds, lines: linesFor(found.kinds) }
    : { outcome: 'none', kinds: [], lines: [] };
};

const layered =
  (model: ConcernModel): Engine =>
  (text) =>
    assessSafety(text, { model });

interface Figures {
  readonly messages: number;
  readonly crises: number;
  readonly caught: number;
  readonly caughtAsCrisis: number;
  readonly caughtFirm: number;
  readonly wrongLine: number;
  readonly checksOtherFirst: number;
  readonly nearMisses: number;
  readonly nearMissCrisis: number;
  readonly nearMissCheck: number;
  readonly ordinary: number;
  readonly ordinaryFlagged: number;
  readonly ordinaryHeldUp: number;
  readonly checks: number;
  readonly checkLines: number;
  readonly missedByClass: Map<string, number>;
  readonly nearMissCrisisByClass: Map<string, number>;
  readonly wrongLineByClass: Map<string, number>;
  readonly byClass: Map<string, number>;
}

const countClass = (counts: Map<string, number>, name: string) =>
  counts.set(name, (counts.get(name) ?? 0) + 1);

function score(records: readonly CorpusRecord[], engine: Engine): Figures {
  const f = {
    messages: records.length,
    crises: 0,
    caught: 0,
    caughtAsCrisis: 0,
    caughtFirm: 0,
    wrongLine: 0,
    checksOtherFirst: 0,
    nearMisses: 0,
    nearMissCrisis: 0,
    nearMissCheck: 0,
    ordinary: 0,
    ordinaryFlagged: 0,
    ordinaryHeldUp: 0,
    checks: 0,
    checkLines: 0,
    missedByClass: new Map<string, number>(),
    nearMissCrisisByClass: new Map<string, number>(),
    wrongLineByClass: new Map<string, number>(),
    byClass: new Map<string, number>(),
  };
  for (const record of records) {
    const result = engine(record.text);
    const shown = result.lines.map((line) => line.kind);
    // A crisis reply or a firm check holds up the intake; a soft check lets it go on.
    const holdsUp =
      result.outcome === 'crisis' ||
      (result.outcome === 'check' && result.checkStrength !== 'soft');
    if (result.outcome === 'check') {
      f.checks += 1;
      f.checkLines += shown.length;
    }
    if (record.label === 'crisis') {
      f.crises += 1;
      f.byClass.set(record.class, (f.byClass.get(record.class) ?? 0) + 1);
      if (result.outcome === 'none') {
        f.missedByClass.set(record.class, (f.missedByClass.get(record.class) ?? 0) + 1);
        continue;
      }
      f.caught += 1;
      if (result.outcome === 'crisis') f.caughtAsCrisis += 1;
      if (holdsUp) f.caughtFirm += 1;
      if (!rightLine(result.outcome, record.kinds, shown)) {
        f.wrongLine += 1;
        countClass(f.wrongLineByClass, record.class);
      }
      if (result.outcome === 'check' && !firstLineRight(record.kinds, shown)) {
        f.checksOtherFirst += 1;
      }
    } else if (record.label === 'near-miss') {
      f.nearMisses += 1;
      if (result.outcome === 'crisis') {
        f.nearMissCrisis += 1;
        countClass(f.nearMissCrisisByClass, record.class);
      }
      if (result.outcome === 'check') f.nearMissCheck += 1;
    } else {
      f.ordinary += 1;
      if (result.outcome !== 'none') f.ordinaryFlagged += 1;
      if (holdsUp) f.ordinaryHeldUp += 1;
    }
  }
  return f;
}

const pct = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;

function row(name: string, values: readonly string[]): string {
  return `| ${name.padEnd(46)} | ${values.map((v) => v.padEnd(17)).join(' | ')} |`;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

function main(): void {
  const loads: number[] = [];
  let model: ConcernModel | undefined;
  for (let round = 0; round < 7; round += 1) {
    const started = performance.now();
    model = loadConcernModel();
    loads.push(performance.now() - started);
  }
  if (model === undefined) return;
  loads.sort((a, b) => a - b);
  if (!process.argv.includes('--cost-only')) quality(model);
  cost(model, loads);
}

function quality(model: ConcernModel): void {
  // Each unseen round on its own (the file it was written in), after the frozen test.
  const unseen = loadCorpusFile(unseenFile);
  const rounds = [...new Set(unseen.map((record) => record.source))].sort();
  const frozen: [string, CorpusRecord[]][] = process.argv.includes('--unseen-only')
    ? []
    : [['frozen test', loadSplit('test')]];
  const sets: [string, CorpusRecord[]][] = [
    ...frozen,
    ...rounds.map((source): [string, CorpusRecord[]] => [
      `unseen ${path.basename(source, '.txt')}`,
      unseen.filter((record) => record.source === source),
    ]),
    // The held dev probes: rules and guards are judged on them, never written from their misses.
    ...heldDevProbes.map((name): [string, CorpusRecord[]] => [
      `held ${path.basename(name, '.txt')}`,
      loadHeldProbe(name),
    ]),
    // Dev probes written apart from the rules: dev data, printed so a tuning round sees them.
    ...benchDevProbes.map((name): [string, CorpusRecord[]] => [
      `dev ${path.basename(name, '.txt')}`,
      loadHeldProbe(name),
    ]),
  ];
  const engines: [string, Engine][] = [
    ['rules only', rulesOnly],
    ['rules + model', layered(model)],
  ];
  const columns = sets.flatMap(([set]) => engines.map(([engine]) => `${set}: ${engine}`));
  const results = sets.flatMap(([, records]) =>
    engines.map(([, engine]) => score(records, engine)),
  );

  console.log(
    `\nSafety check, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}\n`,
  );
  for (const [index, column] of columns.entries()) console.log(`(${index + 1}) ${column}`);
  console.log('');
  console.log(
    row(
      '',
      columns.map((_, i) => `(${i + 1})`),
    ),
  );
  console.log(
    row(
      '---',
      columns.map(() => '---'),
    ),
  );
  const measures: [string, (f: Figures) => string][] = [
    ['messages', (f) => String(f.messages)],
    ['recall, crisis or check (target ≥ 99%)', (f) => pct(f.caught, f.crises)],
    ['recall, crisis reply at once', (f) => pct(f.caughtAsCrisis, f.crises)],
    ['recall, crisis reply or firm check', (f) => pct(f.caughtFirm, f.crises)],
    ['caught with a wrong line (target 0)', (f) => String(f.wrongLine)],
    ['checks whose first line is not the needed one', (f) => String(f.checksOtherFirst)],
    ['near misses: crisis reply (target ≤ 3%)', (f) => pct(f.nearMissCrisis, f.nearMisses)],
    ['near misses: check', (f) => pct(f.nearMissCheck, f.nearMisses)],
    ['ordinary: check or crisis (target ≤ 5%)', (f) => pct(f.ordinaryFlagged, f.ordinary)],
    ['ordinary: firm check or crisis (holds up)', (f) => pct(f.ordinaryHeldUp, f.ordinary)],
    [
      'lines shown per check (112 included)',
      (f) => (f.checks === 0 ? 'n/a' : (f.checkLines / f.checks).toFixed(2)),
    ],
  ];
  for (const [name, measure] of measures) console.log(row(name, results.map(measure)));

  // By class only, never by message: the held-out sets are read for figures, not for errors.
  const layeredResults = results.filter((_, i) => i % engines.length === 1);
  const byClass: [string, (f: Figures) => Map<string, number>][] = [
    ['Missed crises', (f) => f.missedByClass],
    ['Caught crises with a wrong line', (f) => f.wrongLineByClass],
    ['Near misses given a crisis reply', (f) => f.nearMissCrisisByClass],
  ];
  for (const [title, counts] of byClass) {
    console.log(`\n${title} by class (rules + model):`);
    sets.forEach(([set], i) => {
      const f = layeredResults[i];
      if (f === undefined) return;
      const found = [...counts(f)].sort((a, b) => b[1] - a[1]);
      console.log(
        `  ${set}: ${found.length === 0 ? 'none' : found.map(([c, n]) => `${c} ${n}`).join(', ')}`,
      );
    });
  }
  // Help questions written apart from the safety work (the other kaarten; the golden and
  // understanding frozen tests unless --unseen-only), by set and language only
  // (scripts/safety/helpQuestions.ts).
  console.log(helpRateLines(model, { frozen: !process.argv.includes('--unseen-only') }).join('\n'));
}

/**
 * Cost per message: every train and dev message, `--rounds` rounds (30) after two warm-up rounds.
 * Two readings: the p99 over all assessments (what a resident could meet, other processes
 * included), and the p99 over messages of each message's median (the work itself: on a shared
 * machine a single assessment is sometimes descheduled for milliseconds).
 */
function cost(model: ConcernModel, loads: readonly number[]): void {
  const texts = [...loadSplit('train'), ...loadSplit('dev')].map((record) => record.text);
  const engine = layered(model);
  for (let round = 0; round < 2; round += 1) for (const text of texts) engine(text);
  const roundsArg = process.argv.indexOf('--rounds');
  const rounds_ = roundsArg === -1 ? 30 : Number(process.argv[roundsArg + 1] ?? 30);
  const all: number[] = [];
  const perMessage: number[][] = texts.map(() => []);
  const loadBefore = load();
  for (let round = 0; round < rounds_; round += 1) {
    texts.forEach((text, i) => {
      const started = performance.now();
      engine(text);
      const took = performance.now() - started;
      all.push(took);
      perMessage[i]?.push(took);
    });
  }
  const loadAfter = load();
  all.sort((a, b) => a - b);
  const medians = perMessage
    .map((times) =>
      percentile(
        [...times].sort((a, b) => a - b),
        0.5,
      ),
    )
    .sort((a, b) => a - b);
  console.log(
    `\nCost per message (${texts.length} messages × ${rounds_} rounds = ${all.length} assessments; load average ${loadBefore} before, ${loadAfter} after):`,
  );
  console.log(
    `  every assessment: p50 ${percentile(all, 0.5).toFixed(3)} ms, p99 ${percentile(all, 0.99).toFixed(3)} ms, p99.9 ${percentile(all, 0.999).toFixed(3)} ms (target p99 ≤ 1 ms)`,
  );
  console.log(
    `  per message (median of its rounds): p50 ${percentile(medians, 0.5).toFixed(3)} ms, p99 ${percentile(medians, 0.99).toFixed(3)} ms, max ${(medians.at(-1) ?? 0).toFixed(3)} ms`,
  );
  console.log(
    `Model load (read, validate, index; ${model.featureCount} features): median ${percentile(loads, 0.5).toFixed(0)} ms, min ${loads[0]?.toFixed(0)} ms, max ${loads.at(-1)?.toFixed(0)} ms`,
  );
  // The frame reader (ADR 0012, twelfth round) is a second file read at start-up.
  const frameLoads: number[] = [];
  let features = 0;
  for (let round = 0; round < 7; round += 1) {
    const started = performance.now();
    features = loadFrameReader().featureCount;
    frameLoads.push(performance.now() - started);
  }
  frameLoads.sort((a, b) => a - b);
  console.log(
    `Frame reader load (${features} features): median ${percentile(frameLoads, 0.5).toFixed(0)} ms, min ${frameLoads[0]?.toFixed(0)} ms, max ${frameLoads.at(-1)?.toFixed(0)} ms`,
  );
}

main();
