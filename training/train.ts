/**
 * `npm run train`: trains the learned layer of the understanding pass (ADR 0013) and writes
 * models/understanding.model.json. Deterministic: fixed seeds, stable order, rounded output, so a
 * second run reproduces the shipped file byte for byte (test/understanding/training.process.test.ts
 * checks that, and that the calibration of training/calibrate.ts is the shipped one).
 *
 * Steps: read training/behoeften.yaml and training/corpus/*.txt; split the corpus and the search
 * golden set into train / dev / frozen test (by hash of the text) and write the split files;
 * train a softmax model over hashed word and character n-grams on train (plus light typo noise and
 * the need words); train natural's Bayes and logistic regression classifiers on the same data;
 * compare them on dev and keep the better; prune and quantise the weights. Only train and dev are
 * read for any choice: the test split is written, never scored here (bench:understanding does).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createRandom } from '../bench/syntheticKnowledge.js';
import { stemWord } from '../src/search/stem.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { tokenize } from '../src/text/normalise.js';
import { readCorpus, splitOf, type CorpusLine, type Split } from '../src/understanding/corpus.js';
import { createLinearModel, type LinearModel } from '../src/understanding/linearModel.js';
import {
  readBehoeften,
  score,
  settingsFromEnvironment,
  trainSoupFile,
  type Scores,
} from './linearTrainer.js';

const root = path.resolve(import.meta.dirname, '..');
const compareNatural = process.env.COMPARE_NATURAL !== '0';
/**
 * `--out DIR` writes everything into DIR instead of the repository (the model, the report and the
 * split files under the same relative paths): test/understanding/training.process.test.ts
 * checks with it that the shipped files are what this script makes.
 */
const outAt = process.argv.indexOf('--out');
const outDir = outAt >= 0 ? path.resolve(process.argv[outAt + 1] ?? '.') : root;
const output = (relative: string) => path.join(outDir, relative);

/**
 * The training orders (ADR 0013, session 13 amendment): `TRAIN_ORDERS=K` trains K models, order k
 * from the seed `TRAIN_SEED + k` (its own typo-noise draw and its own order of the examples), and
 * averages their weights before pruning (`trainSoupFile`). One order from the shipped seed is the
 * model as it was before soups. Soups compared with each other take seed bases at least K apart,
 * so that no two share an order.
 */
const SEED = 20261201;
const ORDERS = 1;

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < (name === 'TRAIN_SEED' ? 0 : 1))
    throw new RangeError(
      `${name}=${raw}: expected a whole number${name === 'TRAIN_SEED' ? '' : ' of at least 1'}`,
    );
  return value;
}
/**
 * `TRAIN_AANBOD=1` adds the partner-register lines of training/aanbod/ (how organisations describe
 * an offer) to the training data only: they never enter the split files, dev or the frozen test.
 */
const withAanbod = process.env.TRAIN_AANBOD === '1';

// ---- natural's classifiers, for the comparison the issue asks for ----

interface NaturalClassifier {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  getClassifications(tokens: string[]): { label: string; value: number }[];
}

function naturalScores(
  kind: 'bayes' | 'logistic',
  train: readonly { text: string; needs: readonly string[] }[],
  dev: readonly CorpusLine[],
  labels: readonly string[],
): Scores | { readonly skipped: string } {
  const require = createRequire(import.meta.url);
  const Constructor = require(
    kind === 'bayes'
      ? 'natural/lib/natural/classifiers/bayes_classifier.js'
      : 'natural/lib/natural/classifiers/logistic_regression_classifier.js',
  ) as new () => NaturalClassifier;
  const classifier = new Constructor();
  // Our tokenizer and Dutch stems: natural's own Dutch tokenizer breaks diacritics (stack-notes).
  const stems = (text: string) => tokenize(text).map((token) => stemWord(token));
  for (const example of train) {
    for (const need of example.needs) classifier.addDocument(stems(example.text), need);
  }
  classifier.train();
  const index = new Map(labels.map((label, i) => [label, i]));
  return {
    ...score(dev, labels, (text) => {
      const probabilities = new Float64Array(labels.length);
      const found = classifier.getClassifications(stems(text));
      const total = found.reduce((sum, item) => sum + Math.max(0, item.value), 0) || 1;
      for (const item of found) {
        const at = index.get(item.label);
        if (at !== undefined) probabilities[at] = Math.max(0, item.value) / total;
      }
      return probabilities;
    }),
  };
}

// ---- main ----

function writeJsonl(file: string, rows: readonly unknown[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
}

function main(): void {
  const behoeften = readBehoeften(path.join(root, 'training/behoeften.yaml'));
  const labels = behoeften.map((b) => b.id);
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const corpus = readCorpus(path.join(root, 'training/corpus'));
  for (const line of corpus) {
    for (const need of line.needs)
      if (!labelIndex.has(need))
        throw new WijkwijzerError('WW-5004', { detail: { line: line.source, need } });
  }
  const bySplit: Record<Split, CorpusLine[]> = { train: [], dev: [], test: [] };
  for (const line of corpus) bySplit[splitOf(line.text)].push(line);
  for (const split of ['train', 'dev', 'test'] as const) {
    writeJsonl(
      output(`training/split/${split}.jsonl`),
      bySplit[split].map(({ source: _source, ...rest }) => rest),
    );
  }
  // The golden set of search splits the same way (by its text).
  const goldenLines = readFileSync(path.join(root, 'test/golden/search.golden.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('//'));
  const goldenBySplit: Record<Split, unknown[]> = { train: [], dev: [], test: [] };
  for (const line of goldenLines) {
    const row = JSON.parse(line) as { text: string };
    goldenBySplit[splitOf(row.text)].push(row);
  }
  for (const split of ['train', 'dev', 'test'] as const) {
    writeJsonl(output(`test/golden/split/${split}.jsonl`), goldenBySplit[split]);
  }

  const orders = positiveInteger('TRAIN_ORDERS', ORDERS);
  const seedBase = positiveInteger('TRAIN_SEED', SEED);
  const seeds = Array.from({ length: orders }, (_, k) => seedBase + k);
  const aanbod = withAanbod ? readCorpus(path.join(root, 'training/aanbod')) : [];
  const { file, texts: trainTexts } = trainSoupFile(
    [...bySplit.train, ...aanbod],
    behoeften,
    seeds.map((seed) => createRandom(seed)),
    settingsFromEnvironment(),
  );
  const model: LinearModel = createLinearModel(file);
  const linear = score(bySplit.dev, labels, (text) => model.predict(text));

  const comparison: Record<string, unknown> = {
    'linear (word + char n-grams), pruned int8': linear,
  };
  if (compareNatural) {
    comparison['natural BayesClassifier (Dutch stems)'] = naturalScores(
      'bayes',
      trainTexts,
      bySplit.dev,
      labels,
    );
    comparison['natural LogisticRegressionClassifier (Dutch stems)'] =
      process.env.NATURAL_LOGISTIC === '1'
        ? naturalScores('logistic', trainTexts, bySplit.dev, labels)
        : {
            skipped:
              'NATURAL_LOGISTIC=1 to run: its dense one-vs-rest training over 63 classes takes very long on 2 cores',
          };
  }
  const winner = Object.entries(comparison)
    .filter(([, value]) => 'levensgebiedTop2' in (value as object))
    .sort(
      ([, a], [, b]) =>
        (b as Scores).levensgebiedTop2 - (a as Scores).levensgebiedTop2 ||
        (b as Scores).needAt1 - (a as Scores).needAt1,
    )[0]?.[0];

  const modelJson = JSON.stringify(file);
  mkdirSync(output('models'), { recursive: true });
  writeFileSync(output('models/understanding.model.json'), modelJson + '\n');
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const report = {
    corpus: {
      phrasings: corpus.length,
      train: bySplit.train.length,
      dev: bySplit.dev.length,
      test: bySplit.test.length,
      labels: labels.length,
    },
    golden: {
      train: goldenBySplit.train.length,
      dev: goldenBySplit.dev.length,
      test: goldenBySplit.test.length,
    },
    // Only when not the default, so that the default run writes the report it always wrote.
    ...(orders === ORDERS && seedBase === SEED ? {} : { training: { orders, seeds } }),
    dev: comparison,
    kept: winner,
    model: {
      bytes: modelJson.length + 1,
      features: Buffer.from(file.features, 'base64').length / 4,
      weights: Buffer.from(file.weights, 'base64').length,
      sha256: sha(modelJson + '\n'),
    },
  };
  writeFileSync(output('training/report.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(JSON.stringify(report, null, 2));
  if (winner !== 'linear (word + char n-grams), pruned int8') {
    console.error(`natural's classifier measured better on dev (${winner}): ship it instead`);
    process.exitCode = 1;
  }
}

main();

// `npm run train` is this script and then the calibration (training/calibrate.ts), which writes
// src/search/calibration.ts for the model just shipped. A model trained elsewhere (`--out DIR`) is
// for comparison only and is scored with the shipped calibration, so nothing in the repository is
// written then. Both steps live here rather than in package.json, because npm hands the arguments
// of `npm run train -- --out DIR` to the last command of a script only: the training would have
// written into the repository.
if (outAt < 0) await import('./calibrate.js');
