import type { Language } from '../conversation/language.js';
import type { CrisisKind } from './crisisKind.js';
import { crisisKindsByUrgency, orderByUrgency } from './crisisKind.js';
import type { CrisisLine } from './crisisLines.js';
import { crisisLines } from './crisisLines.js';
import type { ConcernModel, ConcernScore } from './concernModel.js';
import { loadConcernModel } from './concernModel.js';
import type { ConcernState } from './concernState.js';
import { noConcern } from './concernState.js';
import { detectCrisis } from './detectCrisis.js';
import { clauseMarker, normalise } from './normalise.js';
import { safetyLanguage } from './safetyLanguage.js';

/**
 * The safety check of one resident message, in two layers (docs/adr/0012-safety-net.md):
 * 1. the rules of ADR 0005, auditable, first: when one fires, it is a crisis;
 * 2. the concern model, which can only add safety: a crisis of its own when it is sure, a check
 *    when it is unsure or when weak signals have added up over the conversation.
 * Pure and SDK-free: the same text, prior concern and model always give the same answer.
 */
export type SafetyOutcome = 'crisis' | 'check' | 'none';

/** Why the check decided as it did. Rule ids and model feature names; never the message. */
export interface SafetyExplanation {
  readonly source: 'rules' | 'model' | 'accumulated' | 'none';
  readonly ruleIds: readonly string[];
  /** The model's "any crisis" probability for this message, two decimals. */
  readonly concern: number;
  /** The accumulated concern after this message (1 = enough for a check), two decimals. */
  readonly accumulated: number;
  /** The model features that weighed most toward concern, strongest first. */
  readonly strongest: readonly string[];
}

export interface SafetyAssessment {
  readonly outcome: SafetyOutcome;
  /** For a crisis the kinds whose lines to show, for a check the kinds it asks about; most urgent first. */
  readonly kinds: readonly CrisisKind[];
  /** The lines to show, in order, 112 always among them for a crisis or a check. */
  readonly lines: readonly CrisisLine[];
  /** The language to answer in. */
  readonly language: Language;
  readonly explanation: SafetyExplanation;
  /** What the conversation keeps for the next message: numbers only. */
  readonly nextConcern: ConcernState;
}

export interface AssessOptions {
  /** The conversation's state after the previous message; none at the start. */
  readonly priorConcern?: ConcernState;
  /** The conversation's language so far. */
  readonly language?: Language;
  /** The concern model; the shipped one when left out. */
  readonly model?: ConcernModel;
  /**
   * False for a message that is one of the product's own commands ("stop", "opnieuw", "wat weet je
   * van mij"): the rules still read it, the model does not.
   */
  readonly useModel?: boolean;
}

let shipped: ConcernModel | undefined;

/** The shipped model, read once. The composition root loads it at start-up (src/index.ts). */
export function shippedConcernModel(): ConcernModel {
  shipped ??= loadConcernModel();
  return shipped;
}

/** The lines for some kinds, most urgent first, with 112 added when it is not among them. */
export function linesFor(kinds: readonly CrisisKind[]): CrisisLine[] {
  const ordered = orderByUrgency(kinds);
  const lines = ordered.map((kind) => crisisLines[kind]);
  return ordered.includes('danger') ? lines : [...lines, crisisLines.danger];
}

const wordCount = (text: string) =>
  normalise(text)
    .split(' ')
    .filter((word) => word !== '' && word !== clauseMarker).length;

const round2 = (x: number) => Math.round(x * 100) / 100;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The kinds the model points to. One of 113 and Veilig Thuis, never both: the line a resident
 * sees first must be the right one, and the model is less sure of the kind than of the concern.
 * 112 comes in front when the model sees danger now.
 */
function modelKinds(score: ConcernScore): CrisisKind[] {
  const { danger, suicide, abuse } = score.kinds;
  const kinds: CrisisKind[] = [];
  if (danger >= 0.5) kinds.push('danger');
  if (kinds.length === 0 || Math.max(suicide, abuse) >= 0.3) {
    kinds.push(suicide >= abuse ? 'suicide' : 'abuse');
  }
  return kinds;
}

/** The model's suicide or abuse kind when the rules found danger only and the model is sure. */
function behindDanger(ruleKinds: readonly CrisisKind[], score: ConcernScore): CrisisKind[] {
  if (ruleKinds.some((kind) => kind !== 'danger')) return [];
  const { suicide, abuse } = score.kinds;
  if (Math.max(suicide, abuse) < 0.5) return [];
  return [suicide >= abuse ? 'suicide' : 'abuse'];
}

function explanation(
  source: SafetyExplanation['source'],
  ruleIds: readonly string[],
  score: ConcernScore,
  accumulated: number,
): SafetyExplanation {
  return {
    source,
    ruleIds: [...ruleIds],
    concern: round2(score.crisis),
    accumulated: round2(accumulated),
    strongest: source === 'rules' ? [] : [...score.strongest],
  };
}

/**
 * On its own the model shows the lines at once only for a message of at least this many words.
 * Short messages give it few features and it is then most sure where it knows least ("alles is
 * zo zwaar"): those get the check, with the lines visible, and the rules still catch short
 * crises ("ik wil dood", "help brand").
 */
export const modelCrisisMinWords = 8;

/**
 * The model reads messages of at least this many words. One or two words are almost always an
 * answer to a question (a number, a name, "stop", "allebei"): the model has nothing to read there
 * and the rules catch the short crises ("wil dood", "help brand", "ik word geslagen").
 */
export const modelMinWords = 3;

/** The most one message adds to the conversation's concern (1 asks the check). */
const maxSignalPerMessage = 0.9;

/** A cap on the stored concern, so one bad afternoon cannot make every later message a check. */
const maxConcern = 3;

export function assessSafety(text: string, options: AssessOptions = {}): SafetyAssessment {
  const model = options.model ?? shippedConcernModel();
  const prior = options.priorConcern ?? noConcern;
  const language = safetyLanguage(text, options.language ?? 'nl');
  if (wordCount(text) === 0) {
    // Nothing to read (an empty message, only punctuation): nothing changes.
    const score: ConcernScore = {
      crisis: 0,
      kinds: { danger: 0, suicide: 0, abuse: 0 },
      strongest: [],
    };
    return {
      outcome: 'none',
      kinds: [],
      lines: [],
      language,
      explanation: explanation('none', [], score, 0),
      nextConcern: prior,
    };
  }
  const rules = detectCrisis(text);
  const words = wordCount(text);
  const score: ConcernScore =
    options.useModel === false || words < modelMinWords
      ? { crisis: 0, kinds: { danger: 0, suicide: 0, abuse: 0 }, strongest: [] }
      : model.score(text);
  const { thresholds } = model;

  const decide = (
    outcome: SafetyOutcome,
    kinds: readonly CrisisKind[],
    source: SafetyExplanation['source'],
    accumulated: number,
    nextConcern: ConcernState,
  ): SafetyAssessment => ({
    outcome,
    kinds: [...kinds],
    lines: outcome === 'none' ? [] : linesFor(kinds),
    language,
    explanation: explanation(source, rules.ruleIds, score, accumulated),
    nextConcern,
  });

  if (rules.isCrisis) {
    // The model may only add: when the rules saw danger alone, it may add the line for what lies
    // behind it (a threat from a partner is also for Veilig Thuis, a weapon held by a suicidal man
    // also for 113). It never removes or reorders what the rules found.
    const kinds = orderByUrgency([...rules.kinds, ...behindDanger(rules.kinds, score)]);
    return decide('crisis', kinds, 'rules', 0, noConcern);
  }
  if (score.crisis >= thresholds.crisis && words >= modelCrisisMinWords) {
    return decide('crisis', modelKinds(score), 'model', 0, noConcern);
  }

  // A weak signal adds to the conversation's concern, shared out over the kinds the model sees.
  const units = score.crisis / thresholds.check;
  // Capped below 1: one message alone never asks through the build-up; that is the check
  // threshold's job (with its stricter bar for short messages).
  const signal = units >= thresholds.weakSignal ? Math.min(units, maxSignalPerMessage) : 0;
  const kindTotal = score.kinds.danger + score.kinds.suicide + score.kinds.abuse;
  const concern = crisisKindsByUrgency.map((kind, index) => {
    const share = kindTotal === 0 ? 1 / 3 : score.kinds[kind] / kindTotal;
    const carried = thresholds.carryOver * (prior.concern[index] ?? 0) + signal * share;
    return round3(Math.min(maxConcern, carried));
  }) as [number, number, number];
  const accumulated = concern[0] + concern[1] + concern[2];
  const nextConcern: ConcernState = { concern, pendingCheck: 0 };

  // A short message needs the model to be surer before it asks (halfway to the crisis threshold):
  // with a few words a single feature ("niemand", "meer") decides, and short answers inside the
  // intake are common.
  const checkAt =
    words >= modelCrisisMinWords ? thresholds.check : (thresholds.check + thresholds.crisis) / 2;
  if (score.crisis >= checkAt) {
    return decide('check', modelKinds(score), 'model', accumulated, nextConcern);
  }
  if (accumulated >= 1) {
    // The kind that built up most; suicide before abuse on a tie, as in the urgency order.
    const top = crisisKindsByUrgency.reduce((best, kind, index) =>
      (concern[index] ?? 0) > (concern[crisisKindsByUrgency.indexOf(best)] ?? 0) ? kind : best,
    );
    return decide('check', [top], 'accumulated', accumulated, nextConcern);
  }
  return decide('none', [], 'none', accumulated, nextConcern);
}
