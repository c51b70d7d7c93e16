import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { ManualClock } from '../support/manualClock.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { playResident } from './realKnowledgeServices.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * ADR 0013, session 23 amendment (english23), as transcripts: a need said in everyday English
 * that the glossary read only half before reaches the Dutch entry, answered in English: parents
 * "expecting" on the real kaart (found before the change too, through "twins"; kept as a guard),
 * and on a dev kaart (Korfhuizen) a child's coat and shoes, which the glossary read as nothing
 * before (the meedoenpas came first after the intake, the clothes bank lower). Phrasings written
 * for this test.
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

  describe('on a dev kaart', () => {
    const devClock = new ManualClock('2026-03-02T09:00:00Z');
    const devReal = useRealKnowledgeServices(
      devClock,
      path.join(findProjectRoot(), 'test/fixtures/kaart-korfhuizen'),
    );

    it('a parent whose daughter has outgrown her coat and shoes reaches the clothes bank first', async () => {
      const result = await playResident(devReal(), devClock, 'everyday English of a need', {
        first: 'my daughter has outgrown her coat and shoes and winter is coming',
        topic: 'Money, debts and paperwork',
        forWhom: 'For my child',
        age: '9',
      });
      const transcript = result.transcript.join('\n');
      expect(result.endedWith).toBe('result');
      expect(result.cards[0]).toBe('Kledingkast De Raat');
      expect(transcript).toContain('How old is your daughter?');
    });
  });
});
