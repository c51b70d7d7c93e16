import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * Session 25, branch lines25 (docs/adr/0012-safety-net.md, "a death wish said to the writer by
 * someone else, and an attack by a stranger told without a place or a word of now"): two line
 * misreadings. A family member who says the writer had better be dead is abuse, not the writer's
 * own death wish (113 led where Veilig Thuis is needed); a stranger's attack in public told by the
 * harm's present state leads with 112, not Veilig Thuis. The writer's own wish and a household
 * doer keep their lines. Phrasings written for this file, new.
 */
describe('a death said to the writer by someone of the family', () => {
  const saidByFamily = [
    'sinds mijn oom weet dat ik met een jongen ga roept hij dat ik liever dood was geweest, en zijn zoons staan nu bij ons portiek',
    'mijn stiefmoeder gilde tegen me dat ik beter dood had kunnen blijven, en mijn vader pakt nu zijn riem',
    'my mum texted me that i would be better off dead than with a girl like her, my brothers are coming for me',
  ];

  it('reads abuse, and no death wish of the writer’s', () => {
    expectFired('abuse.wished-dead-by-family', saidByFamily);
    expectNotFired('suicide.death-wish', saidByFamily);
    expectNotFired('suicide.if-i-were-dead', saidByFamily);
    for (const text of saidByFamily) {
      const found = detectCrisis(text);
      expect(found.isCrisis, text).toBe(true);
      expect(found.kinds, text).toContain('abuse');
      expect(found.kinds, text).not.toContain('suicide');
    }
  });

  it('keeps the writer’s own wish, and a relative’s own wish, for 113', () => {
    for (const text of [
      'ik heb tegen mijn zus gezegd dat ik liever dood ben dan nog een jaar zo',
      'ik denk echt dat ik beter dood kan zijn, niemand mist me',
      'onze dochter van vijftien zegt dat ze liever dood is dan nog naar die klas te gaan',
      'i told my dad i would be better off dead and i meant it',
    ]) {
      const found = detectCrisis(text);
      expect(found.isCrisis, text).toBe(true);
      expect(found.kinds, text).toContain('suicide');
      expect(found.ruleIds, text).not.toContain('abuse.wished-dead-by-family');
    }
  });
});

describe('a stranger’s attack in public, told by the harm’s present state', () => {
  it('puts 112 first', () => {
    for (const text of [
      'bij de fietsenstalling van het station trapt een man een jongen in zijn buik, de jongen ligt op de grond',
      'op het strand heeft een man een vrouw uit het water geduwd en tegen haar hoofd geschopt, ze bloedt erg',
      'outside the mall a man kicked a girl to the ground, she is bleeding from her head',
    ]) {
      const found = detectCrisis(text);
      expect(found.isCrisis, text).toBe(true);
      expect(found.kinds[0], text).toBe('danger');
    }
  });

  it('keeps Veilig Thuis first when someone of the household does it', () => {
    for (const text of [
      'mijn man heeft me op de markt tegen een kraam geduwd en ik bloed aan mijn arm',
      'mijn vader heeft mijn broertje op het strand geschopt en hij ligt te huilen',
    ]) {
      const found = detectCrisis(text);
      expect(found.isCrisis, text).toBe(true);
      expect(found.kinds[0], text).toBe('abuse');
    }
  });
});
