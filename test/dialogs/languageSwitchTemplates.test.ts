import { describe, expect, it } from 'vitest';
import { buttons, createHarness, joined, texts } from './conversationHarness.js';

/**
 * A language switch while an intake question is open asks that question again through its own
 * module, in the new language (docs/adr/0010-conversation-design.md, "English";
 * docs/adr/0020-house-layout-and-dependency-rules.md, "Leftovers of the house review"). A prompt built
 * from a template ("…gaat over: Geld. Klopt dat?") or with the sociale kaart's own labels as
 * buttons has no fixed place among the texts, so translating the stored words could not reach it.
 */
describe('a language switch at a question built from a template', () => {
  it('asks the topic guess again in English, and its answer goes on in English', async () => {
    const chat = createHarness().chat();
    await chat.join();
    expect(texts(await chat.say('Ik heb schulden')).at(-1)).toBe(
      'Ik denk dat uw vraag gaat over: Geld, schulden en administratie. Klopt dat?',
    );
    const switched = await chat.say('English please');
    expect(texts(switched)).toEqual([
      'Fine. From now on I will write in English.',
      'I think your question is about: Money, debts and paperwork. Is that right?',
    ]);
    expect(buttons(switched)).toEqual(['Yes', 'Something else']);
    expect(joined(await chat.say('yes'))).toContain('Who are you looking for help for?');
  });

  it('asks the list of levensgebieden again with English labels', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('Ik heb schulden');
    expect(joined(await chat.say('Iets anders'))).toContain('1. Geld, schulden en administratie');
    const switched = joined(await chat.say('English please'));
    expect(switched).toContain('What is your question mainly about?');
    expect(switched).toContain('1. Money, debts and paperwork');
    expect(switched).not.toContain('Geld, schulden en administratie');
    expect(joined(await chat.say('1'))).toContain('Who are you looking for help for?');
  });

  it('keeps the handover wording of the where question, in English', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('ik wil met iemand praten');
    const where = joined(await chat.say('Ik heb schulden en weet niet wat ik moet doen'));
    expect(where).toContain('Wat is uw postcode? Dan kies ik het goede wijkteam.');
    const switched = texts(await chat.say('English please'));
    expect(switched.at(-1)).toBe(
      'What is your postcode? Then I can choose the right wijkteam. For example 7544. The name of your neighbourhood is fine too.',
    );
  });

  it('back to Dutch, the same question follows again', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('Ik heb schulden');
    await chat.say('English please');
    expect(texts(await chat.say('Nederlands graag')).at(-1)).toBe(
      'Ik denk dat uw vraag gaat over: Geld, schulden en administratie. Klopt dat?',
    );
  });
});
