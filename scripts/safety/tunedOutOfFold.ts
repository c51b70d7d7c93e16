/**
 * Out of fold for the tuned setting, as the diagnostic scripts of ADR 0012 read the concern model:
 * every train and dev message and help question scored by the model of the fold that held it out,
 * and `scoredOnly` (the dev kaarten's questions, windows of a message) by the model of its key's
 * fold, never trained on. One place for the setting and the first-message decision, so the
 * scripts that compare layers or gates decide as the tuner does.
 */
import { decideSafety, type SafetyAssessment } from '../../src/safety/assessSafety.js';
import type { ConcernScore } from '../../src/safety/concernModel.js';
import { noConcern } from '../../src/safety/concernState.js';
import type { TrainingExample } from './concernExamples.js';
import { outOfFold, type OutOfFold } from './crossValidation.js';
import { readingOf } from './tuneConcern.js';
import type { TuningRecord } from './tuningRecord.js';

/** The scores of the tuned setting (`tuning.chosen`), out of fold. */
export function tunedOutOfFold(
  tuning: TuningRecord,
  examples: readonly TrainingExample[],
  scoredOnly: readonly TrainingExample[],
): OutOfFold[] {
  const { l2, nonCrisisWeight, helpWeight, letterGroupValue, epochs } = tuning.chosen;
  const results = outOfFold(
    examples,
    [{ l2, nonCrisisWeight, helpWeight, letterGroupValue }],
    [epochs],
    scoredOnly,
  );
  return [...results.values()][0] ?? [];
}

/**
 * A message decided as a first message with its out-of-fold score: the rules read in its text,
 * no concern built up over earlier turns, Dutch lines, the tuned thresholds.
 */
export function decideFirstMessage(
  text: string,
  score: ConcernScore,
  tuning: TuningRecord,
): SafetyAssessment {
  return decideSafety({
    ...readingOf(text),
    score,
    language: 'nl',
    prior: noConcern,
    thresholds: tuning.thresholds,
  });
}
