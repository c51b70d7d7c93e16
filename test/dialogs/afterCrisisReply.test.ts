import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { createHarness } from './conversationHarness.js';
import { playResident } from './realKnowledgeServices.js';
import { storedJson } from './storedState.js';
import type { JourneyResult, Persona } from './journeys/simulatedResident.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * After a crisis reply the resident can say that it is no emergency now, and the conversation goes
 * on with the question they came with (ADR 0013, session 19, "whole conversation losses"). A
 * burglary told with no time and nothing after it gets the safety net's reply with 112 (ADR 0012;
 * since session 19 one told as over, or with the fright or theft after it, gets none or a check,
 * so these tests tell it bare); before, "het is geen noodgeval" then started a new intake with those words as the
 * question, and the reply's "Dan zoeken we samen verder" was not kept. Anything else after the
 * reply is a new message, read by the safety check first, as before. The phrasings were written
 * for these tests.
 */
describe('a crisis reply, then "het is geen noodgeval"', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  const play = (persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> =>
    playResident(real(), clock, 'after a crisis reply', persona);

  const said = (result: JourneyResult, words: string) =>
    result.transcript.some((line) => line.startsWith('bot: ') && line.includes(words));

  /** The bot's first words after the resident's line. */
  const answerTo = (result: JourneyResult, resident: string) =>
    result.transcript[result.transcript.indexOf(`resident: ${resident}`) + 1];

  it('a shed broken into, not knowing what to do: 112 first, then the search goes on with the question', async () => {
    const result = await play({
      first: 'er is ingebroken in onze berging en mijn vrouw en ik weten niet wat we moeten doen',
      topic: 'Veiligheid',
      forWhom: 'Voor mezelf',
      age: '63',
      afterCrisisReply: 'Het is geen noodgeval, het was vorige week',
    });
    // The safety net's reply stands as it was.
    expect(said(result, 'Bel nu meteen 112')).toBe(true);
    expect(answerTo(result, 'Het is geen noodgeval, het was vorige week')).toBe(
      'bot: Fijn om te horen. We gaan verder met uw vraag.',
    );
    expect(result.endedWith).toBe('result');
    expect(result.cards.slice(0, 3)).toContain('Slachtofferhulp Nederland');
  });

  it('in English: a garage broken into, "it is not an emergency", and victim support', async () => {
    const result = await play({
      first: 'thieves broke into my bike shed and I do not feel safe in my own house anymore',
      topic: 'Safety',
      forWhom: 'For myself',
      age: '35',
      afterCrisisReply: 'It is not an emergency, it already happened',
    });
    expect(said(result, 'Call 112')).toBe(true);
    // Before, these words started a new intake, whose levensgebied alone found the card.
    expect(answerTo(result, 'It is not an emergency, it already happened')).toBe(
      'bot: Good to hear. Let us go on with your question.',
    );
    expect(result.endedWith).toBe('result');
    expect(result.cards.slice(0, 3)).toContain('Slachtofferhulp Nederland');
  });

  // Passed before too: the rule's other side. Fear is no "no emergency": nothing goes on.
  it('"ik ben nog steeds bang" after the reply is a new message, not a way back to the question', async () => {
    const result = await play({
      first: 'er is ingebroken in onze berging en mijn vrouw en ik weten niet wat we moeten doen',
      topic: 'Veiligheid',
      afterCrisisReply: 'ik ben nog steeds bang',
    });
    expect(said(result, 'Bel nu meteen 112')).toBe(true);
    expect(said(result, 'We gaan verder met uw vraag.')).toBe(false);
    // The intake starts on these words, as on any new question (the search reads fear as safety).
    expect(answerTo(result, 'ik ben nog steeds bang')).toBe(
      'bot: Dank u wel. Ik heb uw vraag gelezen.',
    );
  });

  // Passed before too: a new question after the reply is searched as itself.
  it('a new question after the reply is searched as itself, not the one before', async () => {
    const result = await play({
      first: 'er is ingebroken in onze berging en mijn vrouw en ik weten niet wat we moeten doen',
      topic: 'Geld, schulden en administratie',
      forWhom: 'Voor mezelf',
      age: '63',
      afterCrisisReply: 'ik heb ook een grote schuld bij de energieleverancier',
    });
    expect(said(result, 'We gaan verder met uw vraag.')).toBe(false);
    expect(result.endedWith).toBe('result');
    expect(result.cards.slice(0, 3)).not.toContain('Slachtofferhulp Nederland');
  });
});

describe('the message a crisis reply answered, in the conversation state', () => {
  it('is held masked for the next message only, and dropped whatever that message is', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say(
      'er is ingebroken in onze berging en mijn vrouw en ik weten niet wat we moeten doen, bel me op 0687654321',
    );
    const held = await storedJson(harness);
    expect(held).toContain('"safetyHeld"');
    expect(held).toContain('afterCrisis');
    expect(held).not.toContain('0687654321');
    // A new question drops it: nothing of the first message stays.
    await chat.say('waar kan ik mijn fiets laten maken');
    expect(await storedJson(harness)).not.toContain('"safetyHeld"');
  });
});
