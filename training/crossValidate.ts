/**
 * `npm run train:cv`: k-fold cross-validation of the learned layer over the train and dev splits
 * of the corpus (ADR 0013). Never reads the frozen test split. It answers the questions a tuning
 * round asks, on phrasings the fold's model has not seen:
 *
 * - how often the model's best need is right and the levensgebied is in its top two;
 * - the same for the search's levensgebieden (model and everyday-word rules combined), over the
 *   real knowledge;
 * - which levensgebieden and needs it confuses with which, and (`SHOW=1`) the phrasings it missed.
 *
 * Options: `CV_FOLDS` (5), the trainer's `TRAIN_*` settings (training/linearTrainer.ts), `SHOW=1`,
 * `CV_JSON=file` to write the figures for comparing two runs, `CV_ALWAYS_TRAIN` (below),
 * `CV_ROWS=file` for the per-phrasing evidence of the model and the rules (to try combinations).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRandom } from '../bench/syntheticKnowledge.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { detectDomains } from '../src/search/domains.js';
import { analyseQuery } from '../src/search/queryAnalysis.js';
import { search } from '../src/search/search.js';
import { buildSearchIndex } from '../src/search/searchIndex.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { foldText } from '../src/text/normalise.js';
import { readCorpus, splitOf } from '../src/understanding/corpus.js';
import { fnv1a } from '../src/understanding/features.js';
import { createLinearModel } from '../src/understanding/linearModel.js';
import { levensgebiedOfNeed, OUT_OF_SCOPE, VAGUE } from '../src/understanding/needs.js';
import {
  levensgebiedRanking,
  readBehoeften,
  settingsFromEnvironment,
  trainModelFile,
} from './linearTrainer.js';

const root = path.resolve(import.meta.dirname, '..');
const FOLDS = Number(process.env.CV_FOLDS ?? 5);
const SEED = 20261201;
const TODAY = '2026-12-01';

/** The fold of a phrasing: a hash of its folded text with a seed of its own (not the split's). */
export function foldOf(text: string, folds: number): number {
  return fnv1a(foldText(text).trim(), 0xc0ffee) % folds;
}

/**
 * `CV_ALWAYS_TRAIN=ronde12` puts the lines of corpus files whose name contains it in every fold's
 * training data and never scores them: how much new phrasings help on the phrasings that were
 * there before, measured on exactly the same lines.
 */
const alwaysTrain = process.env.CV_ALWAYS_TRAIN;
function isAlwaysTrained(source: string): boolean {
  return alwaysTrain !== undefined && alwaysTrain !== '' && source.includes(alwaysTrain);
}

interface Tally {
  cases: number;
  modelTop2: number;
  searchTop2: number;
}

async function main(): Promise<void> {
  const behoeften = readBehoeften(path.join(root, 'training/behoeften.yaml'));
  const labels = behoeften.map((b) => b.id);
  const lines = readCorpus(path.join(root, 'training/corpus')).filter(
    (line) => splitOf(line.text) !== 'test',
  );
  const loaded = await loadKnowledge(path.join(root, 'knowledge'), {
    clock: { now: () => new Date(`${TODAY}T10:00:00Z`) },
  });
  if (!loaded.ok)
    throw new WijkwijzerError('WW-4001', { detail: { errors: loaded.errors.length } });
  const settings = settingsFromEnvironment();

  let needAt1 = 0;
  let inScope = 0;
  let oos = 0;
  let oosRight = 0;
  let vagueCases = 0;
  let vagueRight = 0;
  let inScopeCalledOos = 0;
  const total: Tally = { cases: 0, modelTop2: 0, searchTop2: 0 };
  const perDomain = new Map<string, Tally>();
  const confusions = new Map<string, number>();
  const needRecall = new Map<string, { cases: number; right: number }>();
  const misses: string[] = [];
  const rows: unknown[] | undefined = process.env.CV_ROWS === undefined ? undefined : [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const train = lines.filter(
      (line) => foldOf(line.text, FOLDS) !== fold || isAlwaysTrained(line.source),
    );
    const held = lines.filter(
      (line) => foldOf(line.text, FOLDS) === fold && !isAlwaysTrained(line.source),
    );
    const { file } = trainModelFile(train, behoeften, createRandom(SEED + fold), settings);
    const model = createLinearModel(file);
    const index = buildSearchIndex(loaded.catalogue, { model });
    for (const line of held) {
      const probabilities = model.predict(line.text);
      let best = 0;
      for (let c = 1; c < labels.length; c += 1) {
        if ((probabilities[c] as number) > (probabilities[best] as number)) best = c;
      }
      const predicted = labels[best] as string;
      if (line.needs.includes(predicted)) needAt1 += 1;
      for (const need of line.needs) {
        const tally = needRecall.get(need) ?? { cases: 0, right: 0 };
        tally.cases += 1;
        if (predicted === need) tally.right += 1;
        needRecall.set(need, tally);
      }
      if (line.needs.includes(OUT_OF_SCOPE)) {
        oos += 1;
        if (predicted === OUT_OF_SCOPE) oosRight += 1;
      }
      if (line.needs.includes(VAGUE)) {
        vagueCases += 1;
        if (predicted === VAGUE) vagueRight += 1;
      }
      const wanted = line.needs.flatMap((need) => levensgebiedOfNeed(need) ?? []);
      if (wanted.length === 0) continue;
      inScope += 1;
      if (predicted === OUT_OF_SCOPE) inScopeCalledOos += 1;
      const modelTop2 = levensgebiedRanking(labels, probabilities)
        .filter((domain) => domain !== OUT_OF_SCOPE && domain !== VAGUE)
        .slice(0, 2);
      const result = search(index, {
        text: line.text,
        audience: 'resident',
        today: TODAY,
        needProbabilities: probabilities,
      });
      const searchTop2 = result.domains.slice(0, 2).map((domain) => domain.slug);
      if (rows !== undefined) {
        const analysed = analyseQuery(index.internals, line.text);
        const known = new Set(loaded.catalogue.levensgebieden.map((d) => d.id));
        const rules = Object.fromEntries(
          detectDomains(analysed.phraseMatches, [], known).map((d) => [d.slug, d.confidence]),
        );
        const fromResults = Object.fromEntries(
          detectDomains([], result.results, known).map((d) => [d.slug, d.confidence]),
        );
        const model: Record<string, number> = {};
        labels.forEach((label, c) => {
          const domain = levensgebiedOfNeed(label);
          if (domain !== undefined)
            model[domain] = (model[domain] ?? 0) + (probabilities[c] as number);
        });
        rows.push({
          fold,
          wanted,
          rules,
          fromResults,
          model,
          vague: probabilities[labels.indexOf(VAGUE)] as number,
          outOfScope: probabilities[labels.indexOf(OUT_OF_SCOPE)] as number,
          confidence: result.confidence,
          quality: result.matchQuality,
        });
      }
      const modelHit = wanted.some((domain) => modelTop2.includes(domain));
      const searchHit = wanted.some((domain) => searchTop2.includes(domain));
      for (const key of [...new Set(wanted)].map((domain) => domain as string)) {
        const tally = perDomain.get(key) ?? { cases: 0, modelTop2: 0, searchTop2: 0 };
        tally.cases += 1;
        if (modelHit) tally.modelTop2 += 1;
        if (searchHit) tally.searchTop2 += 1;
        perDomain.set(key, tally);
      }
      total.cases += 1;
      if (modelHit) total.modelTop2 += 1;
      if (searchHit) total.searchTop2 += 1;
      if (!searchHit) {
        const pair = `${wanted.join('+')} → ${searchTop2[0] ?? '(none)'}`;
        confusions.set(pair, (confusions.get(pair) ?? 0) + 1);
        misses.push(
          `${line.needs.join(',')} | ${line.text}\n    search: ${searchTop2.join(', ') || '(none)'} · model: ${modelTop2.join(', ')} (${predicted})`,
        );
      }
    }
  }
  const scored = lines.filter((line) => !isAlwaysTrained(line.source)).length;
  const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
  const figures = {
    folds: FOLDS,
    phrasings: lines.length,
    scored,
    settings,
    needAt1: pct(needAt1, scored),
    levensgebiedTop2: {
      model: pct(total.modelTop2, total.cases),
      search: pct(total.searchTop2, total.cases),
      cases: total.cases,
    },
    outOfScopeRecall: pct(oosRight, oos),
    vagueRecall: pct(vagueRight, vagueCases),
    inScopeCalledOutOfScope: pct(inScopeCalledOos, inScope),
    perLevensgebied: Object.fromEntries(
      [...perDomain.entries()]
        .sort((a, b) => a[1].searchTop2 / a[1].cases - b[1].searchTop2 / b[1].cases)
        .map(([domain, tally]) => [
          domain,
          `${pct(tally.searchTop2, tally.cases)}% search, ${pct(tally.modelTop2, tally.cases)}% model (${tally.cases})`,
        ]),
    ),
    confusions: Object.fromEntries(
      [...confusions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25),
    ),
    weakestNeeds: Object.fromEntries(
      [...needRecall.entries()]
        .map(([need, tally]) => [need, pct(tally.right, tally.cases), tally.cases] as const)
        .sort((a, b) => a[1] - b[1])
        .slice(0, 20)
        .map(([need, recall, cases]) => [need, `${recall}% (${cases})`]),
    ),
  };
  console.log(JSON.stringify(figures, null, 2));
  if (process.env.CV_JSON !== undefined) {
    writeFileSync(process.env.CV_JSON, JSON.stringify(figures, null, 2) + '\n');
  }
  if (process.env.SHOW === '1') console.log(misses.join('\n'));
  if (rows !== undefined && process.env.CV_ROWS !== undefined) {
    writeFileSync(process.env.CV_ROWS, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  }
}

await main();
