import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { playResident } from './realKnowledgeServices.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * A first message that names the resident beside a relative (ADR 0013, amendment of session 14):
 * a resident who says they care for the relative is a mantelzorger asking about that care, and is
 * not asked "Voor wie zoekt u hulp?" (the age question names the relative); a resident who worries
 * about a relative asks about the relative; the relative's trouble beside the resident's own, with
 * no caring or worry said, is still asked. A typo in the reply to "Voor wie?" is read by the first
 * message's own correction. The phrasings were written for these tests.
 */
describe('the carer beside the relative, in the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'carer beside the relative', persona);

  const asked = (result: JourneyResult, prompt: string) =>
    result.transcript.filter((line) => line.startsWith('bot: ') && line.includes(prompt));

  it('"ik doe alle verzorging" of a father: not asked for whom, the age question names him', async () => {
    const result = await play({
      first: 'mijn vader heeft parkinson en ik doe alle verzorging, ik ben op',
      topic: 'Zorgen voor een naaste',
      age: '81',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, 'Voor wie zoekt u hulp?')).toEqual([]);
    expect(asked(result, 'Hoe oud is uw vader?')).toHaveLength(1);
  });

  it('"I have been looking after my wife": not asked for whom, the age question names her', async () => {
    const result = await play({
      first: 'I have been looking after my wife since her stroke and I am worn out',
      topic: 'Caring for someone close',
      age: '77',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, 'Who are you looking for help for?')).toEqual([]);
    expect(asked(result, 'How old is your wife?')).toHaveLength(1);
  });

  it("the relative's trouble beside the resident's own, no caring said: still asked for whom", async () => {
    const result = await play({
      first: 'mijn broer gokt al zijn loon weg en ik weet niet hoe ik daarmee om moet gaan',
      topic: 'Verslaving',
      forWhom: 'Voor iemand anders',
      age: '38',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, 'Voor wie zoekt u hulp?')).toHaveLength(1);
  });

  it('"my brother drinks and I don\'t know how to handle him": still asked for whom', async () => {
    const result = await play({
      first: "my brother drinks every day and I don't know how to handle him anymore",
      topic: 'Addiction',
      forWhom: 'Someone else',
      age: '41',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, 'Who are you looking for help for?')).toHaveLength(1);
  });
});

describe('a typo in the reply to "Voor wie?", in the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'typo at for whom', persona);

  const asked = (result: JourneyResult, prompt: string) =>
    result.transcript.filter((line) => line.startsWith('bot: ') && line.includes(prompt));

  it('"me schoonmoedr": asked once, the age question names the mother-in-law', async () => {
    const result = await play({
      first: 'waar vind ik hulp bij het invullen van formulieren',
      topic: 'Geld, schulden en administratie',
      forWhom: 'me schoonmoedr',
      age: '79',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, 'Voor wie zoekt u hulp?')).toHaveLength(1);
    expect(asked(result, 'Hoe oud is uw schoonmoeder?')).toHaveLength(1);
  });

  it('"me moeder" is the mother, not "Voor mezelf": the age question names her', async () => {
    const result = await play({
      first: 'waar vind ik hulp bij het invullen van formulieren',
      topic: 'Geld, schulden en administratie',
      forWhom: 'me moeder',
      age: '82',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, 'Hoe oud bent u?')).toEqual([]);
    expect(asked(result, 'Hoe oud is uw moeder?')).toHaveLength(1);
  });

  it('"my granma": asked once, the age question names the grandmother', async () => {
    const result = await play({
      first: 'where can someone get help filling in forms',
      topic: 'Money, debts and paperwork',
      forWhom: 'my granma',
      age: '86',
    });
    expect(result.endedWith).toBe('result');
    expect(asked(result, 'Who are you looking for help for?')).toHaveLength(1);
    expect(asked(result, 'How old is your grandmother?')).toHaveLength(1);
  });
});
