import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import { describeNearMissPairs, type NearMissPair } from './nearMissPairs.js';

/**
 * The near-miss frames, session 23 (docs/adr/0012-safety-net.md, "a third probe of near misses
 * worded apart", branch nearmiss23): a drama and a compound of a film or a series are media of the
 * story frame, and a decade or a century named is a clear past, so a danger rule's words told as
 * a plot ask (a firm check with every line) instead of answering; the same setting told as now
 * keeps its crisis reply. Phrasings written new for these
 * tests, not taken from any dev probe.
 */
const pairs: readonly NearMissPair[] = [
  {
    cue: 'a drama as a medium',
    nearMiss:
      'that hospital drama where a nurse gets stabbed in the car park, does the library have the dvd',
    crisis: 'a nurse just got stabbed in the car park of the hospital and she is bleeding a lot',
  },
  {
    cue: 'a compound of a series as a medium',
    nearMiss:
      'in die politieserie wordt een agent neergestoken, weet iemand op welke zender het volgende seizoen komt',
    crisis:
      'in die politieserie wordt een agent neergestoken, en nu is mijn broer op straat neergestoken, hij bloedt',
  },
  {
    cue: 'a compound of a film as a medium',
    nearMiss:
      'we zagen een oorlogsfilm waarin een soldaat wordt neergestoken, is er een filmclub voor vijftigplussers',
    crisis: 'we zagen een oorlogsfilm en daarna is mijn buurman op straat neergestoken, hij bloedt',
  },
  {
    cue: 'a decade named as the past',
    nearMiss:
      'in de jaren zestig werd mijn oma door haar man geslagen, waar vind ik boeken over vrouwen in die tijd',
    crisis:
      'in de jaren zestig werd mijn oma door haar man geslagen en nu slaat mijn vader mijn moeder',
  },
  {
    cue: 'a century named as the past',
    nearMiss:
      'in de vorige eeuw werden kinderen in tehuizen mishandeld, is daar een tentoonstelling over',
    crisis:
      'in de vorige eeuw werden kinderen mishandeld en vandaag slaat mijn stiefvader mij weer',
  },
  {
    cue: 'an English decade named as the past',
    nearMiss:
      'in the fifties my grandmother was beaten by her husband, are there books about women in that time',
    crisis: 'in the fifties my grandmother was beaten and now my husband beats me every night',
  },
];

describeNearMissPairs('near-miss frames, session 23', pairs);

/**
 * "Een drama" alone is the Dutch idiom for a hard time, not a medium (ADR 0012, session 23, lead):
 * what is told beside it stays what it is. A drama with its kind is still a medium (above).
 */
describe('a drama without its kind', () => {
  it.each([
    'het werd een drama waarin mijn broer mij sloeg en ik weet niet waar ik naartoe kan',
    'het feest was een drama waarin mijn man mij schopte, ik weet niet waar ik heen kan',
  ])('keeps the crisis reply: %s', (text) => {
    expect(detectCrisis(text).isCrisis, text).toBe(true);
    expect(assessSafety(text).outcome, text).toBe('crisis');
  });
});
