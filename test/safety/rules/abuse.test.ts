import { describe, expect, it } from 'vitest';
import { abuseRules } from '../../../src/safety/rules/abuse.js';
import { checkNearMisses, checkRuleFile, firedIn } from './ruleFileCheck.js';

describe('abuse rules', () => {
  it('are well formed and each fires on a message', () => {
    checkRuleFile(abuseRules, 'abuse', {});
  });

  it('fire on no near miss', () => {
    checkNearMisses(abuseRules);
  });

  it('need a person as the victim of "slaan"', () => {
    for (const text of [
      'wij slaan alarm over de straat',
      'ik wil een slag slaan bij de kringloop',
      'de klok slaat twaalf',
      'mijn zoon slaat de bal over het hek',
      'een slaatje bij de lunch',
    ]) {
      expect(firedIn(abuseRules, text), text).toEqual([]);
    }
    for (const text of ['mijn man slaat mij', 'mijn man mij slaan', 'dan slaat ze mij']) {
      expect(firedIn(abuseRules, text), text).not.toEqual([]);
    }
  });

  it('tell siblings who fight from a beating', () => {
    expect(firedIn(abuseRules, 'mijn kinderen slaan elkaar voor de grap')).toEqual([]);
    expect(firedIn(abuseRules, 'hij heeft me in elkaar geslagen')).not.toEqual([]);
  });

  it('do not read identity fraud as abuse', () => {
    expect(firedIn(abuseRules, 'mijn gegevens worden misbruikt')).toEqual([]);
    expect(firedIn(abuseRules, 'ik word misbruikt')).toContain('abuse.word');
  });

  it('catch a bystander who hears it', () => {
    expect(firedIn(abuseRules, 'ik hoor de buurman zijn vrouw slaan')).not.toEqual([]);
  });
});
