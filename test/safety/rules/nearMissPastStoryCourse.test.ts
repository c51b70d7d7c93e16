import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import { crises, nearMisses } from './nearMissPhrasings.js';

/**
 * Session 19's near-miss guards (docs/adr/0012-safety-net.md, "Near misses told as the past, a
 * figure, a story on screen or a worker's question"): a past, a story on screen or in print, or a
 * course told to ask for help gets no crisis reply, and a rule that matched asks instead (a check
 * with every line, never silence). The same words with a person at risk now keep the crisis reply.
 * Phrasings in nearMissPhrasings.ts, written new.
 */

/** The probe's crises no rule reads (as on main): the concern model still asks about each. */
const readByNoRule = new Set([
  'lang geleden ik wilde dood, nu weer, ik heb touw gekocht',
  'ik spring echt uit het raam, ik sta nu op de vensterbank',
  'ik schiet mezelf neer, ik heb het pistool van mijn vader hier',
  'i watched a show about a teen who kills himself and now i want to do the same tonight',
  'op het nieuws was een steekpartij en nu staat er een man met een mes in onze straat',
]);

describe('near misses told as the past, a story or a course', () => {
  for (const name of ['past', 'media', 'professional']) {
    it(`gives the ${name} near misses no crisis reply, and a rule that matched asks`, () => {
      for (const text of nearMisses[name] ?? []) {
        const rules = detectCrisis(text);
        const result = assessSafety(text);
        expect(result.outcome, text).not.toBe('crisis');
        if (!rules.isCrisis && rules.askRuleIds.length > 0)
          expect(result.outcome, text).toBe('check');
      }
    });
  }
});

describe('the same words with a person at risk now', () => {
  it('keep the crisis reply', () => {
    for (const text of Object.values(crises).flat()) {
      const result = assessSafety(text);
      if (readByNoRule.has(text)) expect(result.outcome, text).toBe('check');
      else expect(result.outcome, text).toBe('crisis');
    }
  });

  it('keep it when the present is told in another sentence', () => {
    for (const text of [
      'Mijn ex sloeg me vroeger. Vanavond sloeg hij me weer.',
      'I used to self harm when I was a teenager. Tonight I cut again.',
      'Ik zag een film over zelfdoding. Ik wil vannacht een eind aan mijn leven maken.',
      'We had a first aid course last year. My dad is lying on the floor and not breathing.',
      'My husband used to be kind, but he hit me an hour ago and locked the door.',
      'Ik had als kind ook al depressies. Ik heb zojuist al mijn pillen ingenomen.',
      'My dad used to drink. He has a knife and is shouting at my mum.',
      'Vorig jaar is mijn moeder ook gevallen. Ze ligt nu onder aan de trap en reageert niet.',
      'In de krant stond dat gas gevaarlijk is. Ik ruik gas in de hal en mijn oma is flauwgevallen.',
    ]) {
      expect(assessSafety(text).outcome, text).toBe('crisis');
    }
  });
});
