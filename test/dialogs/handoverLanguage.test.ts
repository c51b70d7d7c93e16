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

/**
 * The card a resident confirms is theirs to read: played in English on a phone, the newcomer got
 * "Dit sturen we naar wijkteam Centrum", "Wat u al heeft geprobeerd: Nog niets geprobeerd" and
 * "Voor wie: Voor zichzelf, 27 tot 67 jaar", and was asked "Is this right?" about words they
 * could not read. The wijkteam still gets Dutch (the case and its card).
 */
describe('the summary card for a resident who writes English', () => {
  async function summaryCard(messages: readonly string[]) {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    let last: Awaited<ReturnType<Chat['say']>> = [];
    for (const message of messages) last = await chat.say(message);
    const card = last
      .flatMap((activity) => activity.attachments ?? [])
      .map((attachment) => attachment.content as { body: unknown[]; actions: { title: string }[] })
      .find((content) => JSON.stringify(content.body).includes('wijkteam'));
    return { harness, chat, card, text: joined(last) };
  }

  it('is in English: heading, labels, who it is for, what was tried, and its buttons', async () => {
    const { card, text } = await summaryCard([
      'English please',
      'I feel lonely',
      'yes',
      'for myself',
      '34',
      '7511',
      'nothing yet',
      'I want to talk to someone',
      'I just moved here and know nobody',
      'yes',
      'Tom',
      '0612345678',
      'yes',
      'in the morning',
    ]);
    const body = JSON.stringify(card?.body);
    expect(body).toContain('This is what we send to wijkteam Centrum');
    for (const english of [
      'Your question',
      'I just moved here and know nobody',
      'What you have tried',
      'Nothing tried yet.',
      'For whom',
      'For yourself, 27 to 67 years',
      'Your name',
      'Phone',
      'Best moment',
    ]) {
      expect(body).toContain(english);
    }
    for (const dutch of [
      'Dit sturen',
      'Uw vraag',
      'geprobeerd',
      'Voor wie',
      'zichzelf',
      'jaar',
      'Uw naam',
    ]) {
      expect(body).not.toContain(dutch);
    }
    expect(card?.actions.map((action) => action.title)).toEqual([
      'Yes, send',
      'Change',
      'Do not send',
    ]);
    expect(text).toContain('The wijkteam reads Dutch');
    expect(text).not.toContain('The summary is in Dutch');
  });

  it('names a question without a story in English, while the wijkteam gets its Dutch line', async () => {
    const { card, harness, chat } = await summaryCard([
      'I want to talk to a person',
      'skip',
      '7544',
      'yes',
      'Tom',
      '0612345678',
      'yes',
      'in the morning',
    ]);
    const body = JSON.stringify(card?.body);
    expect(body).toContain('You would like to talk to someone from the wijkteam.');
    expect(body).toContain('"title":"Neighbourhood"');
    expect(body).toContain('Not said');
    expect(body).not.toContain('De inwoner');
    await chat.say('Yes, send');
    const [stored] = await harness.cases.list();
    expect(stored?.story.summary).toBe('De inwoner wil graag met iemand van het wijkteam praten.');
  });
});
