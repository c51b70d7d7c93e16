/**
 * `npm run train:calibrate`: fits the confidence of the search (src/search/calibration.ts) on the
 * train and dev splits of the golden set over the real knowledge, plus the dev split of the corpus
 * (out-of-scope phrasings should get low confidence, in-scope ones should not be refused), and
 * prints hit@1 / hit@3 on golden train+dev for tuning. Never reads a test split. Deterministic.
 * Run after `npm run train`; `TUNE_ONLY=1` prints the figures without writing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { CONFIDENCE_WEIGHTS, MIN_CONFIDENCE } from '../src/search/calibration.js';
import { search } from '../src/search/search.js';
import { buildSearchIndex } from '../src/search/searchIndex.js';
import type { Clock } from '../src/shared/clock.js';
import { readCorpus, splitOf } from '../src/understanding/corpus.js';
import { OUT_OF_SCOPE } from '../src/understanding/needs.js';
import { loadGoldenSet, type GoldenCase } from '../test/golden/goldenSet.js';
import { simulatedChoice } from '../bench/benchSupport.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';

interface Row {
  readonly x: readonly number[];
  readonly y: number;
  readonly weight: number;
}

async function main(): Promise<void> {
  const loaded = await loadKnowledge(path.join(root, 'knowledge'), {
    clock: { now: () => new Date(`${TODAY}T10:00:00Z`) } satisfies Clock,
  });
  if (!loaded.ok)
    throw new WijkwijzerError('WW-4001', { detail: { errors: loaded.errors.length } });
  const index = buildSearchIndex(loaded.catalogue);
  // The same knowledge without its synonym file: how the search behaves on a kaart whose everyday
  // words it has not been given (any other gemeente's). Calibrating on both keeps "no good match"
  // honest there too, without ever looking at such a kaart.
  const bareIndex = buildSearchIndex({
    ...loaded.catalogue,
    synoniemen: [{ term: 'schulden', woorden: ['schulden'] }],
  });
  const areaOf = (postcode: string | undefined) => {
    if (postcode === undefined) return undefined;
    const found = loaded.catalogue.areas.lookupPostcode(postcode);
    return typeof found === 'string' ? undefined : { wijk: found.wijk, stadsdeel: found.stadsdeel };
  };
  const ask = (text: string, golden?: GoldenCase, on = index, chosen?: string) => {
    const area = areaOf(golden?.postcode);
    return search(on, {
      ...(chosen === undefined ? {} : { levensgebieden: [chosen] }),
      text,
      audience: 'resident',
      today: TODAY,
      top: 10,
      ...(golden?.age === undefined ? {} : { age: golden.age }),
      ...(area === undefined ? {} : { area }),
    });
  };
  const golden = loadGoldenSet().filter((c) => splitOf(c.text) !== 'test');
  const corpusDev = readCorpus(path.join(root, 'training/corpus')).filter(
    (line) => splitOf(line.text) === 'dev',
  );

  const rows: Row[] = [];
  let hit1 = 0;
  let hit3 = 0;
  let answerable = 0;
  const misses: string[] = [];
  const signals = (result: ReturnType<typeof ask>) => [
    result.signals.quality,
    result.signals.agreement,
    result.signals.domain,
    result.signals.outOfScope,
    result.signals.vague,
  ];
  for (const c of golden) {
    const result = ask(c.text, c);
    const ranked = result.results.map((hit) => hit.id);
    const rank = ranked.findIndex((id) => c.expected.includes(id));
    if (c.expected.length > 0) {
      answerable += 1;
      if (rank === 0) hit1 += 1;
      if (rank >= 0 && rank < 3) hit3 += 1;
      else misses.push(`${c.text} -> ${ranked.slice(0, 3).join(', ')}`);
    }
    rows.push({ x: signals(result), y: rank >= 0 && rank < 3 ? 1 : 0, weight: 2 });
  }
  const bareRows: Row[] = [];
  for (const c of golden) {
    const result = ask(c.text, c, bareIndex);
    const rank = result.results.findIndex((hit) => c.expected.includes(hit.id));
    bareRows.push({ x: signals(result), y: rank >= 0 && rank < 3 ? 1 : 0, weight: 1 });
  }
  for (const line of corpusDev) {
    const result = ask(line.text);
    const oos = line.needs.includes(OUT_OF_SCOPE);
    // In-scope corpus phrasings have no expected entry: they only teach "do not refuse" weakly.
    rows.push({ x: signals(result), y: oos ? 0 : 1, weight: oos ? 1 : 0.3 });
  }

  // After the intake: the resident chose a right levensgebied, as bench:understanding simulates it.
  const intakeRows: Row[] = [];
  for (const c of golden) {
    if (c.expected.length === 0) continue;
    const chosen = simulatedChoice(loaded.catalogue, c, ask(c.text, c).domains);
    for (const on of [index, bareIndex]) {
      const result = ask(c.text, c, on, chosen);
      const rank = result.results.findIndex((hit) => c.expected.includes(hit.id));
      intakeRows.push({ x: signals(result), y: rank >= 0 && rank < 3 ? 1 : 0, weight: 1 });
    }
  }
  rows.push(...bareRows, ...intakeRows);
  // Logistic regression by plain gradient descent: fixed start, fixed steps, deterministic.
  const names = ['quality', 'agreement', 'domain', 'outOfScope', 'vague'] as const;
  let w = [0, 0, 0, 0, 0, 0];
  for (let step = 0; step < 4000; step += 1) {
    const grad = [0, 0, 0, 0, 0, 0];
    let total = 0;
    for (const row of rows) {
      const z = (w[0] as number) + row.x.reduce((sum, x, i) => sum + x * (w[i + 1] as number), 0);
      const g = (1 / (1 + Math.exp(-z)) - row.y) * row.weight;
      grad[0] = (grad[0] as number) + g;
      row.x.forEach((x, i) => (grad[i + 1] = (grad[i + 1] as number) + g * x));
      total += row.weight;
    }
    w = w.map((value, i) => value - (0.5 * (grad[i] as number)) / total - 1e-4 * value);
  }
  const rounded = w.map((value) => Math.round(value * 1000) / 1000);
  const confidence = (x: readonly number[]) =>
    1 /
    (1 +
      Math.exp(
        -((rounded[0] as number) + x.reduce((s, v, i) => s + v * (rounded[i + 1] as number), 0)),
      ));
  // The threshold: the strictest that refuses at most 5% of the answerable golden questions, at most
  // 10% of those the search still answers right without the synonym file, and at most 5% of right
  // answers after the intake (train+dev only).
  const goldenRows = rows.slice(0, golden.length);
  const candidates = Array.from({ length: 81 }, (_, i) => 0.1 + i * 0.01);
  let threshold = 0.5;
  for (const t of candidates) {
    const refused = goldenRows.filter(
      (row, i) => (golden[i]?.expected.length ?? 0) > 0 && confidence(row.x) < t,
    ).length;
    const rightBare = bareRows.filter((row) => row.y === 1);
    const refusedBare = rightBare.filter((row) => confidence(row.x) < t).length;
    const rightIntake = intakeRows.filter((row) => row.y === 1);
    const refusedIntake = rightIntake.filter((row) => confidence(row.x) < t).length;
    if (
      refused / answerable <= 0.05 &&
      refusedBare / Math.max(1, rightBare.length) <= 0.1 &&
      refusedIntake / Math.max(1, rightIntake.length) <= 0.05
    )
      threshold = Math.round(t * 100) / 100;
  }
  const oosRows = rows
    .slice(golden.length)
    .filter((_, i) => corpusDev[i]?.needs.includes(OUT_OF_SCOPE) === true);
  const goldenOos = goldenRows.filter((_, i) => (golden[i]?.expected.length ?? 1) === 0);
  const figures = {
    goldenTrainDev: {
      cases: golden.length,
      answerable,
      hitAt1: hit1 / answerable,
      hitAt3: hit3 / answerable,
    },
    weights: Object.fromEntries([
      ['bias', rounded[0]],
      ...names.map((n, i) => [n, rounded[i + 1]]),
    ]),
    threshold,
    outOfScopeFlagged: {
      golden:
        goldenOos.filter((row) => confidence(row.x) < threshold).length /
        Math.max(1, goldenOos.length),
      corpusDev:
        oosRows.filter((row) => confidence(row.x) < threshold).length / Math.max(1, oosRows.length),
    },
    bareRightRefused:
      bareRows.filter((row) => row.y === 1 && confidence(row.x) < threshold).length /
      Math.max(1, bareRows.filter((row) => row.y === 1).length),
    answerableRefused:
      goldenRows.filter(
        (row, i) => (golden[i]?.expected.length ?? 0) > 0 && confidence(row.x) < threshold,
      ).length / answerable,
    current: { weights: CONFIDENCE_WEIGHTS, threshold: MIN_CONFIDENCE },
  };
  console.log(JSON.stringify(figures, null, 2));
  if (process.env.SHOW_MISSES === '1') console.log(misses.join('\n'));
  if (process.env.TUNE_ONLY === '1') return;
  const file = path.join(root, 'src/search/calibration.ts');
  const source = readFileSync(file, 'utf8')
    .replace(
      /export const CONFIDENCE_WEIGHTS = \{[^}]*\} as const;/,
      `export const CONFIDENCE_WEIGHTS = {\n  bias: ${rounded[0]},\n${names.map((n, i) => `  ${n}: ${rounded[i + 1]},`).join('\n')}\n} as const;`,
    )
    .replace(
      /export const MIN_CONFIDENCE = [0-9.]+;/,
      `export const MIN_CONFIDENCE = ${threshold};`,
    );
  writeFileSync(file, source);
}

await main();
