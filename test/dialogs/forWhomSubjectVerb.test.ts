import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { playResident } from './realKnowledgeServices.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * A relative named as the subject of any verb ("mijn opa raakt de weg kwijt", "my gran keeps
 * falling"), or with a common typo ("mijn dogter", "mijn moedr"), is read as the person the help is
 * for (ADR 0014, amendment 2026-12-03): the intake does not ask "Voor wie zoekt u hulp?" about
 * someone the resident already named. A relative who only reports ("mijn tante zei dat ik …")
 * still leads to the question. The phrasings were written for these tests.
 */
describe('a relative as the subject of any verb, in the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'for whom by verb', persona);

  const asked = (result: JourneyResult, prompt: string) =>
    result.transcript.filter((line) => line.startsWith('bot: ') && line.includes(prompt));

  it('"mijn opa raakt de weg kwijt": not asked for whom', async () => {
    const result = await play({
      first: 'mijn opa raakt steeds vaker de weg kwijt en weigert hulp in huis',
      topic: 'Zorgen voor een naaste',
      age: '84',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, 'Voor wie zoekt u hulp?')).toEqual([]);
  });

  it('"my gran keeps falling": not asked for whom', async () => {
    const result = await play({
      first: 'my grandma keeps falling over at home and refuses to see anyone',
      topic: 'Caring for someone close',
      age: '88',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, 'Who are you looking for help for?')).toEqual([]);
  });

  it('"mijn dogter" with a typo: not asked for whom', async () => {
    const result = await play({
      first: 'mijn dogter spijbelt al weken, wie kan ons daarbij helpen',
      topic: 'Opvoeden en opgroeien',
      age: '14',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, 'Voor wie zoekt u hulp?')).toEqual([]);
  });

  it('a relative who only reports still leads to the question "Voor wie?"', async () => {
    const result = await play({
      first: 'mijn tante zei dat ik hier moest vragen naar hulp met mijn post',
      topic: 'Geld, schulden en administratie',
      age: '34',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, 'Voor wie zoekt u hulp?')).toHaveLength(1);
  });
});
