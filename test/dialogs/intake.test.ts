import { describe, expect, it } from 'vitest';
import { total } from '../../src/insights/insightCounts.js';
import type { SearchCall } from './fakeKnowledge.js';
import { fakeKnowledge } from './fakeKnowledge.js';
import { buttons, createHarness, joined, texts } from './conversationHarness.js';

describe('the intake', () => {
  it('happy path: welcome, question, levensgebied, for whom, age, wijk, tried, cards, helped, score', async () => {
    const harness = createHarness();
    const chat = harness.chat();

    const welcome = texts(await chat.join());
    expect(welcome).toEqual([
      'Hallo! Ik ben de digitale wijkwijzer van de gemeente. Ik ben een computerprogramma, geen mens.',
      'Ik zoek met u naar gratis hulp en activiteiten in uw wijk. Lukt dat niet? Dan kan iemand van het wijkteam met u meedenken.',
      'Ik bewaar zo weinig mogelijk. Typ "privacy" om te lezen wat ik bewaar. Typ "help" als u vastloopt.',
      'You can also write in English.',
      'Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.',
    ]);

    const domains = await chat.say('Ik kan mijn rekeningen niet meer betalen');
    expect(texts(domains)).toEqual([
      'Dank u wel. Ik heb uw vraag gelezen.',
      'Ik denk dat uw vraag gaat over: Geld, schulden en administratie. Klopt dat?',
    ]);
    expect(buttons(domains)).toEqual(['Ja', 'Iets anders']);

    const forWhom = await chat.say('ja');
    expect(joined(forWhom)).toContain('Goed. Ik zoek hulp bij: Geld, schulden en administratie.');
    expect(joined(forWhom)).toContain('Voor wie zoekt u hulp?');
    expect(joined(forWhom)).toContain('1. Voor mezelf');
    expect(buttons(forWhom)).toEqual([
      'Voor mezelf',
      'Voor mijn kind',
      'Voor iemand voor wie ik zorg',
      'Voor iemand anders',
    ]);

    const age = await chat.say('1');
    expect(joined(age)).toBe('Hoe oud bent u? Typ uw leeftijd of kies een knop.');
    expect(buttons(age)).toContain('67 jaar of ouder');
    expect(buttons(age)).toContain('Zeg ik liever niet');

    expect(joined(await chat.say('45 jaar'))).toContain('In welke wijk zoekt u hulp?');

    const tried = await chat.say('7544');
    expect(texts(tried)[0]).toBe('Dat is de wijk Boswinkel.');
    expect(joined(tried)).toContain('Heeft u al iets geprobeerd?');

    const results = await chat.say('ja, zelf');
    expect(texts(results)).toEqual([
      'Dank u. Dat is goed om te weten.',
      'Ik heb 2 dingen voor u gevonden:',
      '[card: Schuldhulp Enschede]',
      '[card: Budgetmaatje]',
      'Helpt dit u verder?\n\n1. Ja\n2. Iets anders zoeken\n3. Ik wil met iemand praten',
    ]);

    const score = await chat.say('Ja');
    expect(texts(score)[0]).toBe('Fijn dat ik u kon helpen.');
    expect(buttons(score)).toEqual(['1', '2', '3', '4', '5', 'Liever niet']);
    expect(texts(await chat.say('4'))).toEqual([
      'Dank u wel voor uw cijfer.',
      'U kunt altijd terugkomen. Typ dan gewoon een nieuwe vraag.',
    ]);

    const helped = await harness.insights.rows({ kind: 'helped' });
    expect(total(helped, { answer: 'helped' })).toBe(1);
    expect(total(await harness.insights.rows({ kind: 'score' }), { score: '4' })).toBe(1);
  });

  it('searches with what the resident told: age band, wijk and the chosen levensgebied', async () => {
    const calls: SearchCall[] = [];
    const harness = createHarness({ knowledge: fakeKnowledge(calls) });
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik ben 70 en voel me eenzaam');
    await chat.say('ja');
    // 70 came from the first message, so no age question: for whom is followed by where.
    expect(joined(await chat.say('voor mezelf'))).toContain('In welke wijk zoekt u hulp?');
    await chat.say('Wesselerbrink');
    const results = await chat.say('overslaan');
    expect(joined(results)).toContain('[card: Huiskamer van de Buurt]');
    const last = calls.at(-1);
    expect(last?.age).toBe(70);
    expect(last?.area).toEqual({ wijk: 'Wesselerbrink', stadsdeel: 'Zuid' });
    expect(last?.today).toBe('2026-03-02');
  });

  it("the question's search reuses the message's one understanding pass: probabilities and language", async () => {
    // House rule: one understanding pass per message; the search must not detect the language again.
    const calls: SearchCall[] = [];
    const harness = createHarness({ knowledge: fakeKnowledge(calls) });
    const english = harness.chat();
    await english.join();
    await english.say('I feel lonely and I have nobody to talk to');
    expect(calls[0]?.language).toBe('en');
    expect(calls[0]?.needProbabilities).toBeInstanceOf(Float64Array);
    const dutch = harness.chat();
    await dutch.join();
    await dutch.say('Ik voel me eenzaam en heb niemand om mee te praten');
    expect(calls.at(-1)?.language).toBe('nl');
  });

  it('does not ask what the first message already said (postcode, age, for whom)', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Mijn moeder van 80 is erg eenzaam, ze woont in 7543');
    const next = await chat.say('ja');
    // Straight from the levensgebied to "what was tried": for whom, age and wijk were all given.
    expect(joined(next)).toContain('Heeft u al iets geprobeerd?');
    expect(joined(next)).not.toContain('Voor wie');
    expect(joined(next)).not.toContain('Hoe oud');
    expect(joined(next)).not.toContain('In welke wijk');
    const facts = await harness.cases.list();
    expect(facts).toEqual([]);
  });

  it('every question can be skipped where that is allowed, and the search still runs', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik heb schulden');
    await chat.say('ja');
    await chat.say('Voor iemand anders');
    const where = await chat.say('Zeg ik liever niet');
    expect(joined(where)).toContain('In welke wijk zoekt u hulp?');
    const tried = await chat.say('overslaan');
    expect(texts(tried)[0]).toBe('Goed. Ik zoek in heel Enschede.');
    const results = await chat.say('Overslaan');
    expect(joined(results)).not.toContain('Dank u. Dat is goed om te weten.');
    expect(joined(results)).toContain('[card: Schuldhulp Enschede]');
  });

  it('lets the resident pick the levensgebied from the list by number or word when the guess is wrong', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik heb schulden');
    const list = await chat.say('Iets anders');
    expect(joined(list)).toContain('Waar gaat uw vraag vooral over?');
    // With its way out ("Iets anders of weet ik niet") the list is longer than six buttons: a card.
    expect(JSON.stringify(list)).toContain('2. Eenzaamheid en ontmoeting');
    const retry = await chat.say('banaan');
    expect(texts(retry)[0]).toBe(
      'Ik weet nog niet welk onderwerp u bedoelt. Kies een onderwerp in de lijst, of typ het nummer. Past er geen? Kies dan "Iets anders of weet ik niet".',
    );
    expect(joined(await chat.say('eenzaam'))).toContain(
      'Goed. Ik zoek hulp bij: Eenzaamheid en ontmoeting.',
    );
  });

  it('offers two likely levensgebieden and accepts "allebei"', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const choice = await chat.say('Mijn zoon heeft schulden');
    expect(buttons(choice)).toEqual([
      'Geld, schulden en administratie',
      'Opvoeden en opgroeien',
      'Allebei',
      'Iets anders',
    ]);
    const next = await chat.say('allebei');
    expect(joined(next)).toContain(
      'Goed. Ik zoek hulp bij: Geld, schulden en administratie en Opvoeden en opgroeien.',
    );
    // "Mijn zoon heeft …": for whom is known already.
    expect(joined(next)).toContain('Hoe oud is uw zoon?');
  });

  it('asks for the question again when the first message only greets', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    const first = await chat.say('hallo');
    expect(texts(first)[0]).toContain('Ik ben de digitale wijkwijzer');
    expect(texts(first).at(-1)).toBe('Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.');
  });

  it('"Iets anders zoeken" starts a new question and keeps who, where and what was tried', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik heb schulden, ik woon in 7544');
    await chat.say('ja');
    await chat.say('voor mezelf');
    await chat.say('45');
    await chat.say('nog niets');
    const again = await chat.say('iets anders zoeken');
    expect(texts(again)).toEqual(['Waar zoekt u hulp bij? Schrijf het in uw eigen woorden.']);
    await chat.say('ik voel me eenzaam');
    const results = await chat.say('ja');
    // "Heeft u al iets geprobeerd?" is asked once per conversation (ADR 0014, defect 6).
    expect(joined(results)).not.toContain('Heeft u al iets geprobeerd?');
    expect(joined(results)).toContain('[card: Huiskamer van de Buurt]');
    expect(total(await harness.insights.rows({ kind: 'helped' }), { answer: 'search_again' })).toBe(
      1,
    );
  });

  it('never loops a question: after three unusable answers it moves on', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik heb schulden');
    await chat.say('ja');
    expect(texts(await chat.say('qwerty'))[0]).toBe(
      'Dat begreep ik niet. Kies een knop, of typ het nummer.',
    );
    await chat.say('asdf');
    const moved = await chat.say('zxcv');
    // For whom stays unknown, so the age question does not assume it is the resident's own.
    expect(joined(moved)).toContain('Hoe oud is degene voor wie u zoekt?');
  });

  it('shows cards with a tappable phone link and the freshness line', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik heb schulden');
    await chat.say('ja');
    await chat.say('voor mezelf');
    await chat.say('45');
    await chat.say('overslaan');
    const results = await chat.say('overslaan');
    const cards = results.flatMap((reply) => reply.attachments ?? []);
    expect(cards).toHaveLength(2);
    const json = JSON.stringify(cards);
    expect(json).toContain('[053-4811234](tel:+31534811234)');
    expect(json).toContain('Gecontroleerd op 5 januari 2026.');
    // Budgetmaatje (never checked) has only an e-mail address: no place to go to, so no "call
    // first", and no bare "nog niet gecontroleerd" either (ADR 0010, 2026-12-03).
    expect(json).not.toContain('Bel eerst even');
    expect(json).not.toContain('Nog niet gecontroleerd');
    expect(json).toContain('Meld u eerst aan via de website of per e-mail.');
    expect(json).toContain('[budget@example.nl](mailto:budget@example.nl)');
  });
});

describe('free text at "Helpt dit u verder?" (ADR 0013, in the question-module intake)', () => {
  async function atHelpful(chat: ReturnType<ReturnType<typeof createHarness>['chat']>) {
    await chat.join();
    await chat.say('Ik heb schulden');
    await chat.say('ja');
    await chat.say('voor mezelf');
    await chat.say('45');
    await chat.say('7544');
    expect(joined(await chat.say('nog niets'))).toContain('Helpt dit u verder?');
  }

  it('a question of its own starts the next search with it, asking nothing already known', async () => {
    const chat = createHarness().chat();
    await atHelpful(chat);
    // "omdat ik me zo alleen voel" makes the safety check (ADR 0012) ask first.
    const next = texts(await chat.say('en is er ook iets voor mij omdat ik me eenzaam voel?'));
    expect(next).toContain('Dank u wel. Ik heb uw vraag gelezen.');
    expect(next.join('\n')).toContain('Eenzaamheid en ontmoeting');
    const results = joined(await chat.say('ja'));
    expect(results).toContain('[card: Huiskamer van de Buurt]');
    expect(results).not.toContain('Voor wie zoekt u hulp?');
  });

  it('"nee, daar heb ik niks aan" offers a person instead of searching again', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await atHelpful(chat);
    const offer = joined(await chat.say('nee, daar heb ik niks aan'));
    expect(offer).toContain('Zal ik uw vraag doorsturen?');
    // "Ik heb schulden" is too short for the wijkteam: a few sentences first.
    expect(joined(await chat.say('ja'))).toContain('Wilt u in een paar zinnen vertellen');
  });
});

describe('English', () => {
  it('answers in English when the resident writes English, through to the cards', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const first = await chat.say('I need help with my bills and debts');
    expect(texts(first)).toEqual([
      'Thank you. I have read your question.',
      'I think your question is about: Money, debts and paperwork. Is that right?',
    ]);
    expect(buttons(first)).toEqual(['Yes', 'Something else']);
    const forWhom = await chat.say('yes');
    expect(joined(forWhom)).toContain('Who are you looking for help for?');
    expect(joined(await chat.say('For myself'))).toContain('How old are you?');
    expect(joined(await chat.say('34'))).toContain('In which neighbourhood');
    expect(joined(await chat.say('skip'))).toContain('Have you already tried something?');
    const results = await chat.say('nothing yet');
    expect(joined(results)).toContain(
      'The description of each service comes from the organisation itself and is in Dutch.',
    );
    expect(joined(results)).toContain('Does this help you?');
  });
});
