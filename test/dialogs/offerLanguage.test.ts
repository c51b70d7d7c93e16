import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/understanding/language.js';
import { ManualClock } from '../support/manualClock.js';
import { buttons, joined, type Chat } from './conversationHarness.js';
import { useRealKnowledge } from './useRealKnowledge.js';

/**
 * The levensgebied offer after the first message speaks the conversation's language (ADR 0004,
 * ADR 0013 class 5): the language the guard settled for this turn, not the one the message shows
 * on its own. A message that shows none ("budgetcoach") keeps an English conversation English,
 * whether the browser or the resident chose English, and a Dutch one Dutch. Phrasings written for
 * this test. Real intake, Enschede's knowledge and the shipped model. What is offered follows the
 * same language: the search behind the offer reads such a message in the conversation's language,
 * as the results search does (ADR 0013, session 11 amendment, and session 12).
 */
describe('the levensgebied offer is in the conversation’s language', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const harness = useRealKnowledge(clock);

  /** A new chat; `browser`: the widget's join event from that browser, or none at all (null). */
  async function newChat(browser?: string | null): Promise<Chat> {
    const chat = harness().chat();
    if (browser !== null)
      await chat.join(browser === undefined ? undefined : { language: browser });
    return chat;
  }

  const DUTCH_OFFER =
    /Klopt dat\?|Welke past het best\?|Waar gaat uw vraag vooral over\?|Iets anders/;
  const ENGLISH_OFFER = /Is that right\?|Which fits best\?|What is your question mainly about\?/;

  it('an English first message, without a browser language, is offered in English', async () => {
    const chat = await newChat(null);
    const replies = await chat.say(
      'Since the divorce I struggle to keep up with the gas and water bills',
    );
    expect(joined(replies)).toMatch(ENGLISH_OFFER);
    expect(joined(replies)).not.toMatch(DUTCH_OFFER);
    expect(buttons(replies)).toContain('Something else');
  });

  it('a first message with no language of its own stays English in an English browser', async () => {
    expect(detectLanguage('budgetcoach')).toBeUndefined();
    const chat = await newChat('en-GB');
    const replies = await chat.say('budgetcoach');
    expect(joined(replies)).toMatch(ENGLISH_OFFER);
    expect(joined(replies)).not.toMatch(DUTCH_OFFER);
  });

  it('the same message in a Dutch conversation is offered in Dutch', async () => {
    const chat = await newChat('nl-NL');
    const replies = await chat.say('budgetcoach');
    expect(joined(replies)).toMatch(DUTCH_OFFER);
    expect(joined(replies)).not.toMatch(ENGLISH_OFFER);
  });

  it('after the resident chose English, the offer and the whole list are English', async () => {
    expect(detectLanguage('thuiszorg')).toBeUndefined();
    const chat = await newChat('nl-NL');
    await chat.say('Could you answer in English please');
    const offer = await chat.say('thuiszorg');
    expect(joined(offer)).toMatch(ENGLISH_OFFER);
    expect(joined(offer)).not.toMatch(DUTCH_OFFER);
    const list = await chat.say('Something else');
    expect(joined(list)).toContain('What is your question mainly about?');
    const card = JSON.stringify(list.flatMap((activity) => activity.attachments ?? []));
    expect(card).toContain('Housing');
    expect(card).not.toContain('Wonen');
  });

  it('what is offered reads a message without a language of its own in English', async () => {
    // "flat" is English here ("flat too small"), not the Dutch word for an apartment block alone;
    // read as Dutch, the offer was Neighbours and the neighbourhood.
    expect(detectLanguage('flat too small')).toBeUndefined();
    const chat = await newChat('en-GB');
    const replies = await chat.say('flat too small');
    expect(joined(replies)).toContain('I think your question is about: Housing. Is that right?');
  });

  it('two levensgebieden offered are read in English too', async () => {
    // Read as Dutch: Loneliness and Taking part, no Housing.
    const chat = await newChat('en-GB');
    const replies = await chat.say('clean flat');
    // Housing, as the sure guess or among the first two offered; what stands beside it is the
    // model's second reading, not the language's.
    expect(
      joined(replies).includes('I think your question is about: Housing. Is that right?') ||
        buttons(replies).slice(0, 2).includes('Housing'),
    ).toBe(true);
    expect(joined(replies)).toMatch(ENGLISH_OFFER);
    expect(joined(replies)).not.toMatch(DUTCH_OFFER);
  });
});
