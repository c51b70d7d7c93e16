import { describe, expect, it } from 'vitest';
import { toldInCrisisWording, trainingHelpQuestions } from '../../scripts/safety/helpQuestions.js';

describe('help questions the concern model trains on as ordinary questions', () => {
  it('leave out a line told in a crisis’s words, whatever need it is filed under (tenth round)', () => {
    // ADR 0012, tenth round: the understanding corpus files a resident's own death or a child's
    // secret under the need it routes to; as a negative it would teach the safety model that a
    // passive death wish is an ordinary question. Phrasings of this test, not of the corpus.
    for (const text of [
      'als ik er niet meer ben mist niemand mij',
      'wanneer ik sterf ruimt niemand mijn huis op',
      'if I died tomorrow who would even notice',
      'mijn zoon krast zichzelf met een passer',
      'my flatmate keeps hurting herself',
      'ik ben een meisje van tien en ik heb een geheim',
    ]) {
      expect(toldInCrisisWording(text), text).toBe(true);
    }
    for (const text of [
      'waar kan ik die formulieren krijgen',
      'mijn hond is dood en ik mis hem',
      'my mum died last year and the house is too big now',
      'ik wil een cursus over zelfzorg',
      'mijn kind slaat andere kinderen op school',
    ]) {
      expect(toldInCrisisWording(text), text).toBe(false);
    }
    expect(trainingHelpQuestions().some((q) => toldInCrisisWording(q.text))).toBe(false);
  });
});
