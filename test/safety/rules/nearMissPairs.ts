import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';

/** A near miss a frame cue must turn into a check, and the crisis beside it that must stay one. */
export interface NearMissPair {
  readonly cue: string;
  readonly nearMiss: string;
  readonly crisis: string;
}

/**
 * Each pair as two tests: the near miss matches a rule that asks (a firm check with every line,
 * never silence) instead of answering, and the crisis told beside it keeps its crisis reply.
 */
export function describeNearMissPairs(title: string, pairs: readonly NearMissPair[]): void {
  describe(title, () => {
    for (const { cue, nearMiss, crisis } of pairs) {
      it(`${cue}: the near miss gets the rule's check, not a crisis reply`, () => {
        const rules = detectCrisis(nearMiss);
        expect(rules.isCrisis, nearMiss).toBe(false);
        const asks = rules.isCrisis ? [] : rules.askRuleIds;
        expect(asks.length, nearMiss).toBeGreaterThan(0);
        expect(assessSafety(nearMiss).outcome, nearMiss).toBe('check');
      });
      it(`${cue}: the crisis beside it keeps its crisis reply`, () => {
        expect(detectCrisis(crisis).isCrisis, crisis).toBe(true);
        expect(assessSafety(crisis).outcome, crisis).toBe('crisis');
      });
    }
  });
}
