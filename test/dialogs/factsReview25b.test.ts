import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { playResident } from './realKnowledgeServices.js';
import type { JourneyResult } from './journeys/simulatedResident.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * Wrong facts of session 25's readings, in the conversation (ADR 0013, amendment session 25,
 * review25b): the intake must not take an age or a relative the message did not give. The
 * resident answers as the bench's simulated resident does. Phrasings written for these tests.
 */
describe('facts the intake must not trust, in the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const asked = (result: JourneyResult, prompt: string) =>
    result.transcript.filter((line) => line.startsWith('bot: ') && line.includes(prompt));

  it('"Ma is het buurthuis open?" is not asked how old the mother is', async () => {
    const result = await playResident(real(), clock, 'review25b', {
      first: 'Ma is het buurthuis open? ik zoek een koffieochtend',
      topic: 'Meedoen en ontmoeten',
      age: '72',
    });
    expect(asked(result, 'Hoe oud is uw moeder?')).toEqual([]);
  });

  it("a brother (12) beside a sick mother: the mother's age is asked, not taken as 12", async () => {
    const result = await playResident(real(), clock, 'review25b', {
      first: 'My mum has cancer and my brother (12) and I are alone a lot, is there support',
      topic: 'Care and support',
      age: '15',
    });
    expect(asked(result, 'How old is your mother?')).toHaveLength(1);
  });
});
