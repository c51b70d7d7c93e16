/**
 * The calibrated confidence of a search answer (ADR 0013): a logistic model over five signals of
 * the best result, fitted by `npm run train:calibrate` (training/calibrate.ts) on the train and dev
 * splits of the golden set and the dev split of the corpus, never on the frozen test split.
 * Generated: do not edit by hand.
 */
export interface ConfidenceSignals {
  /** Share of the question's words the best entry matches (matchQuality, 0..1). */
  readonly quality: number;
  /** How much the best entry's needs agree with the question's (0..1). */
  readonly agreement: number;
  /**
   * How sure we are that the best entry's levensgebied is the question's: 1 when the resident chose
   * it in the intake, else the question's own levensgebied confidence.
   */
  readonly domain: number;
  /** The model's probability that the question is not for the sociale kaart. */
  readonly outOfScope: number;
  /** The model's probability that the question names no subject yet. */
  readonly vague: number;
}

export const CONFIDENCE_WEIGHTS = {
  bias: 0.396,
  quality: 1.337,
  agreement: 1.548,
  domain: 1.599,
  outOfScope: -5.781,
  vague: 1.346,
} as const;

/** Below this confidence the search says "no good match" (but see the doubt band below). */
export const MIN_CONFIDENCE = 0.81;

/**
 * The doubt band (ADR 0013, round 16): between SURE_REFUSAL and MIN_CONFIDENCE a second calibrated
 * signal decides, the model's probability that the question is not for the sociale kaart. Answerable
 * questions in new words land in the band with that probability near zero; the out-of-scope
 * questions that land there carry it. Below SURE_REFUSAL the answer is always "no good match".
 */
export const SURE_REFUSAL = 0.68;
export const OUT_OF_SCOPE_DOUBT = 0.08;

/** Whether an answer with this confidence and these signals is "no good match". */
export function isNoGoodMatch(confidence: number, signals: ConfidenceSignals): boolean {
  if (confidence < SURE_REFUSAL) return true;
  return confidence < MIN_CONFIDENCE && signals.outOfScope >= OUT_OF_SCOPE_DOUBT;
}

/** The weights of the confidence: the shipped ones, or a refit a probe compares them with. */
export type ConfidenceWeights = Readonly<Record<keyof ConfidenceSignals | 'bias', number>>;

export function calibratedConfidence(
  signals: ConfidenceSignals,
  w: ConfidenceWeights = CONFIDENCE_WEIGHTS,
): number {
  const z =
    w.bias +
    w.quality * signals.quality +
    w.agreement * signals.agreement +
    w.domain * signals.domain +
    w.outOfScope * signals.outOfScope +
    w.vague * signals.vague;
  return 1 / (1 + Math.exp(-z));
}
