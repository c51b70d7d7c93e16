import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * The rules read one list per concept (docs/adr/0012-safety-net.md, "Rule word lists folded"): the
 * call words of a message said alone, vehicles, pills, poisons, a time that is over and being fine
 * now. Where two copies had drifted apart, each rule now reads the union, except where a word would
 * misfire for one of them (a narrower list, named for why).
 */
describe('one list per concept in the rules', () => {
  it('gives 113 beside 112 for a height said alone with any call word of the short alarm', () => {
    const alone = [
      'alsjeblieft ik zit boven op het dak van de flat',
      'ik ben nu op het viaduct alstublieft',
      'dringend . ik sta op de reling',
      'ik zit op het dak van de parkeergarage nou',
      'quick ik sta op de brug',
    ];
    for (const text of alone) {
      const found = detectCrisis(text);
      expect(found.ruleIds, text).toContain('danger.at-the-edge');
      expect(found.ruleIds, text).toContain('suicide.jump');
      expect(found.kinds, text).toContain('suicide');
    }
    // Still the whole message only: in a longer sentence the call word does not make it an alarm.
    expectNotFired('suicide.jump', ['ik zit op het dak alsjeblieft geen foto maken van mijn haar']);
  });

  it('reads a bike or a cyclist as a vehicle that hits, as a car was', () => {
    expectFired('danger.injured', ['my grandad got knocked down by a cyclist on the crossing']);
    expectNotFired('danger.injured', ['my grandad got knocked down by a cyclist and is fine now']);
  });

  it('reads every sleeping pill and medicine of the overdose list after the verb too', () => {
    expectFired('danger.overdose', ['ik heb mijn antidepressiva geslikt, allemaal']);
    expectFired('suicide.overdose-taken', ['ik heb een hele strip oxazepam geslikt']);
    // The singular "pil" after the verb is the contraceptive.
    expectNotFired('danger.overdose', ['ik heb de pil genomen, alles goed verder']);
  });

  it('keeps "medication" for saving it up only', () => {
    expectFired('suicide.saving-pills', ['ive been saving up my medication for weeks']);
    expectNotFired('danger.overdose', [
      'i took all my medication this morning like the doctor said',
    ]);
  });

  it('reads every poison before and after the verb', () => {
    expectFired('danger.poisoning', ['een knoopcel ingeslikt', 'my dad drank antivries']);
    expectFired('suicide.overdose-taken', ['ik heb net bleach gedronken']);
  });

  it('reads every season and a week or a month as a time that is over', () => {
    expectNotFired('danger.seizure', [
      'she had a seizure last spring, how do i get her a care plan',
    ]);
    expectNotFired('suicide.jump', ['ik stond last month op de brug voor een foto']);
  });

  it('reads "recovering now" as fine after an accident, and "safe" only before "now"', () => {
    expectFired('danger.injured', ['my son was hit by a van, is it safe to move him']);
    expectNotFired('danger.violence-now', ['my son was hit by a car and is recovering now']);
  });

  it('keeps a scooter out of what one throws oneself in front of', () => {
    expectNotFired('suicide.in-front-of', [
      'ik moet morgen onder de scooter liggen om de uitlaat te maken',
    ]);
    expectFired('suicide.in-front-of', ['ik wil voor de metro springen']);
  });

  it('reads placing oneself before a train as in front of it, not a queue for the bus', () => {
    expectFired('suicide.in-front-of', [
      'soms denk ik dat ik gewoon voor de trein ga staan',
      'mijn broer zegt dat hij voor een vrachtwagen wil gaan staan',
    ]);
    expectNotFired('suicide.in-front-of', ['ik moet elke ochtend een kwartier voor de bus staan']);
  });
});
