import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts, type Chat } from './conversationHarness.js';

/**
 * The list of levensgebieden had no way out: a resident whose question fits none of them typed
 * "iets anders" and heard "Dat begreep ik niet" until the bot gave up on the third try. Found by
 * using the product as a resident with low literacy (docs/adr/0014-intake-as-question-modules.md).
 */
/** The list as the resident sees it: its text, and the choices of its drop-down card if any. */
function shown(replies: readonly Partial<Activity>[]): string {
  return `${joined(replies)}\n${JSON.stringify(replies.flatMap((reply) => reply.attachments ?? []))}`;
}

async function toTheList(chat: Chat): Promise<string> {
  await chat.join();
  await chat.say('Ik heb schulden');
  return shown(await chat.say('Iets anders'));
}

describe('the list of levensgebieden', () => {
  it('offers "Iets anders of weet ik niet" as its last choice', async () => {
    const list = await toTheList(createHarness().chat());
    expect(list).toContain('Waar gaat uw vraag vooral over?');
    expect(list).toMatch(/\d+\. Iets anders of weet ik niet/);
  });

  for (const reply of ['iets anders', 'Staat er niet bij', 'weet ik niet', 'geen van deze']) {
    it(`takes "${reply}" as the way out and goes on at once, without "Dat begreep ik niet"`, async () => {
      const chat = createHarness().chat();
      await toTheList(chat);
      const next = await chat.say(reply);
      expect(joined(next)).not.toContain('Dat begreep ik niet');
      expect(texts(next)[0]).toBe('Goed. Dan zoek ik met de woorden van uw vraag.');
      expect(joined(next)).toContain('Voor wie zoekt u hulp?');
    });
  }

  it('still takes a levensgebied by word after the way out is added', async () => {
    const chat = createHarness().chat();
    await toTheList(chat);
    expect(joined(await chat.say('eenzaam'))).toContain(
      'Goed. Ik zoek hulp bij: Eenzaamheid en ontmoeting.',
    );
  });

  it('has the way out in English too', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('I have debts');
    const list = shown(await chat.say('Something else'));
    expect(list).toMatch(/\d+\. Something else, or I do not know/);
    const next = await chat.say('none of these');
    expect(texts(next)[0]).toBe('Fine. Then I will search with the words of your question.');
  });

  it('asks to type the number once, not twice (the prompt and the list hint both said it)', async () => {
    for (const language of ['nl', 'en'] as const) {
      const chat = createHarness().chat();
      await chat.join();
      await chat.say(language === 'nl' ? 'Ik heb schulden' : 'I have debts');
      const prompt = texts(await chat.say(language === 'nl' ? 'Iets anders' : 'Something else'))
        .filter((text) => /\n\n/.test(text))
        .join('');
      expect(prompt).toMatch(language === 'nl' ? /Waar gaat uw vraag vooral over/ : /mainly about/);
      expect(prompt.match(language === 'nl' ? /nummer/g : /number/g)).toHaveLength(1);
    }
  });
});
