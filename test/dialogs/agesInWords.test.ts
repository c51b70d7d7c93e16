import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { playResident } from './realKnowledgeServices.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * An age written as a word beside the person it belongs to ("mijn dochter van drie", "my toddler
 * is three") is read like one in digits (ADR 0013, session 13, "the conversation's gap by cause"):
 * the intake does not ask for whom nor how old, and searches for a parent asking about a young
 * child. Before, it asked "Voor wie zoekt u hulp?", and a resident who answered for themselves
 * with the child's age was searched as a toddler asking for itself. The resident here answers
 * every question as the bench's simulated resident does (for themselves, the file's age), so the
 * questions it is asked decide what it gets. The phrasings were written for these tests.
 */
describe('an age in words beside the person it belongs to, in the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'ages in words', persona);

  /** Help for parents with raising a child on the real kaart (its kenmerken name ouders). */
  const PARENT_HELP = ['Steun bij opvoeden', 'Opvoeden.nl', 'Hulp bij opvoeden en opgroeien'];

  const asked = (result: JourneyResult, prompts: readonly string[]) =>
    result.transcript.filter(
      (line) => line.startsWith('bot: ') && prompts.some((prompt) => line.includes(prompt)),
    );

  it('"mijn dochter van drie": not asked for whom nor how old, and help for the parent', async () => {
    const result = await play({
      first: 'mijn dochter van drie bijt andere kinderen op de opvang, hoe leer ik haar dat af',
      topic: 'Opvoeden en opgroeien',
      age: '3',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, ['Voor wie zoekt u hulp?', 'Hoe oud'])).toEqual([]);
    expect(result.cards.slice(0, 3).some((name) => PARENT_HELP.includes(name))).toBe(true);
    // Before: searched as a three-year-old asking for itself, a fund for children's sport first.
    expect(result.cards[0]).not.toBe('Jeugdfonds Sport & Cultuur');
  });

  it('"my toddler is three": not asked for whom nor how old, and help for the parent', async () => {
    const result = await play({
      first: 'my toddler is three and bites other children at daycare, how do I make him stop',
      topic: 'Raising children and growing up',
      age: '3',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, ['Who are you looking for help for?', 'How old'])).toEqual([]);
    expect(result.cards.slice(0, 3).some((name) => PARENT_HELP.includes(name))).toBe(true);
    // Before: searched as a three-year-old asking for itself, a fund for children's sport first.
    expect(result.cards[0]).not.toBe('Jeugdfonds Sport & Cultuur');
  });
});
