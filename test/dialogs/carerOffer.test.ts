import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { playResident } from './realKnowledgeServices.js';
import { firstAnswerTo, useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * The carer read from the caring, in the conversation (ADR 0013, amendment session 22): a
 * resident who tells the tasks they do for a sick partner and their own strain, without the words
 * "mantelzorg" or "ik zorg voor", is offered "Zorgen voor een naaste" among the two levensgebieden
 * and, choosing it, reaches help for carers; the intake's questions are as before (choosing the
 * carer's levensgebied asks the cared-for person's age). A sick relative named in passing changes
 * nothing. Real intake, Enschede's knowledge, real search and model. Phrasings written for
 * these tests.
 */
describe('the carer offered their own levensgebied', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const offerFor = (question: string) => firstAnswerTo(real(), clock, question);

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'carer offer', persona);

  const story =
    'ik doe elke avond de boodschappen en het eten voor mijn oma die slecht ziet, ik ben er doodmoe van';

  it("a grandmother's meals and the carer's strain: Zorgen voor een naaste is offered beside the meal", async () => {
    // Before: "Gaat uw vraag over Eten?" alone: the meal read, the carer not.
    const { said, options } = await offerFor(story);
    expect(said).toContain('Welke past het best?');
    expect(options).toContain('Zorgen voor een naaste');
  });

  it('the carer who takes that seat reaches help for carers on the cards', async () => {
    const result = await play({
      first: story,
      topic: 'Zorgen voor een naaste',
      age: '84',
    });
    expect(result.endedWith).toBe('result');
    const offer = result.transcript.find((line) => line.includes('Welke past het best?'));
    expect(offer).toContain('Zorgen voor een naaste');
    expect(result.cards.slice(0, 3).join(' | ')).toMatch(/[Mm]antelzorg|[Rr]espijt/);
  });

  it('a sick mother named in passing beside a language question: no carer seat', async () => {
    const { options } = await offerFor(
      'mijn moeder ligt in het ziekenhuis en ik zoek een cursus Nederlands voor mezelf',
    );
    expect(options).not.toContain('Zorgen voor een naaste');
  });
});
