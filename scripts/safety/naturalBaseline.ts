/**
 * The comparison the issue asks for: natural's own classifiers (naive Bayes and logistic
 * regression, deep-imported, see docs/stack-notes.md) against our linear model, on the dev split
 * with the rules in front, as in production. Printed by `npm run train:safety` and kept in the
 * model file's training notes.
 */
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import LogisticRegressionClassifier from 'natural/lib/natural/classifiers/logistic_regression_classifier.js';
import porterStemmerNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
import { clauseMarker, normalise } from '../../src/safety/normalise.js';
import type { CorpusRecord } from './safetyCorpus.js';

export interface DevComparison {
  readonly model: string;
  /** Area under the ROC curve of the model's own score, crisis against the rest. */
  readonly auc: number;
  /** Recall (rules or model) at the highest threshold that checks at most 5% of ordinary questions. */
  readonly recallAtOrdinary5: number;
  /** Near misses the model would flag at that threshold (the rules' own alarms included). */
  readonly nearMissFlaggedAtOrdinary5: number;
  readonly trainSeconds: number;
}

export interface ComparedPoint {
  readonly record: CorpusRecord;
  readonly rules: boolean;
  readonly p: number;
}

/** natural's classifiers get what they are built for: stemmed words (our normaliser first). */
function stems(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((word) => word !== '' && word !== clauseMarker)
    .map((word) => porterStemmerNl.stem(word));
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function auc(points: readonly { y: boolean; p: number }[]): number {
  const positives = points.filter((x) => x.y);
  const negatives = points.filter((x) => !x.y);
  let wins = 0;
  for (const pos of positives) {
    for (const neg of negatives) wins += pos.p > neg.p ? 1 : pos.p === neg.p ? 0.5 : 0;
  }
  return wins / (positives.length * negatives.length);
}

export function operatingPoint(points: readonly ComparedPoint[]): {
  recall: number;
  nearMiss: number;
} {
  const crises = points.filter((x) => x.record.label === 'crisis');
  const ordinary = points.filter((x) => x.record.label === 'ordinary');
  const near = points.filter((x) => x.record.label === 'near-miss');
  const thresholds = [...new Set(points.map((x) => x.p))].sort((a, b) => a - b);
  for (const t of thresholds) {
    const checked = ordinary.filter((x) => x.rules || x.p >= t).length / ordinary.length;
    if (checked <= 0.05) {
      return {
        recall: crises.filter((x) => x.rules || x.p >= t).length / crises.length,
        nearMiss: near.filter((x) => x.rules || x.p >= t).length / near.length,
      };
    }
  }
  return { recall: 0, nearMiss: 0 };
}

function summarise(
  model: string,
  points: readonly ComparedPoint[],
  trainSeconds: number,
): DevComparison {
  const at = operatingPoint(points);
  return {
    model,
    auc: round4(auc(points.map((x) => ({ y: x.record.label === 'crisis', p: x.p })))),
    recallAtOrdinary5: round4(at.recall),
    nearMissFlaggedAtOrdinary5: round4(at.nearMiss),
    trainSeconds: Math.round(trainSeconds * 10) / 10,
  };
}

interface NaturalClassifier {
  addDocument(tokens: readonly string[], label: string): void;
  train(): void;
  getClassifications(tokens: readonly string[]): { label: string; value: number }[];
}

function runNatural(
  name: string,
  classifier: NaturalClassifier,
  train: readonly { text: string; label: string }[],
  base: readonly ComparedPoint[],
  keep: (stem: string) => boolean,
): DevComparison {
  const started = performance.now();
  for (const example of train) {
    const tokens = stems(example.text).filter(keep);
    if (tokens.length > 0)
      classifier.addDocument(tokens, example.label === 'crisis' ? 'crisis' : 'other');
  }
  classifier.train();
  const seconds = (performance.now() - started) / 1000;
  const points = base.map((point) => {
    const tokens = stems(point.record.text).filter(keep);
    const values = classifier.getClassifications(tokens.length > 0 ? tokens : ['leeg']);
    const crisis = values.find((v) => v.label === 'crisis')?.value ?? 0;
    const total = values.reduce((sum, v) => sum + v.value, 0);
    return { ...point, p: total === 0 ? 0 : crisis / total };
  });
  return summarise(name, points, seconds);
}

/**
 * Runs both natural classifiers on the same training messages. natural's logistic regression
 * builds a dense matrix of documents × vocabulary and runs full-batch gradient descent; on the
 * whole training set it had not finished after 15 minutes here, so it gets the 300 most frequent
 * stems and every sixth training message.
 */
export function compareNatural(
  train: readonly { text: string; label: string }[],
  points: readonly ComparedPoint[],
  ourSeconds: number,
): DevComparison[] {
  const frequency = new Map<string, number>();
  for (const example of train) {
    for (const stem of new Set(stems(example.text)))
      frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  }
  const top = new Set(
    [...frequency]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 300)
      .map(([stem]) => stem),
  );
  return [
    summarise('linear (ours): word, word-pair and letter-group features', points, ourSeconds),
    runNatural('natural BayesClassifier (stems)', new BayesClassifier(), train, points, () => true),
    runNatural(
      'natural LogisticRegressionClassifier (300 most frequent stems, every 6th training message)',
      new LogisticRegressionClassifier(),
      train.filter((_, i) => i % 6 === 0),
      points,
      (stem) => top.has(stem),
    ),
  ];
}
