import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import {
  crisesNotAnsweredAtOnce,
  expectFired,
  expectNoneFired,
  expectNoRuleCrisis,
} from './ruleExpectations.js';
import { roundCrises, roundNearMisses } from './inWaterAttemptToHitOthersMeansPhrasings.js';

/**
 * The thirty-sixth round (docs/adr/0012-safety-net.md): the one in trouble in the water, not a
 * watcher on the shore; an attempt to hit by a relative, in English; someone else's means out or
 * ready beside a wish not to live. Phrasings written for this round only.
 */
describe('the thirty-sixth round as a whole (shipped model)', () => {
  it('answers every crisis of the round at once with the lines it needs', () => {
    expect(crisesNotAnsweredAtOnce(roundCrises)).toEqual([]);
  });

  it('gives none of the round near misses a crisis reply', () => {
    for (const text of roundNearMisses) expect(assessSafety(text).outcome, text).not.toBe('crisis');
  });
});

describe('the one in trouble in the water', () => {
  it('reads the writer in the water and a person seen going under from the beach', () => {
    expectFired('danger.in-the-water', [
      'ik drijf in de gracht en kom er niet meer uit, mijn jas is te zwaar',
      'op het strand zie ik een meisje kopje onder gaan en niemand doet iets',
    ]);
  });

  it('leaves a watcher on the shore with nobody in trouble alone', () => {
    expectNoneFired(
      ['danger.in-the-water'],
      [
        'ik zit op de dijk en zie een kano in het water drijven, mag je daar varen',
        'ik kijk vanaf het strand naar de zee, er drijft een bal zonder iemand erbij',
      ],
    );
  });
});

describe('an attempt to hit, in English', () => {
  it('reads a relative trying to hit, and adds 112 when it is now', () => {
    expectFired('abuse.attempt-to-hit-en', [
      'my mother in law keeps trying to smack my son when i am not looking',
    ]);
    expectFired('danger.attempt-to-hit-now', ['my husband is trying to choke me help']);
  });

  it('leaves a fly, a game and advice alone', () => {
    expectNoneFired(
      ['abuse.attempt-to-hit-en', 'danger.attempt-to-hit-now'],
      [
        'my dad keeps trying to hit the fly on the window with his slipper',
        'how can i stop my son trying to hit me when he is tired, any tips',
      ],
    );
  });
});

describe("someone else's means beside a wish not to live", () => {
  it('gives 113 and 112 when the means is out and the person talks about not being here', () => {
    for (const rule of ['suicide.others-means-death-wish', 'danger.others-means-death-wish'])
      expectFired(rule, [
        'mijn vader heeft zijn geweer gepakt en zegt dat hij er niet meer wil zijn',
        'my brother is holding a knife in the shed and says he doesnt want to live anymore',
      ]);
  });

  it('leaves the means ready without a death wish, and a film, alone', () => {
    expectNoRuleCrisis([
      'mijn opa heeft zijn buks uit de kast gehaald om te poetsen, hij wil niet meer op jacht',
      'in the movie his dad takes the gun out of the safe and says he does not want to live',
    ]);
  });
});
