/**
 * k-fold cross-validation of the concern model on the train and dev splits together: each corpus
 * message is scored by a model that never saw it (out of fold). Training-only rounds and the rule
 * sets are always trained on, never scored. Thresholds chosen from these scores rest on all 3,000
 * train and dev messages instead of dev's few hundred (docs/adr/0012-safety-net.md).
 */
import { concernModelFrom, type ConcernScore } from '../../src/safety/concernModel.js';
import { foldOf, type TrainingExample } from './concernExamples.js';
import { trainModelFiles, withFeatures, type TrainingSettings } from './concernTraining.js';

export const FOLDS = 5;

/** Thresholds that never decide anything: fold models are only asked for scores. */
const inert = {
  crisis: null,
  check: 1,
  checkShort: 1,
  kind: 0.5,
  behindDanger: 1,
  weakSignal: 0.3,
  carryOver: 0.7,
  firmCheck: 1,
  firmCheckShort: 1,
};

export interface OutOfFold {
  readonly example: TrainingExample;
  readonly score: ConcernScore;
}

/** A text outside the corpus (a help question), scored by the fold model of its key's fold. */
export interface HeldText {
  readonly key: string;
  readonly text: string;
}

/**
 * Out-of-fold scores for every corpus example, per setting (the same run snapshot at each epoch
 * count of `epochs`). Keyed by `${l2}/${nonCrisisWeight}/${epochs}`.
 */
export function outOfFold(
  examples: readonly TrainingExample[],
  grid: readonly Omit<TrainingSettings, 'epochs'>[],
  epochs: readonly number[],
): Map<string, OutOfFold[]> {
  return outOfFoldWith(examples, grid, epochs, []).corpus;
}

/**
 * outOfFold, and also scores for texts that are never trained on (the help questions of the train
 * and dev parts of the other corpora), each by the fold model of its key's fold, in the order given:
 * a held-out score from a model like the fold models that scored the corpus.
 */
export function outOfFoldWith(
  examples: readonly TrainingExample[],
  grid: readonly Omit<TrainingSettings, 'epochs'>[],
  epochs: readonly number[],
  held: readonly HeldText[],
): { corpus: Map<string, OutOfFold[]>; held: Map<string, ConcernScore[]> } {
  const results = new Map<string, OutOfFold[]>();
  const heldScores = new Map<string, ConcernScore[]>();
  const alwaysTrained = withFeatures(examples.filter((e) => e.origin !== 'corpus'));
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const inFold = (e: TrainingExample) => e.origin === 'corpus' && foldOf(e.key, FOLDS) === fold;
    const training = [
      ...withFeatures(examples.filter((e) => e.origin === 'corpus' && !inFold(e))),
      ...alwaysTrained,
    ];
    const heldOut = examples.filter(inFold);
    for (const setting of grid) {
      const files = trainModelFiles(training, setting, epochs, inert);
      for (const [epochCount, file] of files) {
        const model = concernModelFrom(file);
        const key = `${setting.l2}/${setting.nonCrisisWeight}/${epochCount}`;
        const list = results.get(key) ?? [];
        for (const example of heldOut) list.push({ example, score: model.score(example.text) });
        results.set(key, list);
        const scores = heldScores.get(key) ?? new Array<ConcernScore>(held.length);
        held.forEach((item, index) => {
          if (foldOf(item.key, FOLDS) === fold) scores[index] = model.score(item.text);
        });
        heldScores.set(key, scores);
      }
    }
  }
  return { corpus: results, held: heldScores };
}
