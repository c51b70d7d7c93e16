import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { buttons, joined, texts, type Chat } from './conversationHarness.js';
import { useRealKnowledge } from './useRealKnowledge.js';

/**
 * A resident who asks for a language in a sentence of their own ("would you reply in English?",
 * "kunt u Nederlands met mij praten", "mijn Nederlands is niet zo goed, liever in het Engels")
 * chooses how the bot speaks: the conversation switches and the open question comes again in that
 * language, with no search, no levensgebied offer and no safety check. A language request beside a
 * real question switches and searches the question, without the request's own words. Phrasings
 * written for this test. Real intake, Enschede's knowledge and the shipped model, so a request read
 * as a question would show as an offer.
 */
describe('a language asked for in the resident’s own words', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const harness = useRealKnowledge(clock);

  const ENGLISH_SWITCH = [
    'Fine. From now on I will write in English.',
    'How can I help you? Please write it in your own words.',
  ];
  const DUTCH_SWITCH = [
    'Goed. Ik schrijf vanaf nu in het Nederlands.',
    'Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.',
  ];

  const LANGUAGE_LESSONS = 'Language, reading and digital skills';

  /**
   * The switch said, the open question asked again last (after the welcome, at a first message),
   * and nothing read as a question: no "I have read your question", no levensgebied offered.
   */
  function expectSwitched(
    replies: Awaited<ReturnType<Chat['say']>>,
    [said, asked]: readonly string[],
  ): void {
    const all = texts(replies);
    expect(all).toContain(said);
    expect(all.at(-1)).toBe(asked);
    expect(all.join('\n')).not.toMatch(/I have read your question|Ik heb uw vraag gelezen/);
    expect(buttons(replies)).toEqual([]);
  }

  /** A chat at the open question: the widget joined (from `browser`) and the welcome asked it. */
  async function atOpenQuestion(browser: string): Promise<Chat> {
    const chat = harness().chat();
    await chat.join({ language: browser });
    return chat;
  }

  const toEnglish = [
    'Would you reply in English, please?',
    'is it possible to write in english',
    'Kunt u in het Engels antwoorden?',
    'mijn Nederlands is niet zo goed, liever in het Engels',
    'I do not understand Dutch well. English please',
  ];
  const toDutch = [
    'kunt u Nederlands met mij praten',
    'Could you answer me in Dutch?',
    'liever Nederlands alstublieft',
  ];

  it.each(toEnglish)('"%s" as the first message switches to English', async (message) => {
    const chat = harness().chat();
    expectSwitched(await chat.say(message), ENGLISH_SWITCH);
  });

  it.each(toEnglish)('"%s" at the open question switches to English', async (message) => {
    const chat = await atOpenQuestion('nl-NL');
    expectSwitched(await chat.say(message), ENGLISH_SWITCH);
  });

  it.each(toDutch)('"%s" at the open question switches to Dutch', async (message) => {
    const chat = await atOpenQuestion('en-GB');
    expectSwitched(await chat.say(message), DUTCH_SWITCH);
  });

  it.each(toDutch)('"%s" as the first message switches to Dutch', async (message) => {
    const chat = harness().chat();
    expectSwitched(await chat.say(message), DUTCH_SWITCH);
  });

  it('after the switch the question is read in the new language and is the only question', async () => {
    const chat = await atOpenQuestion('nl-NL');
    await chat.say('Kunt u in het Engels antwoorden?');
    const offer = await chat.say('I can no longer pay my rent');
    expect(texts(offer)[0]).toBe('Thank you. I have read your question.');
    const known = joined(await chat.say('what do you know about me'));
    expect(known).toContain('"I can no longer pay my rent"');
    expect(known.toLowerCase()).not.toContain('engels');
  });

  it('a request beside a real question switches and searches the question', async () => {
    const chat = await atOpenQuestion('nl-NL');
    const replies = await chat.say('In English please, I need help with my rent');
    expect(texts(replies)[0]).toBe('Thank you. I have read your question.');
    expect(joined(replies)).not.toMatch(/Klopt dat\?|Welke past het best\?|Iets anders/);
    // The request's own words are no part of the question: no language lessons offered.
    expect(buttons(replies)).not.toContain(LANGUAGE_LESSONS);
    expect(joined(replies)).not.toContain(`${LANGUAGE_LESSONS}. Is that right?`);
  });

  it('a Dutch question behind a request for English switches to English and searches it', async () => {
    const chat = harness().chat();
    const replies = await chat.say('graag in het Engels: ik kan mijn huur niet meer betalen');
    // The welcome comes first, in English; then the question is read.
    expect(texts(replies)).toContain('Thank you. I have read your question.');
    expect(joined(replies)).not.toContain('Ik heb uw vraag gelezen');
    expect(joined(replies)).not.toMatch(/Klopt dat\?|Welke past het best\?|Iets anders/);
    expect(buttons(replies)).not.toContain(LANGUAGE_LESSONS);
    expect(joined(replies)).not.toContain(`${LANGUAGE_LESSONS}. Is that right?`);
  });

  it('a question about learning a language stays a question', async () => {
    const chat = await atOpenQuestion('nl-NL');
    const replies = await chat.say('ik wil beter Nederlands leren spreken');
    expect(texts(replies)[0]).toBe('Dank u wel. Ik heb uw vraag gelezen.');
  });
});
