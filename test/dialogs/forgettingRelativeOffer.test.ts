import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { playResident } from './realKnowledgeServices.js';
import { firstAnswerTo, useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * The relative who forgets, in the conversation (ADR 0013, amendment session 23): a partner or
 * child who tells that a close relative forgets or is confused, and asks as the one who copes, is
 * offered "Zorgen voor een naaste" beside what the forgetting reads as; a question for the
 * relative's own service, with the resident not in the words, is not. Real intake, Enschede's
 * knowledge, real search and model. Phrasings written for these tests.
 */
describe('the relative who forgets: the carer offered their own levensgebied', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const offerFor = (question: string) => firstAnswerTo(real(), clock, question);

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'forgetting relative', persona);

  const story = 'mijn vader vergeet steeds meer, hoe pak ik dat aan';

  it('a father who forgets and the resident who copes: Zorgen voor een naaste beside Ouder worden', async () => {
    // Before: "Gaat uw vraag over Ouder worden?" alone: the forgetting read, the one who copes not.
    const { said, options } = await offerFor(story);
    expect(said).toContain('Welke past het best?');
    expect(options).toEqual(['Ouder worden', 'Zorgen voor een naaste', 'Allebei', 'Iets anders']);
  });

  it('the same in English', async () => {
    // Before: "Is your question about Growing older?" alone.
    const { options } = await offerFor(
      'my dad forgets more every week and I feel lost with it all',
    );
    expect(options).toContain('Caring for someone close');
  });

  it('the resident who takes that seat reaches help for carers on the cards', async () => {
    const result = await play({ first: story, topic: 'Zorgen voor een naaste', age: '79' });
    expect(result.endedWith).toBe('result');
    expect(result.cards.slice(0, 3).join(' | ')).toMatch(/[Mm]antelzorg|[Rr]espijt|[Dd]ementie/);
  });

  it("the resident's own forgetting: no carer seat", async () => {
    const { options } = await offerFor(
      'ik vergeet zelf steeds dingen, is er een geheugentraining in de wijk',
    );
    // A levensgebied is offered (so the missing seat is the offer's, not a reply without one).
    expect(options).toContain('Iets anders');
    expect(options).not.toContain('Zorgen voor een naaste');
  });
});
