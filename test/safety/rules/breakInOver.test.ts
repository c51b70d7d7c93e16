import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import { dangerOver, dangerStill } from './pastDangerPhrasings.js';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * A break-in that is over, told to ask for help, gets no "Bel nu meteen 112"; one that is acute or
 * going on keeps it (docs/adr/0012-safety-net.md, session 19, "A crime that is over, told to ask
 * for help"). Scored as the shipped check answers a first message; the probe's phrasings are in
 * pastDangerPhrasings.ts, written before the guard.
 */
describe('a break-in that is over', () => {
  it('gets no crisis reply when told with a time that is over and nothing acute', () => {
    for (const text of dangerOver) expect(assessSafety(text).outcome, text).not.toBe('crisis');
  });

  it('keeps 112 when it goes on, the offender is there or back, or someone is hurt now', () => {
    for (const text of dangerStill) {
      const result = assessSafety(text);
      expect(result.outcome, text).toBe('crisis');
      expect(
        result.lines.map((line) => line.kind),
        text,
      ).toContain('danger');
    }
  });
});

describe('the guard reads the whole message', () => {
  it('keeps the rule when the present is told in another sentence', () => {
    expectFired('danger.intruder', [
      'Vorige week is er bij ons ingebroken. Nu staat er weer een man in de tuin.',
      'Someone broke into our flat two days ago. Tonight he is at the back door again.',
    ]);
  });

  it('takes a fear or a sleep of the aftermath beside "now" as over', () => {
    expectNotFired('danger.intruder', [
      'er is afgelopen maand ingebroken en ik slaap nu slecht, waar kan ik over praten',
      'our shed was broken into last week and now my son is scared to go in the garden, who can help',
    ]);
  });
});

describe('a break-in told as done, with what came after it and no time', () => {
  it('asks (a check with every line) instead of answering with 112', () => {
    for (const text of [
      'er is ingebroken in mijn schuur en mijn gereedschap is gestolen, wie helpt met aangifte',
      'someone broke into my van and took my tools, i am really upset, is there support for victims',
    ]) {
      const result = assessSafety(text);
      expect(result.outcome, text).toBe('check');
      expect(result.explanation.ruleIds, text).toContain('danger.intruder');
    }
  });

  it('keeps 112 when anything in the message is acute', () => {
    expectFired('danger.intruder', [
      'er is ingebroken en mijn tas is gestolen, hij staat nog in de gang',
      'someone broke into my car and stole my bag. He is still in the car park and has a knife.',
    ]);
  });
});
