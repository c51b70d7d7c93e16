import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { playResident } from './realKnowledgeServices.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * A question the sociale kaart has no help for stays "no good match" after the intake, whatever
 * levensgebied the resident went along with (ADR 0013, session 16). The search after the intake
 * lets the chosen levensgebied's name stand in for a subject when the words find nothing good;
 * the name made any question sound like the kaart's, so a resident who asked when the braderie
 * starts and said "ja" to Eenzaamheid got three cards of ontmoeting. Now the words' own doubt that
 * the question is for the kaart decides, and the wijkteam is offered instead. A question the kaart
 * does meet still gets its cards. The phrasings were written for these tests.
 */
describe('"no good match" after the intake for a question the kaart has no help for', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'out of scope after the intake', persona);

  const NO_GOOD_MATCH = /Ik heb geen hulp gevonden die goed past|I did not find support that fits/;
  const saidNoGoodMatch = (result: JourneyResult) =>
    result.transcript.some((line) => line.startsWith('bot: ') && NO_GOOD_MATCH.test(line));

  for (const { first, topic } of [
    { first: 'wanneer begint de braderie in het centrum', topic: 'Eenzaamheid en ontmoeting' },
    { first: 'welke kapper knipt op maandag', topic: 'Geld, schulden en administratie' },
    {
      first: 'hoeveel kost een kaartje voor de dierentuin',
      topic: 'Geld, schulden en administratie',
    },
    { first: 'is het zwembad in de kerstvakantie open', topic: 'Sport en bewegen' },
    { first: 'what time does the cinema open on sunday', topic: 'Loneliness and meeting people' },
  ]) {
    it(`no cards, the wijkteam offered (${first})`, async () => {
      const result = await play({ first, topic, age: '44', where: '7544' });
      expect(result.cards).toEqual([]);
      expect(saidNoGoodMatch(result)).toBe(true);
    });
  }

  // Passed before too: the rule's other side, a question the kaart meets after the same intake.
  it('a question the kaart meets still gets its cards', async () => {
    const result = await play({
      first: 'ik kom elke maand geld tekort en de aanmaningen stapelen zich op',
      topic: 'Geld, schulden en administratie',
      age: '44',
      where: '7544',
    });
    expect(saidNoGoodMatch(result)).toBe(false);
    expect(result.endedWith).toBe('result');
    expect(result.cards.length).toBeGreaterThan(0);
  });
});
