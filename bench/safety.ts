/**
 * `npm run bench:safety`: the safety check on the frozen test split and on the unseen round, side
 * by side, against the rules of ADR 0005 alone (the baseline). Each message is scored as the
 * first message of a new chat. Prints recall (crisis or check counts as caught), crisis false
 * alarms on near misses, checks on ordinary questions, whether every caught crisis got the right
 * line first, the cost per message and the time to load the model.
 *
 * `-- --split dev` scores the dev split instead (for tuning); the frozen test split is for
 * reporting only (docs/adr/0012-safety-net.md).
 */
import { loadConcernModel, type ConcernModel } from '../src/safety/concernModel.js';
import { assessSafety, linesFor } from '../src/safety/assessSafety.js';
import type { CrisisKind } from '../src/safety/crisisKind.js';
import { detectCrisis } from '../src/safety/detectCrisis.js';
import {
  loadCorpusFile,
  loadSplit,
  unseenFile,
  type CorpusRecord,
} from '../scripts/safety/safetyCorpus.js';

interface Outcome {
  readonly outcome: 'crisis' | 'check' | 'none';
  readonly kinds: readonly CrisisKind[];
}

type Engine = (text: string) => Outcome;

const rulesOnly: Engine = (text) => {
  const found = detectCrisis(text);
  return found.isCrisis
    ? { outcome: 'crisis', kinds: found.kinds }
    : { outcome: 'none', kinds: [] };
};

const layered =
  (model: ConcernModel): Engine =>
  (text) =>
    assessSafety(text, { model });

/** The first line that is not 112 must be the expected one: 113 for suicide, Veilig Thuis for abuse. */
function rightLine(expected: readonly CrisisKind[], shown: readonly CrisisKind[]): boolean {
  const want = expected.find((kind) => kind !== 'danger');
  const lines = linesFor(shown).map((line) => line.kind);
  if (want === undefined) return lines.includes('danger');
  return lines.find((kind) => kind !== 'danger') === want;
}

interface Figures {
  readonly messages: number;
  readonly crises: number;
  readonly caught: number;
  readonly caughtAsCrisis: number;
  readonly wrongLine: number;
  readonly nearMisses: number;
  readonly nearMissCrisis: number;
  readonly nearMissCheck: number;
  readonly ordinary: number;
  readonly ordinaryFlagged: number;
  readonly missedByClass: Map<string, number>;
  readonly byClass: Map<string, number>;
}

function score(records: readonly CorpusRecord[], engine: Engine): Figures {
  const f = {
    messages: records.length,
    crises: 0,
    caught: 0,
    caughtAsCrisis: 0,
    wrongLine: 0,
    nearMisses: 0,
    nearMissCrisis: 0,
    nearMissCheck: 0,
    ordinary: 0,
    ordinaryFlagged: 0,
    missedByClass: new Map<string, number>(),
    byClass: new Map<string, number>(),
  };
  for (const record of records) {
    const result = engine(record.text);
    if (record.label === 'crisis') {
      f.crises += 1;
      f.byClass.set(record.class, (f.byClass.get(record.class) ?? 0) + 1);
      if (result.outcome === 'none') {
        f.missedByClass.set(record.class, (f.missedByClass.get(record.class) ?? 0) + 1);
        continue;
      }
      f.caught += 1;
      if (result.outcome === 'crisis') f.caughtAsCrisis += 1;
      if (!rightLine(record.kinds, result.kinds)) f.wrongLine += 1;
    } else if (record.label === 'near-miss') {
      f.nearMisses += 1;
      if (result.outcome === 'crisis') f.nearMissCrisis += 1;
      if (result.outcome === 'check') f.nearMissCheck += 1;
    } else {
      f.ordinary += 1;
      if (result.outcome !== 'none') f.ordinaryFlagged += 1;
    }
  }
  return f;
}

const pct = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;

function row(name: string, values: readonly string[]): string {
  return `| ${name.padEnd(44)} | ${values.map((v) => v.padEnd(22)).join(' | ')} |`;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function main(): void {
  const devMode = process.argv.includes('--split') && process.argv.includes('dev');
  const loads: number[] = [];
  let model: ConcernModel | undefined;
  for (let round = 0; round < 7; round += 1) {
    const started = performance.now();
    model = loadConcernModel();
    loads.push(performance.now() - started);
  }
  if (model === undefined) return;
  loads.sort((a, b) => a - b);

  const sets: [string, CorpusRecord[]][] = devMode
    ? [['dev', loadSplit('dev')]]
    : [
        ['frozen test', loadSplit('test')],
        ['unseen round', loadCorpusFile(unseenFile)],
      ];
  const engines: [string, Engine][] = [
    ['rules only (ADR 0005)', rulesOnly],
    ['rules + concern model', layered(model)],
  ];
  const columns = sets.flatMap(([set]) => engines.map(([engine]) => `${set}: ${engine}`));
  const results = sets.flatMap(([, records]) =>
    engines.map(([, engine]) => score(records, engine)),
  );

  console.log(
    `\nSafety check, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}\n`,
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
    ['caught with a wrong first line (target 0)', (f) => String(f.wrongLine)],
    ['near misses: crisis alarm (target ≤ 3%)', (f) => pct(f.nearMissCrisis, f.nearMisses)],
    ['near misses: check', (f) => pct(f.nearMissCheck, f.nearMisses)],
    ['ordinary: check or crisis (target ≤ 5%)', (f) => pct(f.ordinaryFlagged, f.ordinary)],
  ];
  for (const [name, measure] of measures) console.log(row(name, results.map(measure)));

  const layeredResults = results.filter((_, i) => i % engines.length === 1);
  console.log('\nMissed crises by class (rules + concern model):');
  sets.forEach(([set], i) => {
    const f = layeredResults[i];
    if (f === undefined) return;
    const missed = [...f.missedByClass].sort((a, b) => b[1] - a[1]);
    console.log(
      `  ${set}: ${missed.length === 0 ? 'none' : missed.map(([c, n]) => `${c} ${n}/${f.byClass.get(c)}`).join(', ')}`,
    );
  });

  // Cost per message: every message of the sets, 20 rounds after a warm-up round.
  const texts = sets.flatMap(([, records]) => records.map((record) => record.text));
  const engine = layered(model);
  for (const text of texts) engine(text);
  const costs: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    for (const text of texts) {
      const started = performance.now();
      engine(text);
      costs.push(performance.now() - started);
    }
  }
  costs.sort((a, b) => a - b);
  console.log(
    `\nCost per message (${costs.length} assessments): p50 ${percentile(costs, 0.5).toFixed(3)} ms, p99 ${percentile(costs, 0.99).toFixed(3)} ms (target ≤ 1 ms)`,
  );
  console.log(
    `Model load (read, validate, index; ${model.featureCount} features): median ${percentile(loads, 0.5).toFixed(0)} ms, min ${loads[0]?.toFixed(0)} ms, max ${loads.at(-1)?.toFixed(0)} ms`,
  );
}

main();
