import { describe, it } from 'vitest';
import {
  expectFired,
  expectNoneFired,
  expectNotFired,
  expectRuleCrisis,
} from './ruleExpectations.js';

/**
 * Session 19, part 5 (docs/adr/0012-safety-net.md): wrong lines the line audit listed on dev data.
 * A wish to be hit by traffic is a death wish (113), not a relative's blow; someone with a means at
 * hand, in tears, who says he will "het afmaken" needs 113 beside 112. Phrasings written for this
 * file, new.
 */
describe('a wish to be hit by traffic', () => {
  it('reads a death wish, in both languages', () => {
    expectRuleCrisis(
      [
        'on bad days i wouldnt even care if a train hit me',
        'id honestly be relieved if a van ran over me tomorrow',
        'het kan me niet schelen als de bus me aanrijdt, ik ben op',
      ],
      'suicide',
    );
  });

  // A guard that kept `abuse.hit-victim-en` from reading a car that hits was taken out again (ADR
  // 0012, session 19 lead note): it cost a crisis of a set never tuned on its immediate lines. So a
  // near miss with a car may still get that rule's reply; the wish rule stays quiet on it.
  it('reads no wish in a near miss, and a relative’s blow in a car stays one', () => {
    expectNotFired('suicide.traffic-wish', [
      'a van almost hit me at the zebra crossing, where do i report the driver',
      'i dont care if the car gets scratched in the car park',
    ]);
    expectFired('abuse.hit-victim-en', ['my boyfriend hits me in the car when we argue']);
  });
});

describe('someone with a means at hand who will finish it', () => {
  it('reads 113 beside the weapon', () => {
    expectFired('suicide.others-means-finish-it', [
      'mijn schoonvader zit met zijn jachtgeweer in de auto te huilen en zegt dat hij het gaat afmaken',
    ]);
  });

  it('reads no death wish in a job, a piece of work or an animal finished', () => {
    expectNoneFired(
      ['suicide.others-means-finish-it'],
      [
        'mijn vader zit met een mes aan zijn houtsnijwerk en huilt van frustratie, hij zegt dat hij het toch gaat afmaken',
        'opa zit met een mes bij de kippen te huilen, hij zegt dat hij het zieke dier gaat afmaken',
      ],
    );
  });
});
