import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import type { CrisisKind } from '../../../src/safety/crisisKind.js';
import {
  breathInThePast,
  breathNow,
  lockedInARoom,
  lockedInARoomNearMisses,
  othersDeathWish,
  othersDeathWishNearMisses,
} from './othersDeathWishLockInStoppedBreathPhrasings.js';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * Session 19's safety gaps (docs/adr/0012-safety-net.md, "Someone else's death wish, a room a
 * person is locked in, and a breath that stopped in the past"), scored as the shipped check
 * answers a first message: rules, concern model and frame reader. Phrasings in
 * othersDeathWishLockInStoppedBreathPhrasings.ts, written new.
 */
function expectCrisisWithLine(texts: readonly string[], kind: CrisisKind): void {
  for (const text of texts) {
    const result = assessSafety(text);
    expect(result.outcome, text).toBe('crisis');
    expect(
      result.lines.map((line) => line.kind),
      text,
    ).toContain(kind);
  }
}

function expectNoCrisisReply(texts: readonly string[]): void {
  for (const text of texts) expect(assessSafety(text).outcome, text).not.toBe('crisis');
}

describe('someone else’s death wish, reported', () => {
  it('answers it at once with 113', () => {
    expectCrisisWithLine(othersDeathWish, 'suicide');
  });

  it('gives no crisis reply to a wish about gaming, a house, a town or a life on benefits', () => {
    expectNoCrisisReply(othersDeathWishNearMisses);
  });
});

describe('someone locked in a room by another', () => {
  it('answers it at once with Veilig Thuis', () => {
    expectCrisisWithLine(lockedInARoom, 'abuse');
  });

  it('gives no crisis reply to a lock-in of one’s own, a mishap or a pet', () => {
    expectNoCrisisReply(lockedInARoomNearMisses);
  });
});

describe('a breath that stops', () => {
  it('keeps 112 when it stops now', () => {
    expectCrisisWithLine(breathNow, 'danger');
  });

  it('gives no crisis reply when it stopped in the past and a question follows', () => {
    expectNoCrisisReply(breathInThePast);
  });
});

describe('the guard on a breath that stopped in the past', () => {
  // Written after the first score, to pin what the guard must never take: a breath that stops now
  // told beside a past, or with "stopped" for what just happened.
  it('never takes a breath that stops now, whatever past is told beside it', () => {
    expectFired('danger.not-breathing', [
      'my dad stopped breathing, he was fine last week',
      'last week he was fine but today he stopped breathing',
      'once he stopped breathing i started cpr, the ambulance is coming',
      'my husband had covid last year and he was not breathing well this morning',
    ]);
  });

  it('takes a breath that stopped at a time that is over', () => {
    expectNotFired('danger.not-breathing', [
      'years ago my mum stopped breathing during an operation, should i tell the anaesthetist',
      'when my brother was little he could not breathe after peanuts, is there a test for adults',
    ]);
  });
});
