import { describe, expect, it } from 'vitest';
import type { IntakeSearchQuery } from '../../dialogs/ports.js';
import { createHarness, type Chat } from './conversationHarness.js';
import { fakeKnowledge } from './fakeKnowledge.js';
import { playJourney } from './journeys/simulatedResident.js';

/**
 * ADR 0013, session 11 amendment: a resident who writes English is searched in English. A short
 * message whose own words show no language (one English word, no little words) is read in the
 * conversation's language by the results search, so an English conversation reads it through the
 * English glossary and a Dutch one does not. Phrasings written for this test.
 */
describe('the results search reads a message without a language of its own in the conversation’s', () => {
  const play = async (browser: string, first: string, topic: string) => {
    const calls: IntakeSearchQuery[] = [];
    const chat = createHarness({ knowledge: fakeKnowledge(calls) }).chat();
    const joined: Chat = {
      say: (message) => chat.say(message),
      join: () => chat.join({ language: browser }),
    };
    const result = await playJourney(joined, {
      name: 'r',
      theme: 'language',
      first,
      topic,
      age: '61',
    });
    return { result, last: calls.at(-1) };
  };

  it('English when the conversation is English', async () => {
    const { result, last } = await play('en-GB', 'rent allowance?', 'Housing');
    expect(result.transcript.join('\n')).toContain('Who are you looking for help for?');
    expect(last?.text.startsWith('rent allowance?')).toBe(true);
    expect(last?.language).toBe('en');
  });

  it('Dutch when the conversation is Dutch', async () => {
    const { result, last } = await play('nl-NL', 'rent allowance?', 'Wonen');
    expect(result.transcript.join('\n')).toContain('Voor wie zoekt u hulp?');
    expect(last?.text.startsWith('rent allowance?')).toBe(true);
    expect(last?.language).toBe('nl');
  });

  it('its own language when it shows one, whatever the conversation', async () => {
    const { result, last } = await play('en-GB', 'ik zoek een huis', 'Wonen');
    expect(result.transcript.join('\n')).toContain('Voor wie zoekt u hulp?');
    expect(last?.language).toBe('nl');
  });
});
