import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { playResident } from './realKnowledgeServices.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * ADR 0013, session 23 amendment (english23), as a transcript: a need said in everyday English
 * that the glossary read only half before ("expecting" a baby) reaches the Dutch entry of the real
 * kaart, answered in English. Phrasings written for this test.
 */
describe('the everyday English of a need, through the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'everyday English of a need', persona);

  it('parents expecting twins who want to meet other parents reach the family centre', async () => {
    const result = await play({
      first: 'my wife and I are expecting twins in april, where do we meet other couples like us',
      topic: 'Raising children and growing up',
      forWhom: 'Myself',
      age: '31',
    });
    const transcript = result.transcript.join('\n');
    expect(result.endedWith).toBe('result');
    expect(result.cards.slice(0, 3)).toContain('Familiecentrum Enschede');
    expect(transcript).toContain('The description of each service comes from the organisation');
  });
});
