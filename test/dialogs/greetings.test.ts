import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { createHarness, joined, texts } from './conversationHarness.js';
import { useRealKnowledge } from './useRealKnowledge.js';

/**
 * A greeting as the first message of a fresh chat ("hallo ik ben terug") was read as the question
 * and guessed a levensgebied. A greeting alone gets a friendly answer that invites the question; a
 * greeting with a question in it is still read as the question (docs/adr/0013).
 */
describe('a greeting as the first message', () => {
  for (const greeting of [
    'hallo ik ben terug',
    'hoi',
    'Goedemorgen!',
    'hallo, ik heb een vraag',
    'Hoi, daar ben ik weer',
  ]) {
    it(`"${greeting}" is greeted back and asked for the question`, async () => {
      const chat = createHarness().chat();
      await chat.join();
      const reply = await chat.say(greeting);
      expect(texts(reply)).toEqual([
        'Hallo! Fijn dat u er bent.',
        'Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.',
      ]);
      // The question that follows is read as usual.
      expect(joined(await chat.say('Ik heb schulden'))).toContain('Ik heb uw vraag gelezen.');
    });
  }

  it('"hello again" is greeted back in English', async () => {
    const chat = createHarness().chat();
    await chat.join();
    expect(texts(await chat.say('hello again'))).toEqual([
      'Hello! Good to have you here.',
      'How can I help you? Please write it in your own words.',
    ]);
  });

  for (const question of [
    'hallo, ik zoek hulp bij mijn schulden',
    'Goedemorgen, ik heb een vraag over mijn schulden',
  ]) {
    it(`"${question}" is still read as the question`, async () => {
      const chat = createHarness().chat();
      await chat.join();
      const reply = joined(await chat.say(question));
      expect(reply).toContain('Ik heb uw vraag gelezen.');
      expect(reply).toContain('Geld');
      expect(reply).not.toContain('Fijn dat u er bent');
    });
  }

  it('a message with too little to search on still gets the example sentences', async () => {
    const chat = createHarness().chat();
    await chat.join();
    expect(texts(await chat.say('12'))[0]).toMatch(/^Kunt u iets meer vertellen\?/);
  });

  describe('on the real sociale kaart', () => {
    const harness = useRealKnowledge(new ManualClock('2026-03-02T09:00:00Z'));

    it('"hallo ik ben terug" is not guessed as a levensgebied', async () => {
      const chat = harness().chat();
      await chat.join();
      const reply = joined(await chat.say('hallo ik ben terug'));
      expect(reply).not.toContain('Ik denk dat uw vraag gaat over');
      expect(reply).toContain('Hallo! Fijn dat u er bent.');
    });
  });
});
