import { describe, expect, it } from 'vitest';
import { caseCardView, SHARED_VIEWER } from '../../src/cards/caseCardView.js';
import { createHarness, joined, type Chat } from './conversationHarness.js';

/** From "I want to talk to a person" to the reference, in English. */
async function handOverInEnglish(chat: Chat): Promise<string> {
  await chat.join();
  await chat.say('I want to talk to a person');
  await chat.say('I cannot pay my bills and the letters keep coming');
  await chat.say('7544');
  await chat.say('yes');
  await chat.say('Tom');
  await chat.say('0612345678');
  await chat.say('yes');
  await chat.say('in the morning');
  return joined(await chat.say('yes, send'));
}

/**
 * The wijkteam calls the resident back: it must know beforehand that the resident chose English.
 * Found by playing a handover in English: the case on the Casusbord and the Teams card were Dutch
 * (as they should be, for the wijkteam) with nothing to say the resident wrote in English, so the
 * colleague would ring Tom in Dutch.
 */
describe('the language of a handover', () => {
  it('an English handover is stored with its language, and the card says so beside the contact', async () => {
    const harness = createHarness();
    const sent = await handOverInEnglish(harness.chat());
    expect(sent).toContain('Your question has been sent to wijkteam');
    const [stored] = await harness.cases.list();
    expect(stored?.story.language).toBe('en');
    if (stored === undefined) return;
    expect(caseCardView(stored, { now: new Date(), viewer: SHARED_VIEWER }).contactPreference).toBe(
      'Bellen mag. Beste moment: in the morning. De inwoner schreef in het Engels',
    );
  });

  it('a Dutch handover says nothing about language', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik wil graag met iemand van het wijkteam spreken');
    await chat.say('Ik heb schulden en de huur is te hoog.');
    await chat.say('7544');
    await chat.say('ja');
    await chat.say('Fatima');
    await chat.say('06 12345678');
    await chat.say('ja, bellen mag');
    await chat.say('in de ochtend');
    await chat.say('Ja, versturen');
    const [stored] = await harness.cases.list();
    expect(stored?.story.language).toBe('nl');
    if (stored === undefined) return;
    expect(caseCardView(stored, { now: new Date(), viewer: SHARED_VIEWER }).contactPreference).toBe(
      'Bellen mag. Beste moment: in de ochtend',
    );
  });
});

/**
 * "Doesn't matter" to the best moment is the "Any time" button, not a moment: played in English,
 * the Casusbord showed "Beste moment: doesn't matter".
 */
describe('the best moment, in the words residents use', () => {
  it.each([
    ["doesn't matter", 'I want to talk to a person'],
    ['no preference', 'I want to talk to a person'],
    ['maakt mij niet uit', 'Ik wil graag met iemand van het wijkteam spreken'],
    ['geen voorkeur', 'Ik wil graag met iemand van het wijkteam spreken'],
  ])('"%s" is any time', async (moment, wish) => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    for (const message of [
      wish,
      'I cannot pay my bills',
      '7544',
      'ja',
      'Tom',
      '0612345678',
      'ja',
    ]) {
      await chat.say(message);
    }
    await chat.say(moment);
    await chat.say('Ja, versturen');
    const [stored] = await harness.cases.list();
    expect(stored?.melder).toMatchObject({ kind: 'contact', bestMoment: null });
  });
});

describe('the summary card for a resident who writes English', () => {
  it('keeps the text for the wijkteam in Dutch, but its buttons are in English', async () => {
    const chat = createHarness().chat();
    await chat.join();
    for (const message of [
      'I want to talk to a person',
      'I cannot pay my bills',
      '7544',
      'yes',
      'Tom',
      '0612345678',
      'yes',
    ]) {
      await chat.say(message);
    }
    const summary = await chat.say('in the morning');
    const card = summary
      .flatMap((activity) => activity.attachments ?? [])
      .map((attachment) => attachment.content as { body: unknown[]; actions: { title: string }[] })
      .find((content) => JSON.stringify(content.body).includes('Dit sturen we naar wijkteam'));
    expect(card?.actions.map((action) => action.title)).toEqual([
      'Yes, send',
      'Change',
      'Do not send',
    ]);
  });
});
