import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { playResident } from './realKnowledgeServices.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * ADR 0013, session 25 amendment (english25): a common English word in its other sense, and a word
 * read as another word's form, through the whole conversation on the real kaart. "right now" names
 * no rights, so a tenant without heating is not offered Law and rules beside Housing; a baby who
 * will not feed is no membership fee, so the sports fund for children's club fees is not among the
 * cards. Phrasings written for this test.
 */
describe('an English word in its other sense, through the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  it('"right now" in a housing question brings no offer of Law and rules', async () => {
    const result = await playResident(real(), clock, 'english25', {
      first: 'we have no heating right now and the landlord does nothing',
      topic: 'Housing',
      forWhom: 'For myself',
      age: '41',
    });
    const transcript = result.transcript.join('\n');
    expect(transcript).toContain('I think your question is about: Housing. Is that right?');
    expect(transcript).not.toContain('Law and rules');
    expect(result.cards.length).toBeGreaterThan(0);
  }, 60_000);

  it('a baby who will not feed is not offered the fund for club fees', async () => {
    const result = await playResident(real(), clock, 'english25', {
      first: 'my baby will not feed and cries all the time',
      topic: 'Raising children and growing up',
      forWhom: 'For my child',
      age: '0',
    });
    expect(result.cards).toContain('Steun bij opvoeden');
    expect(result.cards).not.toContain('Jeugdfonds Sport & Cultuur');
  }, 60_000);
});
