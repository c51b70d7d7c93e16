import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { ManualClock } from '../support/manualClock.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { playResident } from './realKnowledgeServices.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

const NAASTEN = 'Groep voor naasten';

/**
 * A resident who writes about another person's trouble (a partner who uses, a son who gambles) and
 * answers "Voor mezelf" is that person's naaste: help for naasten is help for them (ADR 0013,
 * session 20). Before, "voor mezelf" was read as "no mantelzorger" and help only for mantelzorgers
 * was left out. Over a dev kaart with such help (test/fixtures/kaart-vlasmarke); phrasings written
 * for this test.
 */
describe('"Voor mezelf" about another person\'s trouble', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(
    clock,
    path.join(findProjectRoot(), 'test/fixtures/kaart-vlasmarke'),
  );

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'naaste', persona);

  it('Dutch: a friend who uses, asked for oneself, reaches the group for naasten', async () => {
    const result = await play({
      first: 'mijn vriend snuift elk weekend coke en ik dek hem steeds af tegenover zijn familie',
      topic: 'Verslaving',
      forWhom: 'Voor mezelf',
      age: '41',
    });
    expect(result.transcript).toContain('resident: Voor mezelf');
    expect(result.endedWith).toBe('result');
    expect(result.cards.slice(0, 3)).toContain(NAASTEN);
  });

  it('English: the same, for a resident who writes English', async () => {
    const result = await play({
      first: 'my friend is high on weed every evening and I am exhausted from covering for him',
      topic: 'Addiction',
      forWhom: 'For myself',
      age: '41',
    });
    expect(result.transcript).toContain('resident: For myself');
    expect(result.endedWith).toBe('result');
    expect(result.cards.slice(0, 3)).toContain(NAASTEN);
  });

  it('a question that names nobody else, asked for oneself, still leaves the naasten out', async () => {
    const result = await play({
      first: 'ik gebruik elke dag coke en wil daarmee stoppen',
      topic: 'Verslaving',
      forWhom: 'Voor mezelf',
      age: '41',
    });
    expect(result.endedWith).toBe('result');
    expect(result.cards.slice(0, 3)).not.toContain(NAASTEN);
  });
});
