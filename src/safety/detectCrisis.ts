import type { CrisisKind } from './crisisKind.js';
import { orderByUrgency } from './crisisKind.js';
import type { CompiledRule, CrisisRule } from './crisisRule.js';
import { compileRule, ruleFires } from './crisisRule.js';
import { normalise } from './normalise.js';
import { abuseRules } from './rules/abuse.js';
import { dangerRules } from './rules/danger.js';
import { suicideRules } from './rules/suicide.js';

/** A message with at least one crisis kind: the reply must stop the intake and show the lines. */
export interface CrisisDetected {
  readonly isCrisis: true;
  /** Most urgent first (see crisisKindsByUrgency). Never empty. */
  readonly kinds: readonly [CrisisKind, ...CrisisKind[]];
  /** Ids of the rules that fired, sorted: for tests and review. */
  readonly ruleIds: readonly string[];
}

export interface NoCrisis {
  readonly isCrisis: false;
  readonly kinds: readonly [];
  readonly ruleIds: readonly [];
}

/**
 * The outcome of the crisis check. It never carries the message or any part of it, so it may be
 * logged, counted and kept.
 */
export type CrisisAssessment = CrisisDetected | NoCrisis;

/** Every rule of every kind, in file order. Exported for review tooling and tests. */
export const crisisRules: readonly CrisisRule[] = [...dangerRules, ...suicideRules, ...abuseRules];

const compiledRules: readonly CompiledRule[] = crisisRules.map(compileRule);

const noCrisis: NoCrisis = { isCrisis: false, kinds: [], ruleIds: [] };

/**
 * Checks one resident message for a crisis. Pure and deterministic: no network, no model, no
 * state. Runs before any other logic on every message (docs/adr/0005-crisis-detection.md).
 */
export function detectCrisis(text: string): CrisisAssessment {
  return assessWith(compiledRules, text);
}

/** The same check against a chosen rule set; rule-file tests use it to test one file at a time. */
export function assessWith(rules: readonly CompiledRule[], text: string): CrisisAssessment {
  const normalised = normalise(text);
  if (normalised.length === 0) return noCrisis;
  const fired = rules.filter((rule) => ruleFires(rule, normalised));
  const [first, ...rest] = orderByUrgency(fired.map((rule) => rule.kind));
  if (first === undefined) return noCrisis;
  return {
    isCrisis: true,
    kinds: [first, ...rest],
    ruleIds: fired.map((rule) => rule.id).sort(),
  };
}
