import { describe, expect, it } from 'vitest';
import { buttons, createHarness, texts, type Chat } from './conversationHarness.js';

const WHAT_NL =
  'Het wijkteam is een team van hulpverleners in uw wijk. U kunt er terecht met vragen over bijvoorbeeld geld, opvoeden, gezondheid, zorg, wonen of eenzaamheid. Het wijkteam denkt met u mee. Ze helpen u zelf of zoeken samen met u de goede hulp. Dat is gratis.';
const WHAT_EN =
  'The wijkteam (neighbourhood team) is a team of social workers in your neighbourhood. You can go to them with questions about, for example, money, raising children, health, care, housing or loneliness. The wijkteam thinks along with you. They help you themselves or find the right help together with you. It is free.';
const WHERE_NL =
  'Wat is uw postcode? Dan kies ik het goede wijkteam. Bijvoorbeeld 7544. De naam van uw wijk mag ook.';
const WHERE_EN =
  'What is your postcode? Then I can choose the right wijkteam. For example 7544. The name of your neighbourhood is fine too.';
const OFFER_NL = 'Wilt u dat iemand van het wijkteam contact met u opneemt?';
const OFFER_EN = 'Would you like someone from the wijkteam to contact you?';
const CONFIRM_NL = 'Ik denk dat uw vraag gaat over: Geld, schulden en administratie. Klopt dat?';
const FOR_WHOM_NL =
  'Voor wie zoekt u hulp?\n\n1. Voor mezelf\n2. Voor mijn kind\n3. Voor iemand voor wie ik zorg\n4. Voor iemand anders';
/** The short explanation of the word, which says nothing of the resident's own team. */
const WORD_ONLY_NL =
  'Een wijkteam is een team van hulpverleners in uw wijk. Het werkt samen met de gemeente. Het team helpt bij vragen over bijvoorbeeld geld, zorg, wonen of opvoeden. Ik kan uw vraag naar het wijkteam sturen.';

async function atForWhom(chat: Chat, question: string, yes: string): Promise<void> {
  await chat.join();
  await chat.say(question);
  await chat.say(yes);
}

/**
 * "Wat is een wijkteam?" asks for more than a word: the resident hears what the wijkteam does,
 * which team is theirs and how to reach it, and is offered the warm handover, wherever it is asked
 * (ADR 0013, session 18, the wijkteam question). At a question of the intake the answer comes
 * first and then that question again; the other service words keep their short explanation
 * (test/dialogs/interruptions.test.ts). Phrasings written for this test.
 */
describe('a short question about the wijkteam', () => {
  it.each([
    ['wat is een wijkteam', WHAT_NL, WHERE_NL],
    ['wat doet een wijkteam?', WHAT_NL, WHERE_NL],
    ['what is a wijkteam', WHAT_EN, WHERE_EN],
  ])('"%s" as the first message gets the wijkteam answer', async (message, what, where) => {
    const chat = createHarness().chat();
    await chat.join();
    const reply = texts(await chat.say(message));
    expect(reply.slice(1)).toEqual([what, where]);
  });

  it('Dutch, at the first question of the intake: the answer, then that question again', async () => {
    const chat = createHarness().chat();
    await chat.join();
    expect(texts(await chat.say('Ik heb schulden')).at(-1)).toBe(CONFIRM_NL);
    const asked = await chat.say('wat is een wijkteam');
    expect(texts(asked)).toEqual([WHAT_NL, WHERE_NL]);
    const team = await chat.say('7544');
    expect(texts(team)).toEqual([
      'Dat is de wijk Boswinkel.',
      'Uw wijkteam is wijkteam Boswinkel-Boekelo. U kunt het wijkteam ook zelf bellen: [14 053](tel:14053).',
      OFFER_NL,
    ]);
    expect(buttons(team)).toEqual(['Ja, graag', 'Nee, dank u']);
    const no = await chat.say('Nee, dank u');
    expect(texts(no)).toEqual(['Goed. We gaan verder waar we waren.', CONFIRM_NL]);
    expect(buttons(no)).toEqual(['Ja', 'Iets anders']);
    // The intake goes on where it was; the wijk given is not asked again.
    const on = texts(await chat.say('ja'));
    expect(on.at(-1)).toBe(FOR_WHOM_NL);
  });

  it('Dutch, mid-intake with the wijk known: no wijk asked, and the question still counts no attempt', async () => {
    const chat = createHarness().chat();
    await atForWhom(chat, 'schulden, postcode 7544', 'ja');
    const asked = await chat.say('Wat doet het wijkteam?');
    expect(texts(asked)).toEqual([
      WHAT_NL,
      'Uw wijkteam is wijkteam Boswinkel-Boekelo. U kunt het wijkteam ook zelf bellen: [14 053](tel:14053).',
      OFFER_NL,
    ]);
    const no = await chat.say('nee');
    expect(texts(no)).toEqual(['Goed. We gaan verder waar we waren.', FOR_WHOM_NL]);
    expect(texts(await chat.say('1')).join('\n')).toContain('Hoe oud bent u?');
  });

  it('English, mid-intake: the answer in English, and yes starts the handover', async () => {
    const chat = createHarness().chat();
    await atForWhom(chat, 'I have debts', 'yes');
    const asked = await chat.say('what does a wijkteam do?');
    expect(texts(asked)).toEqual([WHAT_EN, WHERE_EN]);
    expect(buttons(asked)).toEqual(['Skip']);
    const skipped = await chat.say('Skip');
    expect(texts(skipped)).toEqual([
      'You can also call the wijkteam yourself: [14 053](tel:14053).',
      OFFER_EN,
    ]);
    expect(buttons(skipped)).toEqual(['Yes, please', 'No, thank you']);
    const yes = texts(await chat.say('Yes, please'));
    expect(yes.at(-1)).toBe(
      'Would you like to tell me in a few sentences what is going on? Then you do not have to tell the wijkteam again.',
    );
    expect(yes.join('\n')).not.toContain('Who are you looking for help for?');
  });

  it('English, mid-intake: no brings the question back in English', async () => {
    const chat = createHarness().chat();
    await atForWhom(chat, 'I have debts', 'yes');
    await chat.say('what is a wijkteam?');
    await chat.say('Skip');
    const no = texts(await chat.say('No, thank you'));
    expect(no[0]).toBe('All right. Let us continue where we were.');
    expect(no.at(-1)).toMatch(/^Who are you looking for help for\?/);
  });

  it('while the handover runs the word is only explained: the resident is on the way to the team', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('ik wil een mens spreken');
    expect(texts(await chat.say('Ik heb schulden en ik weet niet wat ik moet doen'))).toEqual([
      WHERE_NL,
    ]);
    const asked = await chat.say('wat is een wijkteam');
    expect(texts(asked)).toEqual([WORD_ONLY_NL, 'We gaan verder waar we waren.', WHERE_NL]);
  });

  it('at the wijkteam answer’s own question the word is only explained', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('Ik heb schulden');
    await chat.say('wat is een wijkteam');
    const again = await chat.say('wat is een wijkteam?');
    expect(texts(again)).toEqual([WORD_ONLY_NL, 'We gaan verder waar we waren.', WHERE_NL]);
  });
});
