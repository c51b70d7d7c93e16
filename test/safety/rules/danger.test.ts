import { describe, expect, it } from 'vitest';
import { dangerRules } from '../../../src/safety/rules/danger.js';
import { checkNearMisses, checkRuleFile, firedIn } from './ruleFileCheck.js';

describe('danger rules', () => {
  it('are well formed and each fires on a message', () => {
    checkRuleFile(dangerRules, 'danger', {
      'danger.on-the-tracks': 'hij ligt op de rails bij de overweg',
    });
  });

  it('fire on no near miss', () => {
    checkNearMisses(dangerRules);
  });

  it('tell an emergency now from one in the past or in a course', () => {
    expect(firedIn(dangerRules, 'mijn vader heeft een hartaanval')).toContain(
      'danger.heart-stroke',
    );
    expect(firedIn(dangerRules, 'mijn vader had vorig jaar een hartaanval')).toEqual([]);
    expect(firedIn(dangerRules, 'ik wil leren reanimeren')).toEqual([]);
    // "net ... gehad" is now: the past guard is deliberately short.
    expect(firedIn(dangerRules, 'hij heeft net een hartaanval gehad')).toContain(
      'danger.heart-stroke',
    );
  });

  it('do not take an agency that does not answer for a person who does not respond', () => {
    expect(firedIn(dangerRules, 'de gemeente reageert niet op mijn mail')).toEqual([]);
    expect(firedIn(dangerRules, 'mijn moeder reageert niet meer')).toContain('danger.unresponsive');
  });

  it('see violence happening now', () => {
    expect(firedIn(dangerRules, 'mijn man slaat me nu, help')).toContain('danger.violence-now');
    expect(firedIn(dangerRules, 'mijn man slaat me nu al jaren')).toEqual([]);
  });
});
