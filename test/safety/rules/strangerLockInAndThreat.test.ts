import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import { expectFired, expectNoRuleCrisis, expectNotFired } from './ruleExpectations.js';

/**
 * Session 25, branch frames25 (docs/adr/0012-safety-net.md, "a stranger's violence in public, a
 * gun locked away, someone else's threat to kill"): three rule misreadings left by lines24. A
 * stranger's violence in public now leads with 112, not Veilig Thuis; a weapon locked away is no
 * person locked up, and a lock-in of one's own with a means is for 113 beside 112; someone else's
 * threat to kill the writer is no death wish of the writer's. The crises in the same words stay
 * read. Phrasings written for this file, new.
 */
describe('violence by strangers or in public, now', () => {
  it('puts 112 first when no one of the household does it', () => {
    for (const text of [
      'bij het station werd mijn dochter net door een groepje jongeren geschopt en ze huilt',
      'een kerel in het cafe heeft mijn broer net tegen de grond geslagen en hij staat er nog',
      'op de kermis wordt mijn neefje nu door een paar jongens in elkaar geslagen',
    ]) {
      const found = detectCrisis(text);
      expect(found.isCrisis, text).toBe(true);
      expect(found.kinds[0], text).toBe('danger');
    }
  });

  it('keeps Veilig Thuis first when someone of the household does it or home is named', () => {
    for (const text of [
      'mijn vriend duwt me nog steeds tegen de muur als we samen in de bus zitten',
      'mijn dochter wordt net bij de bushalte geslagen door haar vader',
    ]) {
      const found = detectCrisis(text);
      expect(found.isCrisis, text).toBe(true);
      expect(found.kinds[0], text).toBe('abuse');
    }
  });
});

describe('a weapon locked away, and a lock-in of one’s own with a means', () => {
  it('reads no one locked up when the weapon is what is locked away', () => {
    const stored = [
      'de buks van mijn zoon ligt opgesloten in een kast in de kelder, mag dat zo',
      'onze buurman houdt zijn jachtgeweren opgesloten in een kast op zolder, is dat veilig genoeg',
    ];
    expectNotFired('abuse.locked-up', stored);
    expectNoRuleCrisis(stored);
  });

  it('answers a lock-in of one’s own with a weapon or pills with 113, not Veilig Thuis', () => {
    for (const text of [
      'mijn schoonzoon heeft zich met een jachtgeweer op zijn kamer opgesloten en doet niet meer open',
      'mijn moeder heeft zich in de badkamer opgesloten met al haar slaappillen',
    ]) {
      const found = detectCrisis(text);
      expect(found.isCrisis, text).toBe(true);
      expect(found.kinds, text).toContain('suicide');
      expect(found.kinds, text).not.toContain('abuse');
      expect(found.ruleIds, text).not.toContain('abuse.locked-up');
    }
  });

  it('still reads someone locked up by another, or shut in with someone', () => {
    expectFired('abuse.locked-up', [
      'mijn oom heeft mij opgesloten in de schuur en hij heeft zijn geweer bij zich',
      'mijn vriend heeft zich met onze baby op de kamer opgesloten en heeft een mes',
    ]);
    const shutInWithChild = detectCrisis(
      'mijn vriend heeft zich met onze baby op de kamer opgesloten en heeft een mes',
    );
    expect(shutInWithChild.kinds).not.toContain('suicide');
  });
});

describe('someone else’s threat to kill the writer', () => {
  it('reads a threat, no death wish, whatever words stand between', () => {
    const threats = [
      'mijn ex sms te dat hij me ooit nog zou doodmaken en nu rijdt hij langs mijn huis',
      'mijn stiefvader riep dat hij ons allebei zal doden als we weggaan',
      'hij heeft gezegd dat hij mij met zijn auto dood gaat rijden',
    ];
    expectNotFired('suicide.death-wish', threats);
    for (const text of threats.slice(0, 2)) {
      const found = detectCrisis(text);
      expect(found.isCrisis, text).toBe(true);
      expect(found.kinds, text).toContain('abuse');
      expect(found.kinds, text).not.toContain('suicide');
    }
  });

  it('keeps the writer’s own wish, however put', () => {
    expectFired('suicide.death-wish', [
      'ik wil me gewoon dood maken, ik trek het niet meer',
      'iedere nacht denk ik erover om mij te doden',
      'mijn vrouw zegt dat ze me zou missen maar ik wil dood',
    ]);
  });
});
