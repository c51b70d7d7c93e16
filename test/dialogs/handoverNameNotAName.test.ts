import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts, type Chat, type Harness } from './conversationHarness.js';
import { storedJson } from './storedState.js';

/**
 * At the warm handover the name question keeps only what is plausibly a name
 * (`parseNameReply`): a pass ("geen naam", "anoniem"), the answer to another prompt ("Ja,
 * versturen") or a phone number typed one question early is never stored as the name the
 * wijkteam will greet the resident by. The bot says why in a friendly way and asks once more.
 */

const DUTCH = {
  wish: 'Kan ik iemand van het wijkteam spreken?',
  story: 'Mijn vader woont alleen en redt het niet meer met de boodschappen',
  question: 'Hoe mag het wijkteam u noemen? Uw voornaam of roepnaam is genoeg.',
  declined: 'Dat begrijp ik. Het wijkteam gebruikt uw naam alleen om u aan te spreken.',
  otherAnswer: 'Ik heb uw naam nog niet.',
  contactDetail: 'Dat lijkt een telefoonnummer of e-mailadres. Daar vraag ik zo naar.',
  contactQuestion: 'Hoe kan het wijkteam u bereiken?',
};
const ENGLISH = {
  wish: 'Can I speak with someone from the wijkteam?',
  story: 'My father lives alone and cannot manage the shopping any more',
  question: 'What may the wijkteam call you? Your first name or nickname is enough.',
  declined: 'I understand. The wijkteam only uses your name to address you.',
  otherAnswer: 'I do not have your name yet.',
  contactDetail: 'That looks like a phone number or e-mail address. I will ask for that next.',
  contactQuestion: 'How can the wijkteam reach you?',
};
type Words = typeof DUTCH;

async function toNameQuestion(chat: Chat, words: Words): Promise<void> {
  await chat.join();
  await chat.say(words.wish);
  await chat.say(words.story);
  await chat.say('7544');
  expect(joined(await chat.say(words === DUTCH ? 'ja hoor' : 'yes that is fine'))).toContain(
    words.question,
  );
}

/** The reply is explained with `explanation`, the name question comes again, nothing is kept. */
async function expectAskedAgain(
  harness: Harness,
  chat: Chat,
  words: Words,
  reply: string,
  explanation: string,
): Promise<void> {
  const said = texts(await chat.say(reply));
  expect(said.join('\n')).toContain(explanation);
  expect(said.at(-1)).toBe(words.question);
  expect(await storedJson(harness)).not.toContain(JSON.stringify(reply.trim()));
}

/** The handover goes on with a real name and the case carries that name. */
async function finishWithName(harness: Harness, chat: Chat, words: Words, name: string) {
  expect(joined(await chat.say(name))).toContain(words.contactQuestion);
  await chat.say('06 87654321');
  await chat.say(words === DUTCH ? 'ja' : 'yes');
  await chat.say(words === DUTCH ? "'s avonds na zeven uur" : 'in the evening after seven');
  const sent = joined(await chat.say(words === DUTCH ? 'Ja, versturen' : 'Yes, send'));
  expect(sent).toMatch(/verstuurd|has been sent/);
  const [stored] = await harness.cases.list();
  expect(stored?.melder).toMatchObject({ name });
}

describe('the handover name question keeps only a name', () => {
  for (const reply of ['geen naam', 'Wil ik niet zeggen.', 'liever niet', 'anoniem']) {
    it(`Dutch: "${reply}" passes on the name, is not stored, and the bot explains kindly`, async () => {
      const harness = createHarness();
      const chat = harness.chat();
      await toNameQuestion(chat, DUTCH);
      await expectAskedAgain(harness, chat, DUTCH, reply, DUTCH.declined);
      await finishWithName(harness, chat, DUTCH, 'Ria');
    });
  }

  it('Dutch: "Ja, versturen" typed at the name question is no name', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toNameQuestion(chat, DUTCH);
    await expectAskedAgain(harness, chat, DUTCH, 'Ja, versturen', DUTCH.otherAnswer);
    await finishWithName(harness, chat, DUTCH, 'Kees');
  });

  it('Dutch: a phone number typed one question early is asked for next, not kept as a name', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toNameQuestion(chat, DUTCH);
    await expectAskedAgain(harness, chat, DUTCH, '06 87654321', DUTCH.contactDetail);
    await finishWithName(harness, chat, DUTCH, 'Ria');
  });

  for (const reply of ['no name', 'anonymous', "I'd prefer not to"]) {
    it(`English: "${reply}" passes on the name, is not stored, and the bot explains kindly`, async () => {
      const harness = createHarness();
      const chat = harness.chat();
      await toNameQuestion(chat, ENGLISH);
      await expectAskedAgain(harness, chat, ENGLISH, reply, ENGLISH.declined);
      await finishWithName(harness, chat, ENGLISH, 'Tom');
    });
  }

  it('English: "yes, send" typed at the name question is no name', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toNameQuestion(chat, ENGLISH);
    await expectAskedAgain(harness, chat, ENGLISH, 'yes, send', ENGLISH.otherAnswer);
    await finishWithName(harness, chat, ENGLISH, 'Tom');
  });

  it('English: an e-mail address typed at the name question is asked for next', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toNameQuestion(chat, ENGLISH);
    await expectAskedAgain(harness, chat, ENGLISH, 'tom@example.nl', ENGLISH.contactDetail);
    await finishWithName(harness, chat, ENGLISH, 'Tom');
  });
});
