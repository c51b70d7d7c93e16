import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import {
  crisesNotAnsweredAtOnce,
  expectFired,
  expectNoRuleCrisis,
  expectNotFired,
  expectRuleCrisis,
} from './ruleExpectations.js';
import { classSets } from './edgeExSleepingPillsPhrasings.js';

/**
 * The twenty-sixth round (docs/adr/0012-safety-net.md): four classes made precise. Someone on a
 * roof, a bridge or an edge now gets 112 in Dutch as in English, and 113 when the writer is the one
 * up there; an ex at the door or a relative who touches a child gets Veilig Thuis; sleeping pills
 * taken in a dose, or said alone, get 112 and 113; and a rule word of one language no longer fires
 * on the other language's everyday word (the English "slap", "brand", the Dutch "gun"). The
 * phrasings in this file are written for it and are not in the round's measured set
 * (edgeExSleepingPillsPhrasings.ts), which is checked as a whole at the end.
 */
describe('someone on a roof, a bridge or an edge now', () => {
  it('answers the writer up there with 112 and 113, said alone or at the very edge', () => {
    for (const text of [
      'ik sta op het viaduct',
      'help ik zit op het dak',
      'ik sta helemaal boven op de toren',
      'ik zit op de brugleuning',
      'zit op de rand van het dak van de school',
      'im on the railing of the bridge',
      'sitting on the ledge right now',
    ]) {
      const kinds = detectCrisis(text).kinds;
      expect(kinds, text).toContain('danger');
      expect(kinds, text).toContain('suicide');
    }
  });

  it('answers a bystander who sees someone at the very edge with 112 and 113', () => {
    for (const text of [
      'de buurjongen zit op de rand van het flatdak',
      'a man is sitting on the ledge of the building opposite and wont come down',
    ]) {
      expect(detectCrisis(text).ruleIds, text).toEqual(
        expect.arrayContaining(['danger.at-the-edge', 'suicide.jump']),
      );
    }
  });

  it('answers a young child at an edge with 112 alone', () => {
    const found = detectCrisis('er zit een peuter op de balkonrand van de flat hiernaast');
    expect(found.isCrisis).toBe(true);
    expect(found.kinds).toEqual(['danger']);
  });

  it('reads a roof, a bridge or an edge in an ordinary sentence as no alarm', () => {
    expectNoRuleCrisis([
      'ik sta op de brug bij het station te wachten op de bus',
      'de glazenwasser staat op het dak van de buren',
      'mijn vader zit op het dak om de goot schoon te maken',
      'ik zit op het balkon',
      'i am at the edge of my wits with these forms',
      'im on the bridge team at the community centre',
      'i am on the roof garden of the library, where is the lift',
      'ik zit op de rand van mijn bed en lees de brief van de gemeente',
    ]);
  });

  it('keeps a jump said at a height a crisis, whatever else is in the clause', () => {
    expectFired('suicide.jump', ['ik sta op het dak bij de antenne en ik ga springen']);
  });
});

describe('an ex at the door, a relative who touches a child', () => {
  it('answers an ex at the door who is not wanted there with Veilig Thuis', () => {
    expectRuleCrisis(
      [
        'mijn ex staat weer bij de voordeur en schreeuwt',
        'help ex staat voor de deur',
        'mijn ex-vriend probeert naar binnen te komen',
        'my ex is banging on the door again',
        'my ex boyfriend is trying to get in',
      ],
      'abuse',
    );
  });

  it('reads an ex who comes for the children or their things as no alarm', () => {
    expectNoRuleCrisis([
      'mijn ex staat zo voor de deur om de kinderen terug te brengen',
      'mijn ex belt straks aan voor zijn spullen',
      'my ex is at the door to pick up the kids',
    ]);
  });

  it('answers a relative or a mother’s partner who touches a child with Veilig Thuis', () => {
    expectFired('abuse.touching', [
      'mijn opa raakt mij aan',
      'de vriend van mijn moeder raakt mijn zusje aan',
      'stiefvader raakt me steeds aan',
    ]);
  });

  it('reads touching for care and Dutch idioms with "slaat" as no alarm', () => {
    expectNotFired('abuse.touching', [
      'mijn opa raakt me aan op mijn schouder als hij me troost',
      'mijn stiefvader raakt zijn sleutels steeds kwijt',
    ]);
    expectNoRuleCrisis([
      'mijn ex slaat de plank volledig mis met de omgangsregeling',
      'mijn man slaat geen acht op de brieven van de belasting',
    ]);
  });
});

describe('sleeping pills taken', () => {
  it('answers sleeping pills taken in a dose or said alone with 112 and 113', () => {
    for (const text of [
      'slaappillen genomen',
      'heb net slaaptabletten geslikt',
      'mijn slaappillen tegelijk ingenomen',
      'zoveel slaaptabletten geslikt vanavond',
      'took a bunch of sleeping pills',
      'swallowed sleeping tablets',
    ]) {
      const kinds = detectCrisis(text).kinds;
      expect(kinds, text).toContain('danger');
      expect(kinds, text).toContain('suicide');
    }
  });

  it('reads the evening’s sleeping pill, a prescription or a question as no alarm', () => {
    expectNoRuleCrisis([
      'ik heb mijn slaappillen ingenomen',
      'slaappillen ingenomen, nu lekker slapen',
      'slaappillen',
      'moet ik mijn slaappillen innemen voor het eten',
      'i took my sleeping pills as prescribed',
    ]);
  });
});

describe('rule words of the other language', () => {
  it('reads an English "slap" near a baby as no limp baby, and the Dutch limp baby as 112', () => {
    expectNotFired('danger.baby-limp', [
      'he will slap the baby',
      'my baby claps and we slap hands',
      'a slap on the back for the baby',
    ]);
    expectFired('danger.baby-limp', ['de baby is opeens heel slap', 'onze baby ligt slap']);
  });

  it('reads the English "brand" as no fire and the Dutch "gun" as no gun', () => {
    expectNoRuleCrisis([
      'which brand of nappies does the voedselbank have',
      'we moved into a brand new flat',
      'ik gun mijn zus deze baan echt',
      'met plezier gun ik haar dat',
    ]);
    expectRuleCrisis(['er is brand in de gang', 'he has a gun'], 'danger');
  });
});

describe("the round's class set", () => {
  it('answers every crisis of the set at once, each with the lines it needs', () => {
    expect(crisesNotAnsweredAtOnce(classSets.flatMap((set) => set.crises))).toEqual([]);
  });

  it('gives no near miss of the set a crisis reply', () => {
    for (const { nearMisses } of classSets) {
      for (const text of nearMisses) expect(assessSafety(text).outcome, text).not.toBe('crisis');
    }
  });

  it('gives an English threat to slap a baby Veilig Thuis without the 112 of a limp baby', () => {
    const bleed = classSets.find(({ name }) => name === 'bleed');
    for (const { text, kinds } of bleed?.crises ?? []) {
      if (!kinds.includes('abuse')) continue;
      expect(detectCrisis(text).ruleIds, text).not.toContain('danger.baby-limp');
    }
  });
});
