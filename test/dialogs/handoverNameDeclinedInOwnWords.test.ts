import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts, type Chat, type Harness } from './conversationHarness.js';
import { storedJson } from './storedState.js';

/**
 * A resident who will not give a name at the warm handover, in words of their own, and then types
 * "Ja, versturen" meant for the summary. The name question and the safety net must read the pass
 * alike: the bot says kindly why it asks, no safety check and no crisis reply comes, neither reply
 * is kept as the name, and the question comes once more. Before, the name question knew its
 * declines (contactReplies.ts) and the safety net its passes (choiceMatching.ts): two lists of one
 * idea. Phrasings written for this test.
 */

const DUTCH = {
  wish: 'Ik wil graag iemand van het wijkteam spreken',
  story: 'Mijn buurman maakt elke nacht lawaai en ik slaap er slecht door',
  yes: 'ja hoor',
  question: 'Hoe mag het wijkteam u noemen? Uw voornaam of roepnaam is genoeg.',
  declined: 'Dat begrijp ik. Het wijkteam gebruikt uw naam alleen om u aan te spreken.',
  otherAnswer: 'Ik heb uw naam nog niet.',
  send: 'Ja, versturen',
};
const ENGLISH = {
  wish: 'I would like to speak to someone from the wijkteam',
  story: 'My neighbour makes noise every night and I hardly sleep because of it',
  yes: 'yes that is fine',
  question: 'What may the wijkteam call you? Your first name or nickname is enough.',
  declined: 'I understand. The wijkteam only uses your name to address you.',
  otherAnswer: 'I do not have your name yet.',
  send: 'Yes, send',
};
type Words = typeof DUTCH;

/** The words of a check or a crisis reply, in either language. */
const CHECK_OR_CRISIS = [
  'Ik wil even zeker weten dat het goed met u gaat.',
  'I want to make sure you are all right.',
  'Dit klinkt als een noodgeval.',
  '0800-0113',
];

async function toNameQuestion(chat: Chat, words: Words): Promise<void> {
  await chat.join();
  await chat.say(words.wish);
  await chat.say(words.story);
  await chat.say('7544');
  expect(joined(await chat.say(words.yes))).toContain(words.question);
}

async function declineThenSend(words: Words, decline: string): Promise<Harness> {
  const harness = createHarness();
  const chat = harness.chat();
  await toNameQuestion(chat, words);
  const declined = texts(await chat.say(decline));
  for (const line of CHECK_OR_CRISIS) expect(declined.join('\n')).not.toContain(line);
  expect(declined.join('\n')).toContain(words.declined);
  expect(declined.at(-1)).toBe(words.question);
  const sent = texts(await chat.say(words.send));
  for (const line of CHECK_OR_CRISIS) expect(sent.join('\n')).not.toContain(line);
  expect(sent.join('\n')).toContain(words.otherAnswer);
  expect(sent.at(-1)).toBe(words.question);
  const stored = await storedJson(harness);
  expect(stored).not.toContain(JSON.stringify(decline.trim()));
  expect(stored).not.toContain('"softCheck"');
  expect(stored).toMatch(/"pendingCheck":0/);
  expect(await harness.cases.list()).toEqual([]);
  return harness;
}

describe('declining the name in own words, then "Ja, versturen"', () => {
  for (const decline of [
    'Mijn naam hou ik liever voor mezelf',
    'dat hoeft u niet te weten',
    'liever geen naam',
    'Ik geef mijn naam liever niet.',
    'hoeft niet',
    'doe maar zonder naam',
    'nee joh, geen naam',
    'ik wil niet naam geven',
    'naam geef ik niet',
    'geen naam geven',
  ]) {
    const name = `Dutch: "${decline}"`;
    it(name, async () => {
      await declineThenSend(DUTCH, decline);
    });
  }

  for (const decline of [
    "I'd rather keep my name to myself",
    'no name please',
    'skip the name',
    'not giving my name',
    'i not want give name',
  ]) {
    const name = `English: "${decline}"`;
    it(name, async () => {
      await declineThenSend(ENGLISH, decline);
    });
  }
});
