import { describe, expect, it } from 'vitest';
import { total } from '../../src/insights/insightCounts.js';
import { buttons, createHarness, joined, texts, type Harness } from './conversationHarness.js';

const DAY = 24 * 60 * 60 * 1000;

async function searchedForDebts(harness: Harness, answer: string): Promise<void> {
  const chat = harness.chat({ conversation: `search-${answer}` });
  await chat.join();
  await chat.say('Ik heb schulden');
  await chat.say('ja');
  await chat.say('voor mezelf');
  await chat.say('45');
  await chat.say('overslaan');
  await chat.say('overslaan');
  await chat.say(answer);
}

describe('a returning resident', () => {
  it('is asked "Is het gelukt?" once, and the answer is counted without text', async () => {
    const harness = createHarness();
    await searchedForDebts(harness, 'ja');
    harness.clock.advance(2 * DAY);
    const chat = harness.chat({ conversation: 'back' });
    expect(texts(await chat.join())).toEqual([
      'Welkom terug bij de digitale wijkwijzer. Ik ben een computerprogramma, geen mens.',
      'Was u hier eerder met een vraag? Dan gaan we verder waar we gebleven waren.',
    ]);
    const opening = await chat.say('Ja, dat was ik');
    expect(texts(opening)).toEqual([
      'Vorige keer zochten we naar hulp bij: Geld, schulden en administratie. Is het gelukt?\n\n1. Ja, ik heb hulp\n2. Ik kon niemand bereiken\n3. Ik mocht er niet heen\n4. Er was geen plek\n5. Overslaan',
    ]);
    expect(buttons(opening)).toHaveLength(5);
    expect(texts(await chat.say('er was geen plek'))[0]).toBe(
      'Wat vervelend. Dank u dat u het laat weten. We zoeken nu samen verder.',
    );
    expect(total(await harness.insights.rows({ kind: 'follow_up' }), { outcome: 'no_place' })).toBe(
      1,
    );

    const again = harness.chat({ conversation: 'again' });
    await again.join();
    expect(joined(await again.say('ja'))).not.toContain('Is het gelukt?');
  });

  it('who got help is not offered the wijkteam for the same levensgebied', async () => {
    const harness = createHarness();
    await searchedForDebts(harness, 'ja');
    harness.clock.advance(2 * DAY);
    const chat = harness.chat({ conversation: 'back' });
    await chat.join();
    await chat.say('ja');
    expect(texts(await chat.say('1'))[0]).toBe('Wat fijn! Dank u dat u het laat weten.');
    await chat.say('Ik heb weer een vraag over schulden');
    expect(joined(await chat.say('ja'))).not.toContain('Zal ik uw vraag doorsturen?');
  });

  it('is not asked about a search from a few hours ago (a new tab, the same day)', async () => {
    const harness = createHarness();
    await searchedForDebts(harness, 'ja');
    harness.clock.advance(3 * 60 * 60 * 1000);
    const tab = harness.chat({ conversation: 'tab' });
    await tab.join();
    const opening = texts(await tab.say('Ja, dat was ik'));
    expect(opening).toEqual(['Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.']);
  });

  it('who wrote English is welcomed back in English, with the status of their case', async () => {
    const harness = createHarness();
    const chat = harness.chat({ conversation: 'first' });
    await chat.join();
    await chat.say('I want to talk to a person');
    await chat.say('I have debts and I do not know how to pay my rent any more');
    await chat.say('7543');
    await chat.say('yes');
    await chat.say('Sam');
    await chat.say('sam@example.nl');
    const sent = texts(await chat.say('yes, send'));
    expect(sent[0]).toBe(
      'Your question has been sent to wijkteam Wesselerbrink. Your number is WW-2026-000001. Please keep this number.',
    );
    harness.clock.advance(DAY);
    const back = harness.chat({ conversation: 'second' });
    expect(texts(await back.join())).toEqual([
      'Welcome back to the digital wijkwijzer. I am a computer program, not a person.',
      'Were you here before with a question? Then we carry on where we were.',
    ]);
    expect(texts(await back.say('Yes, that was me'))).toEqual([
      'Your question has been with wijkteam Wesselerbrink since 2 March. Someone from the wijkteam will contact you.',
      'How can I help you? Please write it in your own words.',
    ]);
    // Writing Dutch switches back at once.
    expect(texts(await back.say('Ik heb een vraag over mijn buren'))[0]).toBe(
      'Dank u wel. Ik heb uw vraag gelezen.',
    );
  });
});
