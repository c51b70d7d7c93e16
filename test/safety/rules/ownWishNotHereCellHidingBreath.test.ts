import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import type { CrisisKind } from '../../../src/safety/crisisKind.js';
import {
  breathStoppedJustNowNl,
  breathStoppedLongAgoNl,
  feelingLockedUp,
  hidingFromIntruder,
  hidingFromPartner,
  lockedInNoThreat,
  lockedUpBySomeone,
  ownPassiveWishEn,
  ownPassiveWishEnNearMisses,
} from './ownWishNotHereCellHidingBreathPhrasings.js';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * Session 19's second safety gaps (docs/adr/0012-safety-net.md, "The writer's own wish not to be
 * here, a home that feels like a cell, a writer locked in to hide, and a breath that stopped
 * minutes ago told in the Dutch past"), scored as the shipped check answers a first message: rules,
 * concern model and frame reader. Phrasings in ownWishNotHereCellHidingBreathPhrasings.ts, written
 * new.
 */
function expectCrisisWithLines(texts: readonly string[], needed: readonly CrisisKind[]): void {
  for (const text of texts) {
    const result = assessSafety(text);
    expect(result.outcome, text).toBe('crisis');
    const shown = result.lines.map((line) => line.kind);
    for (const kind of needed) expect(shown, text).toContain(kind);
    // A crisis reply leads with 112 when the message needs it (scripts/safety/rightLine.ts).
    if (needed.includes('danger')) expect(shown[0], text).toBe('danger');
  }
}

function expectNoCrisisReply(texts: readonly string[]): void {
  for (const text of texts) expect(assessSafety(text).outcome, text).not.toBe('crisis');
}

describe('the writer’s own wish not to be here, in English', () => {
  it('answers it at once with 113', () => {
    expectCrisisWithLines(ownPassiveWishEn, ['suicide']);
  });

  it('gives no crisis reply to a boring town, a house with mould, a job or a baby not to wake', () => {
    expectNoCrisisReply(ownPassiveWishEnNearMisses);
  });
});

describe('a home that feels like a cell', () => {
  it('keeps Veilig Thuis for a person locked up by another, whatever feeling is told', () => {
    for (const text of lockedUpBySomeone) {
      const result = assessSafety(text);
      expect(result.outcome, text).not.toBe('none');
      expect(
        result.lines.map((line) => line.kind),
        text,
      ).toContain('abuse');
    }
  });

  it('gives no crisis reply to feeling housebound', () => {
    expectNoCrisisReply(feelingLockedUp);
  });

  it('leaves abuse.locked-up on a lock-in someone does beside a feeling', () => {
    expectFired('abuse.locked-up', [
      'ik voel me zo bang, hij heeft me opgesloten in de kamer',
      'het voelt als een gevangenis, mijn partner sluit me op in huis en pakt mijn sleutels af',
    ]);
    expectNotFired('abuse.locked-up', [
      'ik voel me opgesloten in mijn eigen huis sinds mijn heup kapot is',
      'zonder scootmobiel zit ik als het ware opgesloten in huis',
    ]);
  });
});

describe('the writer hiding behind a locked door', () => {
  it('answers hiding from an intruder with 112 first', () => {
    expectCrisisWithLines(hidingFromIntruder, ['danger']);
  });

  it('answers hiding from a partner or a relative with 112 first and Veilig Thuis', () => {
    expectCrisisWithLines(hidingFromPartner, ['danger', 'abuse']);
  });

  it('gives no crisis reply to a lock-in of one’s own with no one at the door now', () => {
    expectNoCrisisReply(lockedInNoThreat);
  });
});

describe('a breath that stopped, told in the Dutch past', () => {
  it('answers a breath that stopped minutes ago with 112', () => {
    expectCrisisWithLines(breathStoppedJustNowNl, ['danger']);
  });

  it('gives no crisis reply to a breath that stopped at a time that is over', () => {
    expectNoCrisisReply(breathStoppedLongAgoNl);
  });
});
