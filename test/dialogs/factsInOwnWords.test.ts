import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { playResident } from './realKnowledgeServices.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * Facts a first message states in everyday words (ADR 0013, amendment session 25, facts25): "my
 * 11 year old", "16yo", a great-grandchild. The intake does not ask again what the message told.
 * The resident answers every question as the bench's simulated resident does (for themselves,
 * the file's age), so the questions it is asked decide what it gets. Phrasings written for these
 * tests.
 */
describe('facts in everyday words, in the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'facts in everyday words', persona);

  const asked = (result: JourneyResult, prompts: readonly string[]) =>
    result.transcript.filter(
      (line) => line.startsWith('bot: ') && prompts.some((prompt) => line.includes(prompt)),
    );

  it('"my 11 year old": not asked for whom nor how old', async () => {
    const result = await play({
      first: 'my 11 year old keeps getting bullied at school and does not want to go any more',
      topic: 'Raising children and growing up',
      age: '38',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, ['Who are you looking for help for?', 'How old'])).toEqual([]);
  });

  it('"mijn achterkleinkind van 6": not asked for whom nor how old', async () => {
    const result = await play({
      first:
        'ik zoek zwemles voor mijn achterkleinkind van 6, zijn ouders hebben er geen geld voor',
      topic: 'Sport en bewegen',
      age: '84',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, ['Voor wie zoekt u hulp?', 'Hoe oud'])).toEqual([]);
  });
});
