import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts, type Chat } from './conversationHarness.js';

/**
 * Two defects found by QA in the running product (2026-12-02). At the list of levensgebieden a
 * resident who typed in their own words instead of choosing heard "Dat begreep ik niet"; the
 * words are now read by the one understanding pass. And a first message without one recognisable
 * word got "Ik heb uw vraag gelezen" and a topic guess; it is now asked for in other words.
 */
function shown(replies: readonly Partial<Activity>[]): string {
  return `${joined(replies)}\n${JSON.stringify(replies.flatMap((reply) => reply.attachments ?? []))}`;
}

async function toTheList(chat: Chat, language: 'nl' | 'en' = 'nl'): Promise<void> {
  await chat.join();
  await chat.say(language === 'nl' ? 'Ik heb schulden' : 'I have debts');
  const list = shown(await chat.say(language === 'nl' ? 'Iets anders' : 'Something else'));
  expect(list).toContain(language === 'nl' ? 'Waar gaat uw vraag vooral over?' : 'mainly about');
}

describe('own words at the list of levensgebieden', () => {
  for (const [words, label] of [
    ['het zit hem in mijn woning', 'Wonen'],
    ['ik kom elke maand niet rond', 'Geld'],
    ['moeilijkheden met het huis', 'Wonen'],
    // A word of the sentence one letter from a word of a choice ("alles" and "geen van allen"
    // of "Iets anders of weet ik niet") once picked that choice before the words were read.
    ['er is van alles mis in ons huis', 'Wonen'],
  ] as const) {
    it(`takes "${words}" as the choice and says so`, async () => {
      const chat = createHarness().chat();
      await toTheList(chat);
      const next = joined(await chat.say(words));
      expect(next).not.toContain('begreep ik niet');
      expect(next).toMatch(new RegExp(`Goed\\. Ik zoek hulp bij: ${label}`));
      expect(next).toContain('Voor wie zoekt u hulp?');
    });
  }

  it('asks again with the list when the words point nowhere, and goes on with a choice', async () => {
    const chat = createHarness().chat();
    await toTheList(chat);
    const again = await chat.say('tja lastig hoor');
    expect(texts(again)[0]).toContain('Ik weet nog niet welk onderwerp u bedoelt.');
    expect(shown(again)).toContain('Iets anders of weet ik niet');
    expect(joined(await chat.say('over mijn huis'))).toContain('Goed. Ik zoek hulp bij: Wonen');
  });

  it('does not take a short reply without a topic as one ("het is ingewikkeld")', async () => {
    const chat = createHarness().chat();
    await toTheList(chat);
    const again = joined(await chat.say('het is ingewikkeld'));
    expect(again).not.toContain('Ik zoek hulp bij');
    expect(again).toContain('Ik weet nog niet welk onderwerp u bedoelt.');
    expect(texts(await chat.say('geen idee'))[0]).toBe(
      'Goed. Dan zoek ik met de woorden van uw vraag.',
    );
  });

  it('understands own words in English too', async () => {
    const chat = createHarness().chat();
    await toTheList(chat, 'en');
    const next = joined(await chat.say('trouble with money'));
    expect(next).toContain('Good. I will look for help with: Money');
    expect(next).toContain('Who are you looking for help for?');
  });
});

describe('a first message without recognisable words', () => {
  it('is asked for in other words, without "gelezen" or a topic guess', async () => {
    const chat = createHarness().chat();
    await chat.join();
    const replies = joined(await chat.say('lkjhg poiuy zxc'));
    expect(replies).toContain('Kunt u het anders zeggen?');
    expect(replies).toContain('Bijvoorbeeld');
    expect(replies).not.toContain('Ik heb uw vraag gelezen');
    expect(replies).not.toContain('Ik denk dat uw vraag gaat over');
    expect(replies).not.toContain('Waar gaat uw vraag vooral over?');
    // The next try in real words goes on as usual.
    const next = joined(await chat.say('ik voel me zo alleen'));
    expect(next).toContain('Ik heb uw vraag gelezen');
  });

  it('asks in English when the resident chose English', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('English please');
    const replies = joined(await chat.say('zxcvb qwrt'));
    expect(replies).toContain('Could you say it in other words?');
    expect(replies).not.toContain('I have read your question');
  });

  for (const typo of ['ik heb schuldn', 'ik ben zo eenzam']) {
    it(`still reads a typo of a real word: "${typo}"`, async () => {
      const chat = createHarness().chat();
      await chat.join();
      const replies = joined(await chat.say(typo));
      expect(replies).toContain('Ik heb uw vraag gelezen');
      expect(replies).not.toContain('anders zeggen');
      expect(replies).toContain('Waar gaat uw vraag');
    });
  }
});
