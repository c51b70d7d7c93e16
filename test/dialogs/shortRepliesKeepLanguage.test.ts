import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { buttons, joined, type Chat } from './conversationHarness.js';
import { useRealKnowledge } from './useRealKnowledge.js';

/**
 * A short answer is no choice of language (ADR 0010, "English", amendment of session 13): a
 * resident who writes English and answers a yes/no question with "ja", or a Dutch resident who
 * taps out "yes", keeps the conversation's language. Before, "ja" in an English conversation
 * switched every later reply to Dutch. A sentence, or asking for a language, still switches. The
 * phrasings were written for these tests.
 */
describe('a short answer keeps the conversation language', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const harness = useRealKnowledge(clock);

  /** A first message, up to the yes/no question that checks the topic. */
  async function atTheCheck(first: string): Promise<Chat> {
    const chat = harness().chat();
    await chat.join();
    const check = await chat.say(first);
    expect(buttons(check)).toHaveLength(2);
    return chat;
  }

  it.each(['ja', 'Ja!', 'ja hoor', 'ja graag'])(
    '"%s" in an English conversation gets English',
    async (answer) => {
      const chat = await atTheCheck(
        'I owe money to three shops and the reminder letters keep coming',
      );
      const next = joined(await chat.say(answer));
      expect(next).toContain('Who are you looking for help for?');
      expect(next).not.toContain('Voor wie');
    },
  );

  it('"nee" in an English conversation gets English', async () => {
    const chat = await atTheCheck(
      'I owe money to three shops and the reminder letters keep coming',
    );
    const next = joined(await chat.say('nee'));
    expect(next).not.toMatch(/\b(?:Waar|Voor wie|Kies)\b/);
  });

  it('"yes" in a Dutch conversation gets Dutch', async () => {
    const chat = await atTheCheck(
      'ik heb bij drie winkels een betaalachterstand en de aanmaningen blijven komen',
    );
    const next = joined(await chat.say('yes'));
    expect(next).toContain('Voor wie zoekt u hulp?');
  });

  it('a Dutch sentence still switches an English conversation to Dutch', async () => {
    const chat = await atTheCheck(
      'I owe money to three shops and the reminder letters keep coming',
    );
    const next = joined(await chat.say('ja, dat klopt, het gaat om de huur'));
    expect(next).toContain('Voor wie zoekt u hulp?');
  });
});
