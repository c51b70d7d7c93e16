import { describe, expect, it } from 'vitest';
import { buildCaseCard } from '../../src/cards/caseCard.js';
import { caseCardView, SHARED_VIEWER } from '../../src/cards/caseCardView.js';
import { total } from '../../src/insights/insightCounts.js';
import { buttons, createHarness, joined, texts, type Chat } from './conversationHarness.js';

/**
 * ADR 0014's defects, one block each, written from new phrasings (not the issue's own words), on
 * the small predictable sociale kaart of fakeKnowledge.ts. Browser-only defects (phone layout,
 * times, screen-reader names, text sizes, "Snel weg", the board) are in test/e2e/.
 */

async function toResults(chat: Chat, first: string): Promise<string> {
  await chat.join();
  const replies = [await chat.say(first)];
  for (const answer of ['ja', 'voor mezelf', '45', '7544', 'nog niets']) {
    const last = joined(replies.at(-1) ?? []);
    if (last.includes('Helpt dit u verder?')) break;
    replies.push(await chat.say(answer));
  }
  return replies.map((reply) => joined(reply)).join('\n');
}

describe('defect 2: the handover tells the wijkteam only what the resident said', () => {
  it('an e-mail address alone never becomes "Bellen mag"', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('ik wil een mens spreken');
    await chat.say('De brieven van de belasting stapelen zich op en ik snap ze niet.');
    await chat.say('7543');
    await chat.say('ja');
    await chat.say('Tom');
    const summary = joined(await chat.say('tom@voorbeeld.nl'));
    expect(summary).not.toContain('Bellen');
    await chat.say('Ja, versturen');
    const [stored] = await harness.cases.list();
    expect(stored?.melder).toMatchObject({ phone: null, email: 'tom@voorbeeld.nl' });
    if (stored === undefined) return;
    const card = JSON.stringify(
      buildCaseCard(caseCardView(stored, { now: harness.clock.now(), viewer: SHARED_VIEWER })),
    );
    expect(card).not.toContain('Bellen mag');
    expect(card).toContain('Alleen e-mail: de inwoner gaf geen telefoonnummer');
  });

  it('a relative who cannot help is not taken for the person the question is for', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say(
      'Sinds de scheiding lukt het me niet meer. Mijn vader woont ver weg en kan mij niet helpen met de rekeningen.',
    );
    expect(joined(await chat.say('ja'))).toContain('Voor wie zoekt u hulp?');
  });

  it('"Aanpassen" offers every answer, and a corrected wijk changes the wijkteam', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toResults(chat, 'ik heb schulden bij de energie');
    await chat.say('Ik wil met iemand praten');
    await chat.say('ja');
    await chat.say('Ravi');
    await chat.say('06 55544433');
    await chat.say('ja');
    await chat.say('Maakt niet uit');
    const change = await chat.say('Aanpassen');
    // Seven choices: one drop-down card, with every question in it.
    const card = JSON.stringify(change.flatMap((reply) => reply.attachments ?? []));
    for (const label of [
      'Mijn vraag',
      'Onderwerp',
      'Voor wie',
      'Leeftijd',
      'Wijk',
      'Wat ik al geprobeerd heb',
      'Mijn gegevens',
    ]) {
      expect(card).toContain(label);
    }
    expect(joined(await chat.say('wijk'))).toContain('Wat is uw postcode?');
    const summary = JSON.stringify(await chat.say('7543'));
    expect(summary).toContain('Dit sturen we naar wijkteam Wesselerbrink');
    await chat.say('Ja, versturen');
    const [stored] = await harness.cases.list();
    expect(stored).toMatchObject({ wijkteam: 'wesselerbrink', story: { wijk: 'Wesselerbrink' } });
  });
});

describe('defect 3: where the resident lives, said back when it is not understood', () => {
  async function atWhere(chat: Chat): Promise<void> {
    await chat.join();
    await chat.say('ik heb schulden');
    await chat.say('ja');
    await chat.say('voor mezelf');
    expect(joined(await chat.say('45'))).toContain('In welke wijk zoekt u hulp?');
  }

  it('a buurt name is its wijk', async () => {
    const chat = createHarness().chat();
    await atWhere(chat);
    expect(texts(await chat.say('wij wonen in het Lang'))[0]).toBe('Dat is de wijk Wesselerbrink.');
  });

  it('a stadsdeel, a town elsewhere and a postcode without a wijk are each named as such', async () => {
    const west = createHarness().chat();
    await atWhere(west);
    expect(texts(await west.say('Enschede-West'))[0]).toBe('Dan zoek ik in stadsdeel West.');
    const almelo = createHarness().chat();
    await atWhere(almelo);
    expect(texts(await almelo.say('Almelo'))[0]).toContain('Almelo ligt niet in Enschede.');
    const postbus = createHarness().chat();
    await atWhere(postbus);
    expect(texts(await postbus.say('7500'))[0]).toBe(
      '7500 is een postcode in Enschede. Bij welke wijk die hoort, weet ik niet. Ik zoek in heel Enschede.',
    );
  });

  it('an answer it does not know is said back, and giving up is said out loud', async () => {
    const chat = createHarness().chat();
    await atWhere(chat);
    expect(texts(await chat.say('bij de Lidl'))[0]).toBe(
      '"bij de Lidl" ken ik niet als wijk of postcode in Enschede. Typ de postcode (4 cijfers) of de naam van uw wijk. Of kies "Overslaan".',
    );
    await chat.say('dicht bij de markt');
    expect(texts(await chat.say('naast de kerk'))[0]).toBe(
      'Ik weet niet in welke wijk u woont. Daarom zoek ik in heel Enschede.',
    );
  });

  it('a wijk in the first message is used, and a handover without a wijk says where it goes', async () => {
    const known = createHarness().chat();
    await known.join();
    const first = texts(await known.say('Ik voel me eenzaam sinds ik in Boswinkel woon'));
    expect(first).toContain('U noemde de wijk Boswinkel. Daar zoek ik.');

    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('ik wil iemand spreken');
    await chat.say('Ik weet niet hoe ik de huur moet betalen deze maand.');
    const consent = texts(await chat.say('overslaan'));
    expect(consent[0]).toBe(
      'Ik weet niet in welke wijk u woont. Daarom gaat uw vraag naar wijkteam Centrum. Zij zorgen dat het goede wijkteam uw vraag krijgt.',
    );
    expect(consent.join(' ')).not.toContain('het wijkteam van uw wijk');
  });
});

describe('defect 5: distress without crisis gets the help and a person side by side', () => {
  it('"door de bomen het bos niet meer zien" shows results first, then the offer of a person', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    const all = await toResults(
      chat,
      'Ik zie door de bomen het bos niet meer met al die rekeningen',
    );
    expect(all).not.toContain('Zal ik uw vraag doorsturen?');
    expect(all.indexOf('[card: Schuldhulp Enschede]')).toBeLessThan(
      all.indexOf('U hoeft het niet alleen te doen.'),
    );
    expect(
      total(await harness.insights.rows({ kind: 'handover' }), {
        step: 'proposed',
        reason: 'loss_of_control',
      }),
    ).toBe(1);
  });
});

describe('defect 6: one voice', () => {
  it('acknowledges an illness instead of "Ik heb uw vraag gelezen"', async () => {
    const chat = createHarness().chat();
    await chat.join();
    const reply = texts(await chat.say('Mijn vrouw heeft kanker en ik voel me zo alleen'));
    expect(reply[0]).toBe('Wat naar om te horen. Dat is zwaar voor u.');
    expect(reply).not.toContain('Dank u wel. Ik heb uw vraag gelezen.');
  });

  it('says "Klopt dit?" once at the summary, and "niets verstuurd" once when not sent', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('ik wil een mens spreken');
    await chat.say('Ik kom niet rond en de huur is omhoog gegaan.');
    await chat.say('7544');
    await chat.say('ja');
    await chat.say('Els');
    await chat.say('06 12121212');
    // A mobile number and "no calls": straight to the summary (a text message is possible).
    const summary = await chat.say('nee, alleen sms of e-mail');
    const all = JSON.stringify(summary);
    expect(all.match(/Klopt dit\?/g)).toHaveLength(1);
    expect(all.match(/Dit sturen we/g)?.length).toBeLessThanOrEqual(2); // card heading and speak
    const cancelled = texts(await chat.say('Niet versturen'));
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]?.match(/niets/g)).toHaveLength(1);
  });
});

describe('defect 7: a truthful "vergeet mij"', () => {
  it('says the question stays with the wijkteam without name or contact details', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('ik wil een mens spreken');
    await chat.say('Mijn schulden lopen op en ik durf de post niet meer open te maken.');
    await chat.say('7544');
    await chat.say('ja');
    await chat.say('Bo');
    await chat.say('bo@voorbeeld.nl');
    await chat.say('ja, versturen');
    await chat.say('verwijder mijn gegevens');
    const erased = joined(await chat.say('ja'));
    expect(erased).toContain(
      'Uw vraag zelf blijft bij het wijkteam, zonder naam en contactgegevens',
    );
    const later = harness.chat({ conversation: 'later' });
    await later.join();
    expect(joined(await later.say('wat weet je van mij'))).toContain(
      'Koos u eerder "vergeet mij"? Dan ligt uw vraag mogelijk nog bij het wijkteam',
    );
    const [stored] = await harness.cases.list();
    expect(stored?.melder.kind).toBe('erased');
  });
});

describe('defect 8: a returning resident', () => {
  it('"het heeft niet geholpen" is understood, and the same cards do not come back', async () => {
    const harness = createHarness();
    const first = harness.chat({ conversation: 'first' });
    const before = await toResults(first, 'ik heb schulden');
    expect(before).toContain('[card: Schuldhulp Enschede]');
    expect(joined(await first.say('Ja'))).toContain('Fijn dat ik u kon helpen.');

    harness.clock.advance(2 * 24 * 60 * 60 * 1000);
    const second = harness.chat({ conversation: 'second' });
    await second.join();
    await second.say('Ja, dat was ik');
    await second.say('overslaan');
    const back = texts(await second.say('het heeft niet geholpen, er was een wachtlijst'));
    expect(back).toContain(
      'Wat vervelend dat het niet gelukt is. Vorige keer zochten we naar hulp bij: Geld, schulden en administratie.',
    );
    expect(back).toContain('U vroeg hier eerder naar. Het is toen nog niet opgelost.');
    await second.say('nee');
    await second.say('voor mezelf');
    await second.say('45');
    await second.say('7544');
    const results = joined(await second.say('nog niets'));
    expect(results).not.toContain('[card: Schuldhulp Enschede]');
    expect(results).not.toContain('[card: Budgetmaatje]');
    expect(total(await harness.insights.rows({ kind: 'follow_up' }), { outcome: 'no_place' })).toBe(
      1,
    );
  });
});

describe('defect 11: a wish for a person, and a name at "Voor wie"', () => {
  it('"een afspraak met het wijkteam over mijn huur" goes to the handover at once', async () => {
    const chat = createHarness().chat();
    await chat.join();
    const reply = joined(
      await chat.say('Kan ik een afspraak maken met het wijkteam over mijn huurachterstand?'),
    );
    expect(reply).not.toContain('Klopt dat?');
    expect(reply).not.toContain('Voor wie zoekt u hulp?');
    expect(reply).not.toContain('Waar gaat uw vraag vooral over?');
    // Straight to the handover: a few words about what is going on, or the postcode.
    expect(reply).toMatch(/Wilt u in een paar zinnen vertellen|Wat is uw postcode\?/);
  });

  it('"Jeroen" at "Voor wie" is asked about, not taken as a choice', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('ik heb schulden');
    await chat.say('ja');
    const who = texts(await chat.say('Jeroen'));
    expect(who[0]).toBe(
      'Wie is Jeroen voor u? Is Jeroen uw kind, iemand voor wie u zorgt, of iemand anders? Kies een knop.',
    );
    expect(buttons(await chat.say('mijn broer'))).toContain('Zeg ik liever niet');
  });
});
