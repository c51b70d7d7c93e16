import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts } from './conversationHarness.js';

/**
 * A resident who only asks for a language ("English please", "Nederlands graag") chooses how the
 * bot speaks; that is not their question. Found by playing the widget: "English please" as the
 * first message got "I have read your question", topic guesses about language lessons, and ended
 * up as the first line of the question sent to the wijkteam.
 */
describe('choosing a language', () => {
  it('"English please" as the first message switches to English and asks the question again', async () => {
    const chat = createHarness().chat();
    await chat.join();
    const reply = await chat.say('English please');
    expect(texts(reply)).toEqual([
      'Fine. From now on I will write in English.',
      'How can I help you? Please write it in your own words.',
    ]);

    const question = await chat.say('I cannot pay my bills');
    expect(texts(question)[0]).toBe('Thank you. I have read your question.');
    // Only the real question is kept: nothing of "English please" reaches a handover.
    const known = joined(await chat.say('what do you know about me'));
    expect(known).toContain('"I cannot pay my bills"');
    expect(known.toLowerCase()).not.toContain('english please');
  });

  it.each(['in het Engels graag', 'Engels alstublieft', 'can we speak english?'])(
    '"%s" is a language choice too',
    async (message) => {
      const chat = createHarness().chat();
      await chat.join();
      expect(texts(await chat.say(message))).toEqual([
        'Fine. From now on I will write in English.',
        'How can I help you? Please write it in your own words.',
      ]);
    },
  );

  it('back to Dutch with "Nederlands" once the resident wrote English', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('english');
    expect(texts(await chat.say('Nederlands graag'))).toEqual([
      'Goed. Ik schrijf vanaf nu in het Nederlands.',
      'Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.',
    ]);
  });

  it('during the intake it switches, says so and keeps the answers given so far', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('Ik heb schulden');
    await chat.say('ja');
    const switched = texts(await chat.say('English please'));
    expect(switched[0]).toBe('Fine. From now on I will write in English.');
    // The question that was open is asked again in English, and the next one too.
    expect(switched.slice(1).join('\n')).toContain('Who are you looking for help for?');
    expect(switched.slice(1).join('\n')).toContain('1. For myself');
    expect(switched.join('\n')).not.toContain('Voor mezelf');
    expect(joined(await chat.say('1'))).toContain('How old are you?');
  });

  it('after the switch an answer it cannot use gets the explanation in English too', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('Ik heb schulden');
    await chat.say('ja');
    await chat.say('English please');
    const retry = joined(await chat.say('blub'));
    expect(retry).toContain('I did not understand that.');
    expect(retry).toContain('1. For myself');
    expect(retry).not.toContain('Voor mezelf');
    // The Dutch button a resident may still tap keeps working (Dutch words switch back to Dutch).
    expect(joined(await chat.say('Voor mezelf'))).toContain('Hoe oud bent u?');
  });

  it('as the first message of a conversation that had stopped, it does not become the question', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('stop');
    const reply = texts(await chat.say('english'));
    expect(reply[0]).toBe('Fine. From now on I will write in English.');
    expect(reply).toContain('How can I help you? Please write it in your own words.');
    expect(reply.join('\n')).not.toContain('I have read your question');
  });

  it("an English resident's voorziening cards carry English labels; the partner's own words stay Dutch", async () => {
    const chat = createHarness().chat();
    await chat.join();
    for (const message of [
      'I have debts and I cannot pay my bills',
      'yes',
      'for myself',
      '45',
      'skip',
    ])
      await chat.say(message);
    const results = await chat.say('skip');
    expect(texts(results)).toContain(
      'The description of each service comes from the organisation itself and is in Dutch.',
    );
    const json = JSON.stringify(results.flatMap((reply) => reply.attachments ?? []));
    expect(json).toContain('How to get there');
    expect(json).toContain('Sign up first. Call, or look on the website.');
    expect(json).toContain('Call 053-4811234');
    expect(json).toContain('Checked on 5 January 2026.');
    expect(json).not.toContain('Not checked');
    // Partner content is shown as the partner wrote it (ADR 0010).
    expect(json).toContain('Gratis hulp als u schulden heeft of uw rekeningen niet kunt betalen.');
    for (const dutch of ['Zo komt u er', 'Bel 053', 'Gecontroleerd op', 'Nog niet gecontroleerd'])
      expect(json).not.toContain(dutch);
  });
});
