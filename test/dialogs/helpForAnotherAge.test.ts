import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { ManualClock } from '../support/manualClock.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { playResident } from './realKnowledgeServices.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * A question about help that is only for another age (ADR 0013, session 15): a grown-up who asks
 * for the children's sports afternoon (test/fixtures/kaart-eigen-woorden: "Sportinstuif voor de
 * jeugd", 6 to 14) is told honestly that the help found is for another age and is offered a person,
 * not shown the one entry left that shares a word or two with the question. A grown-up with a need
 * the kaart meets for every age still gets that help. Phrasings written for these tests, not taken
 * from a kaart or an issue.
 */
describe('help that is only for another age, through the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const otherWords = useRealKnowledgeServices(
    clock,
    path.join(findProjectRoot(), 'test/fixtures/kaart-eigen-woorden'),
  );
  const real = useRealKnowledgeServices(clock);

  const playOn =
    (kaart: typeof real) =>
    (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
      playResident(kaart(), clock, 'another age', persona);
  const play = playOn(real);
  const playOtherWords = playOn(otherWords);

  it("a 52-year-old who asks for the children's sports afternoon hears it is for another age (Dutch)", async () => {
    const result = await playOtherWords({
      first: 'ik ben 52 en wil op woensdagmiddag sporten in de gymzaal met de buurtsportcoach',
      topic: 'Sport en bewegen',
      forWhom: 'Voor mijzelf',
    });
    const transcript = result.transcript.join('\n');
    expect(transcript).toContain('maar die is voor mensen van een andere leeftijd');
    expect(result.cards).toEqual([]);
    expect(result.endedWith).not.toBe('result');
  });

  it("a 35-year-old who asks for the children's sports afternoon in English hears it is for another age", async () => {
    const result = await playOtherWords({
      first:
        'I am 35, can I come to the Wednesday sports drop-in with the neighbourhood sports coach',
      topic: 'Sport and exercise',
      forWhom: 'For myself',
    });
    const transcript = result.transcript.join('\n');
    expect(transcript).toContain('but it is meant for people of a different age');
    expect(result.cards).toEqual([]);
    expect(result.endedWith).not.toBe('result');
  });

  it('a 52-year-old with stress who names no service for another age still gets help (Dutch)', async () => {
    const result = await play({
      first: 'ik ben 52 en heb veel stress, met wie kan ik praten',
      topic: 'Gezondheid en hoe u zich voelt',
      forWhom: 'Voor mijzelf',
    });
    expect(result.transcript.join('\n')).not.toContain('andere leeftijd');
    expect(result.endedWith).toBe('result');
    expect(result.cards.length).toBeGreaterThan(0);
  });

  it('a 52-year-old with stress who names no service for another age still gets help (English)', async () => {
    const result = await play({
      first: 'I am 52 and stressed, who can I talk to',
      topic: 'Health and how you feel',
      forWhom: 'For myself',
    });
    expect(result.transcript.join('\n')).not.toContain('different age');
    expect(result.endedWith).toBe('result');
    expect(result.cards.length).toBeGreaterThan(0);
  });
});
