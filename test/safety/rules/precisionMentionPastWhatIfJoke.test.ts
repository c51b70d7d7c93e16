import { describe, it } from 'vitest';
import {
  expectFired,
  expectNoRuleCrisis,
  expectNotFired,
  expectRuleCrisis,
} from './ruleExpectations.js';
import {
  dutchThreatCrises,
  englishBaseFormThreatCrises,
  englishIdiomNearMisses,
  informationalCrises,
  informationalNearMisses,
  jokeNearMisses,
  notAJokeCrises,
  pastAgainCrises,
  pastAndWellNearMisses,
  secondBatchCrises,
  secondBatchNearMisses,
  wantItToStopCrises,
  wantItToStopNearMisses,
  whatIfCrises,
  whatIfNearMisses,
} from './mentionPastWhatIfJokePhrasings.js';

/**
 * The twenty-fourth round's rule precision (docs/adr/0012-safety-net.md): near misses in new
 * voices (a course, a thesis, the news, a book; a relative's attempt long ago and now well; a
 * what-if; a joke; "ik wil dat het stopt" about a noise; an English idiom with a violence verb)
 * get no crisis reply from any rule, and the crises written with the same words in a danger of now
 * keep one. On main 23 of the first batch's near misses got a rule crisis reply and 21 of its
 * crises none (14 English threats in the base form). The phrasings are shared with the round's
 * before/after measure (mentionPastWhatIfJokePhrasings.ts).
 */
describe('suicide.no-way-out on "ik wil dat het stopt" said of a nuisance', () => {
  it('does not read a noise, a leak, letters or a quarrel that must stop as a wish to die', () => {
    expectNotFired('suicide.no-way-out', wantItToStopNearMisses);
    expectNoRuleCrisis(wantItToStopNearMisses);
  });

  it('still fires on a wish that life or pain stops, also beside a nuisance', () => {
    expectRuleCrisis(wantItToStopCrises, 'suicide');
    expectFired('suicide.no-way-out', [
      'de buren maken elke nacht herrie en ik kan niet meer, ik wil dat het stopt, voorgoed',
      'ik ben zo moe van leven, ik wil dat het stopt',
    ]);
  });
});

describe('abuse rules on an English violence verb in the base form after a future', () => {
  it('reads "will / is going to / gonna / threatened to" with kick, punch, slap, choke as violence', () => {
    expectRuleCrisis(englishBaseFormThreatCrises, 'abuse');
  });

  it('does not read an eviction, clocking in, paint slapped on or a push to do something', () => {
    expectNoRuleCrisis(englishIdiomNearMisses);
  });

  it('keeps a negated future quiet and a negated future that happened before firing', () => {
    expectNoRuleCrisis([
      'my husband is not going to punch me, we just need help with the bills',
      'she wont slap our son, she is only tired since the twins came',
      'my brother will not kick me, he is only loud during his games',
    ]);
    expectFired('abuse.hit-victim-en', [
      'he wont kick me again, he swore, but he is drunk now',
      'my dad is not going to slap me if i do what he says',
    ]);
  });
});

describe('shared guards on a mention, a past that is over, a what-if and a joke', () => {
  it('gives no rule crisis reply to a course, a thesis, the news, a book or a series', () => {
    expectNoRuleCrisis(informationalNearMisses);
  });

  it("gives none to a relative's attempt or a violence long ago that is over", () => {
    expectNoRuleCrisis(pastAndWellNearMisses);
  });

  it('gives none to a what-if about someone else or about one day', () => {
    expectNoRuleCrisis(whatIfNearMisses);
  });

  it('gives none to a joke or a figure of speech said so', () => {
    expectNoRuleCrisis(jokeNearMisses);
  });

  it('still answers the same words told as a crisis of now', () => {
    expectRuleCrisis(informationalCrises);
    expectRuleCrisis(pastAgainCrises);
    expectRuleCrisis(whatIfCrises);
    expectRuleCrisis(notAJokeCrises);
    expectRuleCrisis(dutchThreatCrises);
  });
});

describe('a second batch written after the first fixes', () => {
  it('gives no rule crisis reply to its near misses and answers its crises', () => {
    expectNoRuleCrisis(secondBatchNearMisses);
    expectRuleCrisis(secondBatchCrises);
  });
});
