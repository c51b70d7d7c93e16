/**
 * What the concern model learns from, shared by `npm run tune:safety` (cross-validation) and
 * `npm run train:safety` (the shipped model): the train and dev splits, the training-only rounds,
 * the rule regression sets of ADR 0005, the help questions of the other corpora's train and dev
 * parts, and one noisy copy of each. The frozen test split and the
 * unseen rounds are never read here (docs/adr/0012-safety-net.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { crisisKindsByUrgency } from '../../src/safety/crisisKind.js';
import { crisisSet, nearMissSet, ordinarySet } from '../../test/safety/safetySets.js';
import { trainingHelpQuestions } from './helpQuestions.js';
import { seededRandom } from './linearTrainer.js';
import { findNearCopies } from './nearCopies.js';
import { withNoise } from './noise.js';
import {
  corpusKey,
  corpusRoot,
  loadCorpusFile,
  loadSplit,
  parseWritten,
  type CorpusLabel,
  type CorpusRecord,
  unseenFile,
} from './safetyCorpus.js';

/** Training-only material (written to fix a weakness seen on train or dev): never scored. */
export const trainOnlyDir = path.join(corpusRoot, 'train-only');

export const SEED = 20_261_201;

export interface TrainingExample {
  readonly key: string;
  readonly text: string;
  readonly label: CorpusLabel;
  readonly kinds: readonly string[];
  /**
   * Where it comes from: `corpus` and `help` examples are held out in cross-validation, the rest
   * always trained on. `help`: an ordinary help question of the train and dev parts of the
   * understanding corpus and the golden set (scripts/safety/helpQuestions.ts), weighed by the
   * setting's `helpWeight` (0: scored in cross-validation, never trained on). `dev-kaart`: a help
   * question of a dev kaart (scripts/safety/helpQuestions.ts, devKaarten), scored by the tuner's
   * fold models and never trained on, in no fold nor in the shipped model (eighth round).
   * `floor-set`: a short crisis or a build-up conversation's turn the tuner's recall floor counts
   * (scripts/safety/floorSets.ts), scored the same way and never trained on either. `dev-set`: a
   * line of a dev set the rule scripts read (scripts/safety/devSetExamples.ts); never trained on.
   */
  readonly origin:
    'corpus' | 'train-only' | 'legacy' | 'help' | 'dev-kaart' | 'floor-set' | 'dev-set';
  /** The class it was written for (corpus and training-only rounds), for the tuner's report. */
  readonly class: string;
}

function trainOnly(): CorpusRecord[] {
  return readdirSync(trainOnlyDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => parseWritten(name, readFileSync(path.join(trainOnlyDir, name), 'utf8')));
}

/** A corpus record as a training example of `origin` (the tests build theirs the same way). */
export const fromRecord =
  (origin: TrainingExample['origin']) =>
  (record: CorpusRecord): TrainingExample => ({
    key: record.key,
    text: record.text,
    label: record.label,
    kinds: record.kinds,
    origin,
    class: record.class,
  });

/**
 * The train and dev splits (scored in cross-validation), then the training-only rounds and the
 * rule sets (always trained on), each message once: a text that is also in the frozen test split
 * or an unseen round ("dank je wel" is written more than once) is left out, so nothing the bench
 * reports was trained on.
 */
export function trainingExamples(): TrainingExample[] {
  const corpus = [...loadSplit('train'), ...loadSplit('dev')];
  const taken = new Set(
    [...corpus, ...loadSplit('test'), ...loadCorpusFile(unseenFile)].map((record) => record.key),
  );
  const examples = corpus.map(fromRecord('corpus'));
  for (const record of trainOnly()) {
    if (taken.has(record.key)) continue;
    taken.add(record.key);
    examples.push(fromRecord('train-only')(record));
  }
  const legacy = [
    ...crisisSet.map((c) => ({ text: c.text, label: 'crisis' as const, kinds: c.kinds })),
    ...nearMissSet.map((c) => ({ text: c.text, label: 'near-miss' as const, kinds: [] })),
    ...ordinarySet.map((c) => ({ text: c.text, label: 'ordinary' as const, kinds: [] })),
  ];
  for (const example of legacy) {
    const key = corpusKey(example.text);
    if (taken.has(key)) continue;
    taken.add(key);
    examples.push({ ...example, key, origin: 'legacy', class: 'rule-set' });
  }
  const held = [...loadSplit('test'), ...loadCorpusFile(unseenFile)];
  const nearCopies = new Set(
    findNearCopies(
      examples.map((example) => ({ text: example.text, where: example.key })),
      held.map((record) => ({ text: record.text, where: record.key })),
    ).map((copy) => copy.line.where),
  );
  // Near copies of a held-out line (a few words added, cut or changed) are left out like exact
  // copies: trained on, they make the figures on that line partly in-sample. The training-only
  // files hold none (a test checks it); a written line in train or dev may, when an unseen round
  // later said nearly the same thing.
  const kept = examples.filter((example) => !nearCopies.has(example.key));
  // trainingHelpQuestions already leaves out every question of the measurement sets.
  for (const question of trainingHelpQuestions()) {
    if (taken.has(question.key)) continue;
    taken.add(question.key);
    kept.push({
      key: question.key,
      text: question.text,
      label: 'ordinary',
      kinds: [],
      origin: 'help',
      class: `help-question-${question.lang}`,
    });
  }
  return kept;
}

/**
 * One noisy copy per message (lower case, no punctuation, a slip of the finger), seeded by the
 * message itself so a copy stays the same when other messages are added. None when the noise
 * changed nothing the model reads.
 */
export function noisyCopy(example: TrainingExample): TrainingExample | undefined {
  const copy = withNoise(
    example.text,
    seededRandom(SEED ^ Number.parseInt(example.key.slice(0, 8), 16)),
  );
  const key = corpusKey(copy);
  return key === example.key ? undefined : { ...example, key, text: copy };
}

/** The fold of a message in k-fold cross-validation, from its key (independent of the split). */
export function foldOf(key: string, folds: number): number {
  return Number.parseInt(key.slice(8, 16), 16) % folds;
}

/** Targets of the four heads: any crisis, then danger, suicide, abuse. */
export function targetsOf(example: TrainingExample): number[] {
  return [
    example.label === 'crisis' ? 1 : 0,
    ...crisisKindsByUrgency.map((kind) => (example.kinds.includes(kind) ? 1 : 0)),
  ];
}
