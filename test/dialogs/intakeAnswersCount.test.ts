import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { buttons, joined, texts, type Chat } from './conversationHarness.js';
import { useRealKnowledge } from './useRealKnowledge.js';

/**
 * The intake's answers count in the results (ADR 0014, intake amendment of session 8): on the real sociale kaart, the
 * levensgebied chosen for a question about many things, and what the resident already tried,
 * change which three cards the resident gets. Phrasings written for these tests.
 */
const clock = new ManualClock('2026-03-02T09:00:00Z');
const harness = useRealKnowledge(clock);

function cards(replies: Awaited<ReturnType<Chat['say']>>): string[] {
  return texts(replies.filter((reply) => reply.attachmentLayout === 'list'))
    .filter((line) => line.startsWith('[card: '))
    .map((line) => line.slice('[card: '.length, -1));
}

/** Who, age, wijk and tried, answered plainly, up to the results. */
async function answerTheRest(chat: Chat, tried = 'Nog niets') {
  await chat.say('Voor mezelf');
  await chat.say('34');
  await chat.say('Overslaan');
  return chat.say(tried);
}

const MANY =
  'ik spreek nog weinig Nederlands, kan geen werk vinden en de brieven van de belasting begrijp ik niet';

describe('a question about many things, searched on after the resident declines a person', () => {
  it('asks which one to start with, and the one chosen brings its help into the top 3', async () => {
    const chat = harness().chat();
    await chat.join();
    const proposal = joined(await chat.say(MANY));
    expect(proposal).toContain('Uw vraag gaat over een paar dingen tegelijk.');
    const first = await chat.say('nee');
    expect(joined(first)).toContain('Waar wilt u eerst hulp bij?');
    // The three things the question names, in whatever order, and the way out last.
    expect(buttons(first)).toHaveLength(4);
    expect([...buttons(first).slice(0, 3)].sort()).toEqual([
      'Geld, schulden en administratie',
      'Taal, lezen en digitaal',
      'Werk en inkomen',
    ]);
    expect(buttons(first)[3]).toBe('Iets anders');
    expect(joined(await chat.say('Werk en inkomen'))).toContain(
      'Goed. Ik zoek hulp bij: Werk en inkomen.',
    );
    const shown = cards(await answerTheRest(chat));
    expect(shown).toHaveLength(3);
    expect(shown.some((name) => name.includes('Werkplein'))).toBe(true);
  });

  it('shows other help when the resident starts with another of them', async () => {
    const chat = harness().chat();
    await chat.join();
    await chat.say(MANY);
    await chat.say('nee');
    await chat.say('Taal, lezen en digitaal');
    const shown = cards(await answerTheRest(chat));
    expect(shown).toHaveLength(3);
    expect(shown.some((name) => name.includes('Werkplein'))).toBe(false);
  });

  it('gives the whole list after "Iets anders", when the right one was not among them', async () => {
    const chat = harness().chat();
    await chat.join();
    await chat.say(MANY);
    await chat.say('nee');
    const list = await chat.say('Iets anders');
    expect(joined(list)).toContain('Waar gaat uw vraag vooral over?');
    expect(joined(await chat.say('Werk en inkomen'))).toContain(
      'Goed. Ik zoek hulp bij: Werk en inkomen.',
    );
  });
});

const DEBTS =
  'de aanmaningen blijven maar binnenkomen en ik raak het overzicht over mijn rekeningen kwijt';

describe('what the resident already tried', () => {
  async function results(tried: string): Promise<string[]> {
    const chat = harness().chat();
    await chat.join();
    const confirm = await chat.say(DEBTS);
    expect(joined(confirm)).toContain('Geld, schulden en administratie');
    await chat.say('ja');
    return cards(await answerTheRest(chat, tried));
  }

  it('moves help the resident names as tried below the rest, and still shows three', async () => {
    const before = await results('Nog niets');
    expect(before).toContain('Hulp bij schulden');
    const after = await results('ik ben al bij de stadsbank langs geweest maar daar kwam niks uit');
    expect(after).toHaveLength(3);
    expect(after).not.toContain('Hulp bij schulden');
    expect(after).not.toContain('Budgetbeheer');
  });

  it('moves nothing when what was tried names no help of the list', async () => {
    expect(await results('ik heb het met mijn broer besproken')).toEqual(
      await results('Nog niets'),
    );
  });
});

describe('free text at "Helpt dit u verder?" (class 7)', () => {
  async function toTheResults(chat: Chat) {
    await chat.join();
    await chat.say(DEBTS);
    await chat.say('ja');
    const shown = await answerTheRest(chat);
    expect(joined(shown)).toContain('Helpt dit u verder?');
  }

  it('hears a hesitant no and offers a person instead of searching again', async () => {
    const chat = harness().chat();
    await toTheResults(chat);
    const reply = joined(await chat.say('hmm nee, daar heb ik eigenlijk weinig aan'));
    expect(reply).not.toContain('begreep ik niet');
    expect(reply).not.toContain('Ik heb uw vraag gelezen');
    expect(reply).toContain('Zal ik uw vraag doorsturen?');
  });

  it('takes a question of its own as the next question', async () => {
    const chat = harness().chat();
    await toTheResults(chat);
    const reply = joined(
      await chat.say('heeft u ook iets voor iemand die net in de wijk is komen wonen'),
    );
    expect(reply).toContain('Ik heb uw vraag gelezen');
  });
});

describe('a next question about someone else', () => {
  it('takes who it is for and their age from the new question, not from the first one', async () => {
    const chat = harness().chat();
    await chat.join();
    await chat.say(DEBTS);
    await chat.say('ja');
    await answerTheRest(chat);
    const next = joined(
      await chat.say('mijn buurman van 83 zit sinds de dood van zijn vrouw alleen thuis'),
    );
    expect(next).toContain('Ik heb uw vraag gelezen');
    const results = await chat.say('ja');
    expect(joined(results)).not.toContain('Hoe oud');
    expect(cards(results)).toHaveLength(3);
    const known = joined(await chat.say('wat weet je van mij'));
    expect(known).toContain('leeftijd 67 jaar of ouder');
    expect(known).not.toContain('voor uzelf');
  });
});
