import { expect } from 'vitest';
import { rightLine } from '../../../scripts/safety/rightLine.js';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import type { CrisisKind } from '../../../src/safety/crisisKind.js';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import type { ShortCrisis } from './veryShortMessagePhrasings.js';

/**
 * The expectations of the rule-precision rounds (docs/adr/0012-safety-net.md, nineteenth round
 * on): a rule made precise must stop firing on the ordinary messages and keep firing on the crises
 * written with the same words.
 */
export function firedRules(text: string): readonly string[] {
  return detectCrisis(text).ruleIds;
}

export function expectNotFired(rule: string, texts: readonly string[]): void {
  for (const text of texts) expect(firedRules(text), text).not.toContain(rule);
}

export function expectFired(rule: string, texts: readonly string[]): void {
  for (const text of texts) expect(firedRules(text), text).toContain(rule);
}

/** None of `rules` fires on any of `texts` (a change that had to quiet two rules at once). */
export function expectNoneFired(rules: readonly string[], texts: readonly string[]): void {
  for (const text of texts) {
    const fired = firedRules(text);
    for (const rule of rules) expect(fired, text).not.toContain(rule);
  }
}

/** No rule gives a crisis reply to any of `texts` (a rule may still ask: a check). */
export function expectNoRuleCrisis(texts: readonly string[]): void {
  for (const text of texts) expect(detectCrisis(text).isCrisis, text).toBe(false);
}

/** Some rule gives a crisis reply to each of `texts`, and it shows the line of `kind`. */
export function expectRuleCrisis(texts: readonly string[], kind?: string): void {
  for (const text of texts) {
    const found = detectCrisis(text);
    expect(found.isCrisis, text).toBe(true);
    if (kind !== undefined) expect(found.kinds, text).toContain(kind);
  }
}

/**
 * Every crisis of a round's class sets that gets a crisis reply must show the lines its kinds need;
 * returns the ones that got no crisis reply at once ("<outcome> <text>"), for the round's test to
 * pin (each round leaves a few to the concern model on purpose).
 */
export function crisesNotAnsweredAtOnce(crises: readonly ShortCrisis[]): string[] {
  const notAtOnce: string[] = [];
  for (const { text, kinds } of crises) {
    const result = assessSafety(text);
    if (result.outcome !== 'crisis') {
      notAtOnce.push(`${result.outcome} ${text}`);
      continue;
    }
    const shown = result.lines.map((line) => line.kind as CrisisKind);
    expect(rightLine('crisis', kinds, shown), text).toBe(true);
  }
  return notAtOnce;
}

/**
 * Every crisis of `crises` is caught (a crisis reply or a check), and each one answered with a crisis
 * reply shows the lines its kinds need: the near-miss rounds' twins, which a guard must not quiet.
 */
export function expectCaughtWithRightLines(crises: readonly ShortCrisis[]): void {
  for (const { text, kinds } of crises) {
    const result = assessSafety(text);
    expect(result.outcome, text).not.toBe('none');
    if (result.outcome !== 'crisis') continue;
    const shown = result.lines.map((line) => line.kind as CrisisKind);
    expect(rightLine('crisis', kinds, shown), text).toBe(true);
  }
}
