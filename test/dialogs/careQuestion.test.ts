import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { buttons, joined, texts } from './conversationHarness.js';
import { cardsOf, counted, storedState } from './noCardsReply.js';
import { useRealKnowledge } from './useRealKnowledge.js';

/**
 * Care that a huisarts, tandarts, fysiotherapeut, apotheek or ziekenhuis gives (ADR 0013, session
 * 14; `soort: zorg` in knowledge/gemeentediensten.yaml): neither the sociale basis nor the
 * gemeente. A resident who asks for such a provider hears that honestly, with where to go instead;
 * a resident who needs a lift to the hospital or help while someone is in it gets the sociale
 * basis as before; a crisis gets the crisis reply. Each care reply is counted once for the
 * gemeente's monitor as `care_question` (ADR 0017). Phrasings written for this test.
 */
describe('a question for a care provider', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const harness = useRealKnowledge(clock);

  it('asking which practice takes new patients gets the care reply and the next question (Dutch)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const reply = await chat.say(
      'Welke huisartsenpraktijk bij ons in de wijk neemt nog mensen aan?',
    );
    expect(cardsOf(reply)).toEqual([]);
    expect(texts(reply)).toEqual([
      'Dank u wel. Ik heb uw vraag gelezen.',
      'Uw vraag gaat over: Huisarts, tandarts en andere zorg. Daar kan ik u niet mee helpen. Ik zoek gratis hulp en activiteiten in uw wijk.',
      'Heeft u een vraag over uw gezondheid? Bel uw huisarts. Zoekt u een nieuwe huisarts, tandarts of fysiotherapeut? Uw zorgverzekeraar helpt u zoeken. Is het dringend en is uw huisarts dicht? Bel de huisartsenpost. Is het levensgevaarlijk? Bel [112](tel:112).',
      'Waar zoekt u hulp bij? Schrijf het in uw eigen woorden.',
    ]);
    // Counted once as a question for a care provider, by the entry's id in the gemeente's file
    // (ADR 0017): nothing of the question. Not a service of the gemeente, so not counted as one;
    // and the sociale kaart was not searched, so no search outcome and no unmet need.
    expect(await counted(h, 'care_question')).toEqual([{ dienst: 'huisarts-en-zorg', count: 1 }]);
    expect(await counted(h, 'gemeente_question')).toEqual([]);
    expect(await counted(h, 'question')).toEqual([]);
    expect(await counted(h, 'unmet_need')).toEqual([]);
    // Nor is the question kept in the conversation's state (docs/privacy.md).
    const stored = await storedState(h);
    expect(stored.keys).toBeGreaterThan(0);
    expect(stored.json).not.toContain('huisartsenpraktijk');
    // The conversation goes on: the next message is a new question, and the count stays one.
    expect(texts(await chat.say('ik voel me vaak alleen'))[0]).toBe(
      'Dank u wel. Ik heb uw vraag gelezen.',
    );
    expect(await counted(h, 'care_question')).toEqual([{ dienst: 'huisarts-en-zorg', count: 1 }]);
  });

  it('counts each care reply once: two in one conversation are two (Dutch)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    expect(joined(await chat.say('Welke tandarts in de buurt heeft nog plek voor ons?'))).toContain(
      'Uw zorgverzekeraar helpt u zoeken.',
    );
    expect(await counted(h, 'care_question')).toEqual([{ dienst: 'huisarts-en-zorg', count: 1 }]);
    expect(joined(await chat.say('En waar vind ik een fysiotherapeut voor mijn knie?'))).toContain(
      'Uw zorgverzekeraar helpt u zoeken.',
    );
    expect(await counted(h, 'care_question')).toEqual([{ dienst: 'huisarts-en-zorg', count: 2 }]);
    expect(await counted(h, 'gemeente_question')).toEqual([]);
  });

  it('asking for a dentist gets the care reply in English for a resident who writes English', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const reply = await chat.say('I am looking for a dentist near me who still takes new patients');
    expect(cardsOf(reply)).toEqual([]);
    const said = texts(reply);
    expect(said).toContain(
      'Your question is about: GP, dentist and other care. I cannot help you with that. I look for free help and activities in your neighbourhood.',
    );
    expect(said).toContain(
      'Do you have a question about your health? Call your GP (huisarts). Are you looking for a new GP, dentist or physiotherapist? Your health insurer helps you look. Is it urgent and is your GP closed? Call the GP out-of-hours service (huisartsenpost). Is a life in danger? Call [112](tel:112).',
    );
    expect(said.join('\n')).not.toContain('14 053');
    expect(await counted(h, 'care_question')).toEqual([{ dienst: 'huisarts-en-zorg', count: 1 }]);
    expect(await counted(h, 'gemeente_question')).toEqual([]);
  });

  it.each([
    'Wij moeten echt een andere tandarts hebben.',
    'Wij hebben een nieuwe fysiotherapeut nodig.',
    'Ik ben op zoek naar een nieuwe huisarts sinds ik hier woon.',
  ])('needing or having a provider gets the care reply too: %j', async (question) => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const reply = await chat.say(question);
    expect(cardsOf(reply)).toEqual([]);
    expect(joined(reply)).toContain('Daar kan ik u niet mee helpen.');
    expect(joined(reply)).toContain('Is het levensgevaarlijk? Bel [112](tel:112).');
    expect(await counted(h, 'care_question')).toEqual([{ dienst: 'huisarts-en-zorg', count: 1 }]);
  });

  it('needing a provider in English gets the care reply (English)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const said = joined(await chat.say('We need a new dentist.'));
    expect(said).toContain('Your question is about: GP, dentist and other care.');
    expect(said).toContain('Is a life in danger? Call [112](tel:112).');
  });

  it('a lift to the hospital is help of the sociale basis, not the care reply (Dutch)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const reply = joined(
      await chat.say(
        'Ik rijd geen auto meer, wie kan mij naar het ziekenhuis brengen voor de controle?',
      ),
    );
    expect(reply).toContain('Ik denk dat uw vraag gaat over: Vervoer.');
    expect(reply).not.toContain('Uw zorgverzekeraar helpt u zoeken.');
    expect(reply).not.toContain('vraag voor de gemeente zelf');
    expect(await counted(h, 'care_question')).toEqual([]);
  });

  it('a lift to the hospital is help of the sociale basis, not the care reply (English)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const replies = await chat.say(
      'I no longer drive, is there someone who can take me to the hospital?',
    );
    const reply = joined(replies);
    // Transport, as the sure guess or among the first two offered: either way one tap away.
    expect(
      reply.includes('I think your question is about: Transport.') ||
        buttons(replies).slice(0, 2).includes('Transport'),
    ).toBe(true);
    expect(reply).not.toContain('Your health insurer helps you look.');
    expect(reply).not.toContain('question for the municipality');
  });

  it('help at home while a partner is in the hospital is help of the sociale basis (Dutch)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const replies = await chat.say(
      'Mijn man ligt in het ziekenhuis, wie kan zolang de boodschappen voor mij doen?',
    );
    const reply = joined(replies);
    // The levensgebieden of the sociale basis are offered to choose from, in either form of the
    // question. (The guess was sure of Vervoer while the typo corrector read the real word "ligt"
    // as "lift"; it no longer does, ADR 0013.)
    expect(reply).toMatch(/Waar wilt u eerst hulp bij\? Kies er één\.|Welke past het best\?/);
    expect(reply).not.toContain('Klopt dat?');
    expect(buttons(replies)).toContain('Vervoer');
    expect(reply).not.toContain('Uw zorgverzekeraar helpt u zoeken.');
  });

  it('a crisis that asks for a doctor gets the crisis reply (Dutch)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const said = texts(await chat.say('ik zoek een huisarts want ik wil niet meer leven'));
    expect(said[0]).toContain('Bel gratis 0800-0113');
    expect(said.join('\n')).not.toContain('Uw zorgverzekeraar helpt u zoeken.');
    expect(await counted(h, 'crisis')).toEqual([{ crisisKind: 'suicide', count: 1 }]);
    expect(await counted(h, 'care_question')).toEqual([]);
  });

  it('a crisis that asks for a doctor gets the crisis reply (English)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const said = texts(await chat.say('I am looking for a doctor because I want to kill myself'));
    expect(said.join('\n')).toContain('(tel:08000113)');
    expect(said.join('\n')).not.toContain('Your health insurer helps you look.');
    expect(await counted(h, 'crisis')).toEqual([{ crisisKind: 'suicide', count: 1 }]);
    expect(await counted(h, 'care_question')).toEqual([]);
  });
});

/**
 * A gemeente service whose phrase ends in a separable verb, said with the verb split (ADR 0013,
 * session 14): the gemeente reply, as for the phrase whole.
 */
describe('a gemeente service with a split verb', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const harness = useRealKnowledge(clock);

  it('an address change said with the verb split gets the gemeente (Dutch)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const said = texts(await chat.say('Waar geef ik onze verhuizing door?'));
    expect(said).toContain(
      'Uw vraag gaat over: Verhuizing, geboorte, trouwen en uittreksels. Dit is een vraag voor de gemeente zelf. Daar kan ik u niet mee helpen. Ik zoek gratis hulp en activiteiten in uw wijk.',
    );
  });
});
