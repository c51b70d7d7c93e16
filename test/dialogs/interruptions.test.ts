import { describe, expect, it } from 'vitest';
import { buttons, createHarness, joined, texts, type Chat } from './conversationHarness.js';

/** A chat that is at the "Voor wie zoekt u hulp?" question. */
async function atForWhom(chat: Chat): Promise<void> {
  await chat.join();
  await chat.say('Ik heb schulden');
  await chat.say('ja');
}

const FOR_WHOM =
  'Voor wie zoekt u hulp?\n\n1. Voor mezelf\n2. Voor mijn kind\n3. Voor iemand voor wie ik zorg\n4. Voor iemand anders';

describe('commands anywhere', () => {
  it('help explains, says how to go on and asks the same question once more', async () => {
    const chat = createHarness().chat();
    await atForWhom(chat);
    const help = await chat.say('help');
    expect(texts(help)).toEqual([
      'Ik ben een computerprogramma. Ik zoek met u naar hulp en activiteiten in uw wijk.',
      'U kunt altijd een van deze woorden typen: "opnieuw", "stop", "ik wil een mens spreken", "privacy", "wat weet je van mij" of "vergeet mij".',
      // "help" may be the first word of someone in danger: the lines come before anything else.
      'Bent u of iemand anders in gevaar? Bel dan meteen 112. Denkt u aan zelfdoding? Bel gratis 113 Zelfmoordpreventie: 0800-0113. Is er geweld thuis? Bel gratis Veilig Thuis: 0800-2000.',
      'We gaan verder waar we waren.',
      FOR_WHOM,
    ]);
    // The question still works after the interruption; no loop, no extra attempt counted.
    expect(joined(await chat.say('2'))).toContain('Hoe oud is uw kind?');
  });

  it('"help" inside a longer message is an answer, not the command', async () => {
    const chat = createHarness().chat();
    await chat.join();
    const reply = await chat.say('help de kinderen, ze hebben geen vrienden');
    expect(joined(reply)).not.toContain('U kunt altijd een van deze woorden typen');
    expect(texts(reply)[0]).toBe('Dank u wel. Ik heb uw vraag gelezen.');
  });

  it('privacy tells what is kept and for how long, from the settings', async () => {
    const chat = createHarness().chat();
    await atForWhom(chat);
    const privacy = texts(await chat.say('privacy'));
    expect(privacy[0]).toContain('Dit bewaar ik:');
    expect(privacy[0]).toContain(
      'Gesprekken en onderwerpen wis ik uiterlijk 35 dagen na uw laatste bericht. Uw contactgegevens wissen we 30 dagen nadat het wijkteam klaar is. De hele vraag na 180 dagen.',
    );
    expect(privacy.slice(1)).toEqual(['We gaan verder waar we waren.', FOR_WHOM]);
  });

  it('"wat weet je van mij?" shows this conversation, earlier searches and cases', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await atForWhom(chat);
    const known = joined(await chat.say('wat weet je van mij?'));
    expect(known).toContain('Dit weet ik van u:');
    // A list, not sentences run together (ADR 0014, defect 10).
    expect(known).toContain(
      'In dit gesprek:\n- uw vraag "Ik heb schulden"\n- onderwerp Geld, schulden en administratie',
    );
    expect(known).toContain('Ik onthoud niets van eerdere gesprekken.');
    expect(known).toContain('Bij dit gesprek vind ik geen vragen die u naar het wijkteam stuurde.');
  });

  it('opnieuw starts over without asking to confirm', async () => {
    const chat = createHarness().chat();
    await atForWhom(chat);
    expect(texts(await chat.say('opnieuw'))).toEqual([
      'Goed. We beginnen opnieuw.',
      'Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.',
    ]);
    // The old answers are gone: the new question is asked about from scratch.
    await chat.say('ik voel me eenzaam');
    expect(joined(await chat.say('ja'))).toContain('Voor wie zoekt u hulp?');
  });

  it('stop ends the conversation; the next message is a new question', async () => {
    const chat = createHarness().chat();
    await atForWhom(chat);
    expect(texts(await chat.say('stop'))).toEqual([
      'Goed. We stoppen. Er is niets verstuurd. Typ iets als u later verder wilt.',
    ]);
    const next = await chat.say('ik voel me eenzaam');
    expect(texts(next)[0]).toBe('Dank u wel. Ik heb uw vraag gelezen.');
    expect(buttons(next)).toEqual(['Ja', 'Iets anders']);
  });

  it('a mistyped "opniew" or "stopp" works as the command, at a question and as a first message', async () => {
    const chat = createHarness().chat();
    await atForWhom(chat);
    expect(texts(await chat.say('opniew'))[0]).toBe('Goed. We beginnen opnieuw.');
    expect(texts(await chat.say('stopp'))).toEqual([
      'Goed. We stoppen. Er is niets verstuurd. Typ iets als u later verder wilt.',
    ]);
    expect(texts(await chat.say('hlep'))[0]).toBe(
      'Ik ben een computerprogramma. Ik zoek met u naar hulp en activiteiten in uw wijk.',
    );
  });

  it('"ik wil een mens spreken" goes to the handover offer from any question', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await atForWhom(chat);
    // "Ik heb schulden" is too short for the wijkteam: a few sentences first (may be skipped).
    const story = texts(await chat.say('ik wil een mens spreken'));
    expect(story).toEqual([
      'Wilt u in een paar zinnen vertellen wat er speelt? Dan hoeft u het aan het wijkteam niet opnieuw te vertellen.',
    ]);
    expect(texts(await chat.say('overslaan'))).toContain(
      'Wat is uw postcode? Dan kies ik het goede wijkteam. Bijvoorbeeld 7544. De naam van uw wijk mag ook.',
    );
    const offer = texts(await chat.say('7544'));
    expect(offer).toContain('Mag ik uw vraag en uw contactgegevens delen met het wijkteam?');
    const rows = await harness.insights.rows({ kind: 'handover' });
    expect(rows.map((row) => row.dimensions)).toEqual([
      { reason: 'asked_for_person', step: 'accepted' },
    ]);
  });

  it('a command as the very first message works too', async () => {
    const chat = createHarness().chat();
    const privacy = texts(await chat.say('privacy'));
    expect(privacy[0]).toContain('Dit bewaar ik:');
    expect(privacy.at(-1)).toBe('Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.');
  });
});

describe('vergeet mij', () => {
  it('asks to confirm; "nee" keeps everything and goes back to the question', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await atForWhom(chat);
    const confirm = await chat.say('vergeet mij');
    expect(texts(confirm)[0]).toContain('Weet u het zeker?');
    expect(buttons(confirm)).toEqual(['Ja, wis alles', 'Nee, niet wissen']);
    expect(texts(await chat.say('nee'))).toEqual(['Goed. Ik heb niets gewist.', FOR_WHOM]);
  });

  it('"ja" erases the conversation, the memory and the contact details at the wijkteam', async () => {
    const harness = createHarness();
    const first = harness.chat({ conversation: 'a' });
    await first.join();
    await first.say('ik wil een mens spreken');
    await first.say('Ik heb schulden en ik weet niet hoe ik moet betalen');
    await first.say('7544');
    await first.say('ja');
    await first.say('Fatima');
    await first.say('fatima@example.nl');
    await first.say('ja, versturen');
    const [stored] = await harness.cases.list();
    expect(stored?.melder.kind).toBe('contact');

    const second = harness.chat({ conversation: 'b' });
    await second.join();
    await second.say('Ja, dat was ik');
    await second.say('vergeet mij');
    const done = texts(await second.say('ja'));
    // Truthful: the contact details go, the question stays with the wijkteam (ADR 0014, defect 7).
    expect(done).toEqual([
      'Ik heb dit gesprek gewist en alles wat ik over u onthield.',
      'Wij hebben uw naam en contactgegevens bij 1 vraag gewist. Het wijkteam kan u daarover niet meer bellen of mailen. Uw vraag zelf blijft bij het wijkteam, zonder naam en contactgegevens, zodat zij hem kunnen afronden. Na 180 dagen wissen we ook de vraag.',
      'Het gesprek staat nog op uw scherm. Sluit het venster, of kies "Snel weg".',
    ]);
    const [erased] = await harness.cases.list();
    expect(erased?.melder.kind).toBe('erased');
    expect(erased?.residentKey).toBeNull();
    // Nothing of this resident is left in the bot's storage.
    expect(
      await harness.storage.read(['webchat/users/resident-1/', 'webchat/conversations/b/']),
    ).toEqual({});
    // A new message starts afresh, as for someone the bot has never met.
    const again = texts(await second.say('hallo'));
    expect(again[0]).toBe(
      'Hallo! Ik ben de digitale wijkwijzer van de gemeente. Ik ben een computerprogramma, geen mens.',
    );
  });
});

/**
 * "Wat is wijkteam?" at a question with buttons got "Dat begreep ik niet": residents who know
 * little Dutch meet the service words the bot itself uses. A short "wat is X" answers in B1 and
 * asks the open question again (ADR 0010, "Commands anywhere"); at a question that takes free text
 * it stays the resident's own words.
 */
describe('the service words the bot uses', () => {
  it.each([
    ['Wat is een voorziening', 'Een voorziening is'],
    ['wat betekent mantelzorg?', 'Mantelzorg is'],
    ['wat zijn levensgebieden?', 'Een levensgebied is'],
    ['wat is een mantelzorger', 'Mantelzorg is'],
  ])(
    '"%s" at a question with buttons is explained, then the question comes again',
    async (message, start) => {
      const chat = createHarness().chat();
      await atForWhom(chat);
      const reply = texts(await chat.say(message));
      expect(reply[0]).toMatch(new RegExp(`^${start}`));
      expect(reply.join('\n')).not.toContain('Dat begreep ik niet');
      expect(reply.slice(1)).toEqual(['We gaan verder waar we waren.', FOR_WHOM]);
      // No attempt is counted: the question still works.
      expect(joined(await chat.say('1'))).toContain('Hoe oud bent u?');
    },
  );

  it('"what is a voorziening?" is explained in English, and the question follows in English', async () => {
    const chat = createHarness().chat();
    await atForWhom(chat);
    const reply = texts(await chat.say('what is a voorziening?'));
    expect(reply[0]).toMatch(/^A voorziening \(service\) is/);
    expect(reply.join('\n')).toContain('Who are you looking for help for?');
    expect(reply.join('\n')).not.toContain('Voor wie zoekt u hulp?');
  });

  // The wijkteam gets the wijkteam's own answer instead: test/dialogs/wijkteamWordAtQuestion.test.ts.

  it("as the first message it is the resident's question, not a word to explain", async () => {
    const chat = createHarness().chat();
    await chat.join();
    const reply = texts(await chat.say('wat is mantelzorg?'));
    expect(reply[0]).toBe('Dank u wel. Ik heb uw vraag gelezen.');
    expect(reply.join('\n')).not.toMatch(/^Mantelzorg is/m);
  });

  it('a longer message that only starts like it is an answer, not a question about a word', async () => {
    const chat = createHarness().chat();
    await atForWhom(chat);
    const reply = joined(await chat.say('wat is wijkteam precies en kunnen ze mijn moeder helpen'));
    expect(reply).not.toContain('Een wijkteam is');
  });
});
