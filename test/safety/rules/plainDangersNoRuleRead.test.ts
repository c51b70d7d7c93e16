import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import type { CrisisKind } from '../../../src/safety/crisisKind.js';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import {
  childTakenAway,
  childTakenNearMisses,
  drunkDriverNearMisses,
  drunkDriverWithChildren,
  foulAirNearMisses,
  foulAirUnwell,
  jumpingNearMisses,
  lastTimeHurt,
  lastTimeNearMisses,
  muchBloodNearMisses,
  muchBloodNow,
  painlessNearMisses,
  painlessWayFound,
  stoodThinkingOfJumping,
} from './plainDangersNoRuleReadPhrasings.js';
import { crisesB, nearMissesB } from './plainDangersNoRuleReadFreshPhrasings.js';

/**
 * Session 20's rules for dangers told plainly that no rule read (docs/adr/0012-safety-net.md,
 * "Amendment (2026-12-04, session 20)"). The rules must answer every crisis of the probe with the
 * needed lines; the shipped check (rules, concern model, frame reader) must catch each one and give
 * no near miss a crisis reply. The frame reader may lower a suicide rule's reply to a check when a
 * message reads like a question about information ("hoe je het pijnloos doet"): still caught.
 */
const kinds: readonly [string, readonly string[], readonly string[], readonly CrisisKind[]][] = [
  [
    'a drunk driver with children',
    drunkDriverWithChildren,
    drunkDriverNearMisses,
    ['danger', 'abuse'],
  ],
  ['much blood beside an injury', muchBloodNow, muchBloodNearMisses, ['danger']],
  ['a foul smell with someone unwell', foulAirUnwell, foulAirNearMisses, ['danger']],
  ['a painless way to die', painlessWayFound, painlessNearMisses, ['suicide']],
  ['a child taken and lost', childTakenAway, childTakenNearMisses, ['danger', 'abuse']],
  ['last time’s violence beside a fear of tonight', lastTimeHurt, lastTimeNearMisses, ['abuse']],
  [
    'stood at a height thinking about jumping',
    stoodThinkingOfJumping,
    jumpingNearMisses,
    ['suicide'],
  ],
];

describe.each(kinds)('%s', (_name, crises, nearMisses, needed) => {
  it('is answered by the rules with the needed lines', () => {
    for (const text of crises) {
      const rules = detectCrisis(text);
      expect(rules.isCrisis, text).toBe(true);
      for (const kind of needed) expect(rules.kinds, text).toContain(kind);
    }
  });

  it('is caught by the shipped check, a crisis reply showing the needed lines', () => {
    for (const text of crises) {
      const result = assessSafety(text);
      expect(result.outcome, text).not.toBe('none');
      const shown = result.lines.map((line) => line.kind);
      for (const kind of needed) expect(shown, text).toContain(kind);
      if (result.outcome === 'crisis' && needed.includes('danger')) {
        expect(shown[0], text).toBe('danger');
      }
    }
  });

  it('gives no near miss in the same words a crisis reply', () => {
    for (const text of nearMisses) {
      expect(detectCrisis(text).isCrisis, text).toBe(false);
      expect(assessSafety(text).outcome, text).not.toBe('crisis');
    }
  });
});

describe('the fresh probe of candidate B', () => {
  it('catches every crisis with the needed lines among those shown', () => {
    for (const [text, needed] of crisesB) {
      const result = assessSafety(text);
      expect(result.outcome, text).not.toBe('none');
      const shown = result.lines.map((line) => line.kind);
      for (const kind of needed) expect(shown, text).toContain(kind);
    }
  });

  it('gives no near miss a crisis reply', () => {
    for (const text of nearMissesB) expect(assessSafety(text).outcome, text).not.toBe('crisis');
  });
});

describe('a painless way to die named', () => {
  it('is not lowered by the frame reader when asked as "how to"', () => {
    for (const text of [painlessWayFound[0] ?? '', painlessWayFound[2] ?? '']) {
      expect(assessSafety(text).outcome, text).toBe('crisis');
    }
  });
});
