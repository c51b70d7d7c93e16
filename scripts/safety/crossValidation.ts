/**
 * k-fold cross-validation of the concern model on the train and dev splits together: each corpus
 * message is scored by a model that never saw it (out of fold). Training-only rounds and the rule
 * sets are always trained on, never scored. Thresholds chosen from these scores rest on all 3,000
 * train and dev messages instead of dev's few hundred (docs/adr/0012-safety-net.md).
 */
import {
  concernModelFrom,
  type ConcernScore,
  type ConcernThresholds,
} from '../../src/safety/concernModel.js';
import { foldOf, type TrainingExample } from './concernExamples.js';
import {
  SHIPPED_METHOD,
  trainModelFiles,
  withFeatures,
  type OrderMethod,
  type TrainingSettings,
} from './concernTraining.js';

export const FOLDS = 5;

/**
 * A setting and epoch count as the tuner's key:
 * `${l2}/${nonCrisisWeight}/${helpWeight}/${letterGroupValue}/${epochs}`.
 */
export const settingKey = (setting: Omit<TrainingSettings, 'epochs'>, epochs: number) =>
  `${setting.l2}/${setting.nonCrisisWeight}/${setting.helpWeight}/${setting.letterGroupValue}/${epochs}`;

/**
 * Thresholds that never decide anything: fold models are only asked for scores, and a test that
 * trains a model only carries them into the file.
 */
export const INERT_THRESHOLDS: ConcernThresholds = {
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

/**
 * Out-of-fold scores for every corpus example and help question, per setting (the same run snapshot at each epoch
 * count of `epochs`). Keyed by settingKey.
 *
 * `scoredOnly` (the dev kaarten's help questions, eighth round) are never trained on: each is
 * scored by the model of its fold, like the rest, so the tuner can fit thresholds on help questions
 * in words no model saw.
 */
export function outOfFold(
  examples: readonly TrainingExample[],
  grid: readonly Omit<TrainingSettings, 'epochs'>[],
  epochs: readonly number[],
  scoredOnly: readonly TrainingExample[] = [],
  method: OrderMethod = SHIPPED_METHOD,
): Map<string, OutOfFold[]> {
  const results = new Map<string, OutOfFold[]>();
  // Help questions are held out like corpus messages, so their scores are out of fold too.
  const scored = (e: TrainingExample) => e.origin === 'corpus' || e.origin === 'help';
  const alwaysTrained = withFeatures(examples.filter((e) => !scored(e)));
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const inFold = (e: TrainingExample) => scored(e) && foldOf(e.key, FOLDS) === fold;
    const training = [
      ...withFeatures(examples.filter((e) => scored(e) && !inFold(e))),
      ...alwaysTrained,
    ];
    const heldOut = [
      ...examples.filter(inFold),
      ...scoredOnly.filter((e) => foldOf(e.key, FOLDS) === fold),
    ];
    for (const setting of grid) {
      const files = trainModelFiles(training, setting, epochs, INERT_THRESHOLDS, method);
      for (const [epochCount, file] of files) {
        const model = concernModelFrom(file);
        const key = settingKey(setting, epochCount);
        const list = results.get(key) ?? [];
        for (const example of heldOut) list.push({ example, score: model.score(example.text) });
        results.set(key, list);
      }
    }
  }
  return results;
}
