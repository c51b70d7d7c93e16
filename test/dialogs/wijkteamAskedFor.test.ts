import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { joined, texts, type Chat } from './conversationHarness.js';
import { useRealKnowledge } from './useRealKnowledge.js';

const STORY_NL =
  'Wilt u in een paar zinnen vertellen wat er speelt? Dan hoeft u het aan het wijkteam niet opnieuw te vertellen.';
const STORY_EN =
  'Would you like to tell me in a few sentences what is going on? Then you do not have to tell the wijkteam again.';
const WHERE_NL =
  'Wat is uw postcode? Dan kies ik het goede wijkteam. Bijvoorbeeld 7544. De naam van uw wijk mag ook.';
const CONSENT_NL = 'Mag ik uw vraag en uw contactgegevens delen met het wijkteam?';
const MONEY_NL = 'Geld, schulden en administratie';

/** From the consent question to the reference: yes, a name, a number, calling allowed, send. */
async function finish(chat: Chat, name: string, english = false): Promise<string> {
  await chat.say(english ? 'yes' : 'ja');
  await chat.say(name);
  await chat.say('0612345678');
  await chat.say(english ? 'yes' : 'ja');
  const summary = joined(await chat.say(english ? 'any time' : 'maakt niet uit'));
  const sent = joined(await chat.say(english ? 'Yes, send' : 'Ja, versturen'));
  return `${summary}\n${sent}`;
}

/**
 * A resident who asks for the wijkteam, or for a person of the gemeente, in their own words gets
 * the warm handover at once (ADR 0013, session 20): at the first message and at a question of the
 * intake, in Dutch and in English, with the wijk and the levensgebied of what they told, never one
 * the model read into the wish itself. Before, "met het wijkteam praten" was searched as company,
 * "iemand spreken bij de gemeente" went to the wijkteam as a question about growing older, and the
 * wish typed at "Voor wie zoekt u hulp?" was taken as its answer. Phrasings written for this test.
 */
describe('the wijkteam asked for by name', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const harness = useRealKnowledge(clock);

  it('Dutch, first message: the story asked, its levensgebied sent, the case made on yes', async () => {
    const h = harness();
    const chat = h.chat({ user: 'asked-nl-first' });
    await chat.join();
    const first = texts(await chat.say('Ik zou graag met het wijkteam willen praten'));
    expect(first).toEqual([STORY_NL]);
    const story = texts(
      await chat.say('Er liggen stapels onbetaalde rekeningen en ik overzie het niet meer'),
    );
    expect(story).toEqual([WHERE_NL]);
    const wijk = texts(await chat.say('7544'));
    expect(wijk.join('\n')).toContain('Ik kan uw vraag doorsturen naar wijkteam Wesselerbrink.');
    expect(wijk.at(-1)).toBe(CONSENT_NL);
    const end = await finish(chat, 'Wim');
    expect(end).toContain(`We sturen ook mee waar uw vraag over gaat: ${MONEY_NL}.`);
    expect(end).toMatch(/Uw nummer is WW-\d{4}-\d{6}/);
    const stored = (await h.cases.list()).find(
      (item) => item.melder.kind === 'contact' && item.melder.name === 'Wim',
    );
    expect(stored?.story.levensgebieden).toEqual(['geld']);
    expect(stored?.story.wijk).toBe('Wesselerbrink');
  });

  it('a person of the gemeente, asked for without a need: no levensgebied read into the wish', async () => {
    const h = harness();
    const chat = h.chat({ user: 'asked-nl-gemeente' });
    await chat.join();
    expect(texts(await chat.say('ik wil graag iemand spreken bij de gemeente'))).toEqual([
      STORY_NL,
    ]);
    await chat.say('Overslaan');
    await chat.say('7544');
    const end = await finish(chat, 'Gerda');
    expect(end).not.toContain('We sturen ook mee waar uw vraag over gaat');
    const stored = (await h.cases.list()).find(
      (item) => item.melder.kind === 'contact' && item.melder.name === 'Gerda',
    );
    expect(stored?.story.levensgebieden).toEqual([]);
  });

  it('the wish beside the wijk: the wijk taken, no levensgebied, the story asked', async () => {
    const chat = harness().chat();
    await chat.join();
    const first = texts(
      await chat.say(
        'Goedemiddag, wij wonen in Wesselerbrink en willen iemand van het wijkteam spreken',
      ),
    );
    expect(first.join('\n')).not.toContain('Ik zoek hulp bij');
    expect(first.at(-1)).toBe(STORY_NL);
    await chat.say('Overslaan');
    // The wijk the message gave is not asked again.
    expect(texts(await chat.say('Overslaan')).join('\n')).not.toContain(WHERE_NL);
  });

  it('the wish beside a need: that need, not the talking, is the levensgebied', async () => {
    const chat = harness().chat();
    await chat.join();
    const first = texts(
      await chat.say('ik wil met het wijkteam praten over de schulden die ik heb opgebouwd'),
    );
    expect(first).toContain(`Goed. Ik zoek hulp bij: ${MONEY_NL}.`);
    expect(first.at(-1)).toBe(WHERE_NL);
  });

  it('Dutch, at "Voor wie zoekt u hulp?": the handover, with the levensgebied chosen', async () => {
    const h = harness();
    const chat = h.chat({ user: 'asked-nl-prompt' });
    await chat.join();
    await chat.say('ik heb schulden');
    expect(texts(await chat.say('ja')).at(-1)).toMatch(/^Voor wie zoekt u hulp\?/);
    const asked = texts(await chat.say('ik wil gewoon het wijkteam spreken'));
    expect(asked.join('\n')).not.toContain('Hoe oud bent u?');
    // Three words told: a few sentences are asked, as for any thin story.
    expect(asked.at(-1)).toBe(STORY_NL);
    await chat.say('Overslaan');
    await chat.say('7544');
    const end = await finish(chat, 'Kees');
    expect(end).toContain(`We sturen ook mee waar uw vraag over gaat: ${MONEY_NL}.`);
  });

  it('Dutch, at the levensgebied offer: the question told is not asked again, and goes along', async () => {
    const h = harness();
    const chat = h.chat({ user: 'asked-nl-offer' });
    await chat.join();
    const offer = texts(await chat.say('Ik heb schulden en er komt bijna een deurwaarder langs'));
    expect(offer.at(-1)).toBe(`Ik denk dat uw vraag gaat over: ${MONEY_NL}. Klopt dat?`);
    expect(texts(await chat.say('liever praat ik met iemand van het wijkteam'))).toEqual([
      WHERE_NL,
    ]);
    await chat.say('7544');
    const end = await finish(chat, 'Lotte');
    expect(end).toContain(`We sturen ook mee waar uw vraag over gaat: ${MONEY_NL}.`);
    const stored = (await h.cases.list()).find(
      (item) => item.melder.kind === 'contact' && item.melder.name === 'Lotte',
    );
    expect(stored?.story.levensgebieden).toEqual(['geld']);
  });

  it('English, first message: the handover in English, the case made on yes', async () => {
    const h = harness();
    const chat = h.chat({ user: 'asked-en-first' });
    await chat.join();
    expect(
      texts(await chat.say('I would like to talk to someone at the municipality please')),
    ).toEqual([STORY_EN]);
    await chat.say('My rent has gone up and I cannot keep up with the payments');
    const wijk = texts(await chat.say('7544'));
    expect(wijk.at(-1)).toBe(
      'May I share your question and your contact details with the wijkteam?',
    );
    const end = await finish(chat, 'Nora', true);
    expect(end).toContain('Your question has been sent to wijkteam Wesselerbrink.');
    const stored = (await h.cases.list()).find(
      (item) => item.melder.kind === 'contact' && item.melder.name === 'Nora',
    );
    expect(stored?.story.language).toBe('en');
    expect(stored?.story.levensgebieden.length).toBeGreaterThan(0);
  });

  it('English, at a question of the intake: the handover, not an answer to it', async () => {
    const chat = harness().chat();
    await chat.join();
    await chat.say('I have debts');
    expect(texts(await chat.say('yes')).at(-1)).toMatch(/^Who are you looking for help for\?/);
    const asked = texts(await chat.say('can I speak with the neighbourhood team'));
    expect(asked.join('\n')).not.toContain('How old');
    expect(asked.at(-1)).toBe(STORY_EN);
  });

  it('a wish for company keeps its levensgebied, as before', async () => {
    const chat = harness().chat();
    await chat.join();
    const first = texts(await chat.say('ik wil graag iemand ontmoeten'));
    expect(first.join('\n')).toContain('Eenzaamheid en ontmoeting');
  });
});
