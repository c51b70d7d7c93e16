import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { ManualClock } from '../support/manualClock.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { playResident } from './realKnowledgeServices.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * ADR 0013, session 12 amendment, as transcripts: a resident who writes everyday English (a
 * two-word verb, a word the glossary knows only by its stem, a spelling slip) is answered in English
 * from the first reply on and reaches the Dutch entry through the glossary. Over the kaart in other
 * words (test/fixtures/kaart-eigen-woorden, no English in it); phrasings written for this test.
 */
describe('everyday English through the conversation', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(
    clock,
    path.join(findProjectRoot(), 'test/fixtures/kaart-eigen-woorden'),
  );

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'everyday English', persona);

  it('a carer who looks after her dad and is worn out reaches the respite, asked in English', async () => {
    const result = await play({
      first: "I've been looking after my dad for two years and I'm totally worn out",
      topic: 'Caring for someone close',
      forWhom: 'Myself',
      age: '52',
    });
    const transcript = result.transcript.join('\n');
    expect(result.endedWith).toBe('result');
    expect(result.cards.slice(0, 3)).toContain('Dagdeel Adempauze');
    expect(transcript).not.toContain('Voor wie zoekt u hulp?');
    expect(transcript).not.toContain('Hoe oud');
  });

  it('a tenant whose ceiling drips and whose owner ignores it reaches the legal help first', async () => {
    // "ceiling", "owner" and "court" are session 12's everyday words: before them the bot
    // guessed "Caring for someone close" and showed the carers' respite first.
    const result = await play({
      first: 'water drips from the ceiling and the owner does nothing, can I take him to court',
      topic: 'Law and rules',
      forWhom: 'Myself',
      age: '29',
    });
    const transcript = result.transcript.join('\n');
    expect(result.endedWith).toBe('result');
    // Law and rules as the sure guess, or among the first two offered (a dripping ceiling is a
    // housing matter too); either way the legal help comes first once it is chosen.
    expect(transcript).toMatch(
      /I think your question is about: Law and rules\. Is that right\?|Which fits best\?\n\n(?:1\. Law and rules|1\. [^\n]+\n2\. Law and rules)\n/,
    );
    expect(result.cards[0]).toBe('Rechtshulp op dinsdag');
    expect(transcript).toContain('Who are you looking for help for?');
    expect(transcript).toContain('The description of each service comes from the organisation');
  });
});
