import { describe, expect, it } from 'vitest';
import { total } from '../../src/insights/insightCounts.js';
import { buttons, createHarness, joined, texts } from './conversationHarness.js';

const DAY = 24 * 60 * 60 * 1000;

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
    // With its way out ("Iets anders of weet ik niet") the list is longer than six: a card.
    const shown = (replies: Awaited<ReturnType<typeof chat.say>>) =>
      `${joined(replies)}\n${JSON.stringify(replies.flatMap((reply) => reply.attachments ?? []))}`;
    expect(shown(await chat.say('Iets anders'))).toContain('1. Geld, schulden en administratie');
    const switched = shown(await chat.say('English please'));
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

  it('asks "Is het gelukt?" about last time again in English, and counts the answer', async () => {
    const harness = createHarness();
    const before = harness.chat({ conversation: 'before' });
    await before.join();
    for (const said of ['Ik heb schulden', 'ja', 'voor mezelf', '45', 'overslaan', 'overslaan']) {
      await before.say(said);
    }
    await before.say('ja');
    harness.clock.advance(2 * DAY);
    const back = harness.chat({ conversation: 'back' });
    await back.join();
    expect(joined(await back.say('Ja, dat was ik'))).toContain(
      'Vorige keer zochten we naar hulp bij: Geld, schulden en administratie. Is het gelukt?',
    );
    const switched = await back.say('English please');
    expect(texts(switched)).toEqual([
      'Fine. From now on I will write in English.',
      'Last time we looked for help with: Money, debts and paperwork. Did it work out?\n\n1. Yes, I got help\n2. I could not reach anyone\n3. I was not allowed to go\n4. There was no place\n5. Skip',
    ]);
    expect(texts(await back.say('2'))[0]).toBe(
      'I am sorry to hear that. Thank you for letting me know. Let us look again together.',
    );
    expect(
      total(await harness.insights.rows({ kind: 'follow_up' }), { outcome: 'could_not_reach' }),
    ).toBe(1);
  });
});
