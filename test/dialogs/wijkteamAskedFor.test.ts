import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { texts } from './conversationHarness.js';
import { useRealKnowledge } from './useRealKnowledge.js';

const cardLines = (lines: readonly string[]) => lines.filter((line) => line.startsWith('[card:'));

/**
 * The wijkteam itself asked for with a need beside it (ADR 0013, session 22): searched as always,
 * and the kaart's own wijkteam entry is the first card; a wijkteam that only sent the resident is
 * not. On the real knowledge of Enschede. Phrasings written for this test.
 */
describe('the wijkteam asked for beside a need', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const harness = useRealKnowledge(clock);

  it('Dutch: the intake as always, the wijkteam the first card', async () => {
    const chat = harness().chat();
    await chat.join();
    await chat.say('kan ik met mijn zorgen over geld en mijn zoon bij het wijkteam terecht');
    await chat.say('Geld, schulden en administratie');
    await chat.say('Voor mezelf');
    await chat.say('Zeg ik liever niet');
    await chat.say('Overslaan');
    const cards = cardLines(texts(await chat.say('Nog niets')));
    expect(cards[0]).toBe('[card: Het wijkteam in uw wijk]');
    expect(cards).toHaveLength(3);
  });

  it('English: the same, the wijkteam the first card', async () => {
    const chat = harness().chat();
    await chat.join();
    await chat.say('can I see the neighbourhood team about my debts and my son');
    await chat.say('Money, debts and paperwork');
    await chat.say('For myself');
    await chat.say('I would rather not say');
    await chat.say('Skip');
    const cards = cardLines(texts(await chat.say('Nothing yet')));
    expect(cards[0]).toBe('[card: Het wijkteam in uw wijk]');
  });

  it('sent by the wijkteam to the voedselbank: the voedselbank is searched, not the team', async () => {
    const chat = harness().chat();
    await chat.join();
    const first = texts(
      await chat.say('het wijkteam heeft me doorverwezen naar de voedselbank, waar zit die?'),
    );
    expect(first.join(' ')).not.toContain('Het wijkteam is een team van hulpverleners');
    expect(first.at(-1)).toBe('Ik denk dat uw vraag gaat over: Eten. Klopt dat?');
  });
});

/**
 * A wish to speak to the wijkteam (ADR 0013, session 22, second step): the kaart's own wijkteam
 * entry with its contact, then the handover as before; a wish for a person without the wijkteam
 * gets no card. Phrasings written for this test.
 */
describe('a wish to speak to the wijkteam', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const harness = useRealKnowledge(clock);

  it('Dutch: the wijkteam card, then the handover asks what plays', async () => {
    const chat = harness().chat();
    await chat.join();
    const first = texts(await chat.say('ik wil het wijkteam even bellen'));
    expect(first).toContain('U kunt het wijkteam ook zelf bereiken:');
    expect(cardLines(first)).toEqual(['[card: Het wijkteam in uw wijk]']);
    expect(first.at(-1)).toBe(
      'Wilt u in een paar zinnen vertellen wat er speelt? Dan hoeft u het aan het wijkteam niet opnieuw te vertellen.',
    );
  });

  it('English: the same', async () => {
    const chat = harness().chat();
    await chat.join();
    const first = texts(await chat.say('I want to speak to a person from the neighbourhood team'));
    expect(first).toContain('You can also reach the wijkteam yourself:');
    expect(cardLines(first)).toEqual(['[card: Het wijkteam in uw wijk]']);
  });

  it('a wish for a person without the wijkteam: the handover, no card', async () => {
    const chat = harness().chat();
    await chat.join();
    const first = texts(await chat.say('ik wil met een mens praten'));
    expect(cardLines(first)).toEqual([]);
    expect(first.join(' ')).not.toContain('U kunt het wijkteam ook zelf bereiken');
  });
});
