import { describe, expect, it } from 'vitest';
import type { CaseRepository } from '../../src/cases/caseRepository.js';
import { transitionCase } from '../../src/cases/caseRepository.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { total } from '../../src/insights/insightCounts.js';
import {
  buttons,
  createHarness,
  joined,
  texts,
  type Chat,
  type Harness,
} from './conversationHarness.js';

const CONSENT = 'Mag ik uw vraag en uw contactgegevens delen met het wijkteam?';
const SUMMARY_QUESTION =
  'Klopt dit? Kies "Ja, versturen", "Aanpassen" of "Niet versturen".\n\n1. Ja, versturen\n2. Aanpassen\n3. Niet versturen';

const WISH = 'Ik wil graag met iemand van het wijkteam spreken';
const STORY = 'Ik heb schulden en de huur is te hoog. Er komen steeds brieven.';
/** The story's levensgebieden go along with it (a person asked for first, the story after). */
const ALSO_SENT =
  'We sturen ook mee waar uw vraag over gaat: Geld, schulden en administratie en Wonen.';
const SUMMARY_CARD = '[card: Dit sturen we naar wijkteam Boswinkel-Boekelo]';

/** From the wish for a person to the consent question. */
async function toConsent(chat: Chat): Promise<void> {
  await chat.join();
  await chat.say(WISH);
  await chat.say(STORY);
  const offer = texts(await chat.say('7544'));
  expect(offer).toContain(CONSENT);
}

async function toSummary(chat: Chat): Promise<string[]> {
  await toConsent(chat);
  await chat.say('ja');
  await chat.say('Fatima');
  await chat.say('06 12345678');
  await chat.say('ja, bellen mag');
  return texts(await chat.say('in de ochtend'));
}

function summaryCard(
  replies: ReturnType<Chat['say']> extends Promise<infer R> ? R : never,
): string {
  return JSON.stringify(replies.flatMap((reply) => reply.attachments ?? []));
}

describe('the warm handover', () => {
  it('a wish for a person → story → consent → contact → exact summary → reference, and the case is stored', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    // The command as a whole message: no search, no intake questions first.
    const story = texts(await chat.say(WISH));
    expect(story).toEqual([
      'Wilt u in een paar zinnen vertellen wat er speelt? Dan hoeft u het aan het wijkteam niet opnieuw te vertellen.',
    ]);
    await chat.say(STORY);
    const offer = texts(await chat.say('7544 AB'));
    expect(offer).toEqual([
      'Dat is de wijk Boswinkel.',
      'Ik kan uw vraag doorsturen naar wijkteam Boswinkel-Boekelo. Iemand van het wijkteam neemt dan binnen 3 werkdagen contact met u op. Dat is gratis.',
      'Ik stuur uw vraag mee. Dan hoeft u uw verhaal niet opnieuw te vertellen.',
      CONSENT,
    ]);
    expect(texts(await chat.say('Ja, dat mag'))).toEqual([
      'Hoe mag het wijkteam u noemen? Uw voornaam of roepnaam is genoeg.',
    ]);
    expect(texts(await chat.say('Mijn naam is Fatima'))).toEqual([
      'Hoe kan het wijkteam u bereiken? Typ uw telefoonnummer of uw e-mailadres.',
    ]);
    expect(texts(await chat.say('06-12345678'))).toEqual(['Mag het wijkteam u bellen?']);
    expect(texts(await chat.say('ja'))[0]).toContain(
      'Wanneer kan het wijkteam u het best bereiken?',
    );
    const summary = await chat.say('na 15 uur');
    expect(texts(summary)).toEqual([ALSO_SENT, SUMMARY_CARD, SUMMARY_QUESTION]);
    const card = summaryCard(summary);
    expect(card).toContain(STORY);
    expect(card).toContain('06 12345678');
    expect(card).toContain('na 15 uur');

    const sent = texts(await chat.say('ja, versturen'));
    expect(sent[0]).toBe(
      'Uw vraag is verstuurd naar wijkteam Boswinkel-Boekelo. Uw nummer is WW-2026-000001. Bewaar dit nummer goed.',
    );
    expect(sent[1]).toBe(
      'Iemand van het wijkteam neemt binnen 3 werkdagen contact met u op. U hoeft zelf niets te doen.',
    );
    expect(sent[2]).toContain('Bij gevaar belt u [112](tel:112).');
    expect(sent[2]).toContain('Bel Veilig Thuis: [0800-2000](tel:08002000), dag en nacht.');

    const [stored] = await harness.cases.list();
    expect(stored).toMatchObject({
      reference: 'WW-2026-000001',
      wijkteam: 'boswinkel-boekelo',
      status: 'nieuw',
      residentKey: 'webchat:resident-1',
      consent: { given: true, textVersion: 'overdracht-2026-01' },
      melder: {
        kind: 'contact',
        name: 'Fatima',
        phone: '0612345678',
        email: null,
        bestMoment: 'na 15 uur',
        noCalls: false,
      },
      story: {
        summary: STORY,
        levensgebieden: ['geld', 'wonen'],
        wijk: 'Boswinkel',
        stadsdeel: 'west',
        // Nobody said for whom: the wijkteam asks, the bot does not assume (ADR 0014, defect 2).
        forWhom: 'onbekend',
        conversationCount: 1,
      },
    });
    const counts = await harness.insights.rows({ kind: 'handover' });
    expect(total(counts, { step: 'sent', reason: 'asked_for_person' })).toBe(1);
  });

  it('a carer asking for the person they care for is recorded as mantelzorg, not as family', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik kan mijn rekeningen niet meer betalen');
    await chat.say('ja');
    await chat.say('3');
    await chat.say('67 jaar of ouder');
    await chat.say('7544');
    await chat.say('nog niets');
    expect(joined(await chat.say('Ik wil met iemand praten'))).toContain(CONSENT);
    await chat.say('ja');
    await chat.say('Fatima');
    await chat.say('06 12345678');
    await chat.say('ja');
    const summary = await chat.say('in de ochtend');
    expect(summaryCard(summary)).toContain('mantelzorg');
    expect(joined(await chat.say('ja'))).toMatch(/Uw nummer is WW-\d{4}-\d{6}\./);
    const [stored] = await harness.cases.list();
    expect(stored?.story.forWhom).toBe('naaste');
  });

  it('consent refused (or unclear): nothing is stored, the resident gets the ways to call themselves', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toConsent(chat);
    const refused = await chat.say('nee');
    expect(texts(refused)).toEqual([
      // The stand-in knowledge gives this number as the wijkteam's own (gebieden.yaml
      // `wijkteamtelefoon`): the wijkteam answers it, so there is nobody to ask for.
      'Dat is goed. Ik stuur niets door. U kunt het wijkteam ook zelf bellen: [14 053](tel:14053).',
    ]);
    expect(await harness.cases.list()).toEqual([]);
    expect(
      total(await harness.insights.rows({ kind: 'handover' }), { step: 'consent_refused' }),
    ).toBe(1);

    const unclear = createHarness();
    const other = unclear.chat();
    await toConsent(other);
    expect(texts(await other.say('misschien'))[0]).toBe(
      'Typ "ja" als ik uw vraag mag doorsturen. Typ "nee" als dat niet mag.',
    );
    expect(joined(await other.say('tja'))).toContain('Ik stuur niets door.');
    expect(await unclear.cases.list()).toEqual([]);
  });

  it('explains a wrong phone number or e-mail address in plain Dutch and asks again', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toConsent(chat);
    await chat.say('ja');
    await chat.say('Fatima');
    expect(texts(await chat.say('06 1234567'))[0]).toBe(
      'Dit telefoonnummer klopt niet. Een nummer heeft 10 cijfers, bijvoorbeeld 06 12345678. Probeer het nog een keer.',
    );
    expect(texts(await chat.say('fatima@voorbeeld'))[0]).toBe(
      'Dit e-mailadres klopt niet. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl. Probeer het nog een keer.',
    );
    const ok = texts(await chat.say('Fatima@Voorbeeld.nl'));
    // An e-mail address needs no "may we call" and no best moment: straight to the summary.
    expect(ok.slice(0, 2)).toEqual([ALSO_SENT, SUMMARY_CARD]);
  });

  it('after three wrong contact answers it stops asking and gives the ways to call', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toConsent(chat);
    await chat.say('ja');
    await chat.say('Fatima');
    await chat.say('123');
    await chat.say('bel me maar');
    const gaveUp = texts(await chat.say('weet ik niet'));
    expect(gaveUp).toHaveLength(1);
    expect(gaveUp[0]).toMatch(/^Het lukt nu niet met het nummer of adres\. Dat geeft niet\. /);
    expect(gaveUp[0]).toContain('[14 053](tel:14053)');
    expect(await harness.cases.list()).toEqual([]);
  });

  it('"niet bellen" with a landline asks for an e-mail address', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toConsent(chat);
    await chat.say('ja');
    await chat.say('Jan');
    await chat.say('053 481 1234');
    expect(texts(await chat.say('Nee, alleen sms of e-mail'))).toEqual([
      'Een sms kan alleen naar een 06-nummer. Wat is uw e-mailadres? Dan mailt het wijkteam u.',
    ]);
    expect(texts(await chat.say('0612345678'))[0]).toContain('Dit e-mailadres klopt niet.');
    expect(texts(await chat.say('jan@example.nl')).slice(0, 2)).toEqual([ALSO_SENT, SUMMARY_CARD]);
    await chat.say('1');
    const [stored] = await harness.cases.list();
    expect(stored?.melder).toMatchObject({
      phone: '0534811234',
      email: 'jan@example.nl',
      noCalls: true,
      bestMoment: null,
    });
  });

  it('the resident corrects the summary; identifiers are masked before they see it or it is stored', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toSummary(chat);
    expect(texts(await chat.say('Aanpassen'))[0]).toContain('Wat wilt u aanpassen?');
    expect(texts(await chat.say('mijn vraag'))[0]).toContain(
      'Typ uw vraag zoals het wijkteam hem mag lezen.',
    );
    const corrected = await chat.say('Schulden en hoge huur. Mijn BSN is 111222333.');
    expect(texts(corrected)).toContain(
      'Ik heb een nummer uit uw tekst gehaald, zoals een BSN of rekeningnummer. Dat hoort niet in de chat.',
    );
    const card = summaryCard(corrected);
    // Literal text on the card (src/cards/plainCardText.ts): the brackets are escaped, in JSON.
    expect(card).toContain(String.raw`Schulden en hoge huur. Mijn BSN is \\[BSN weggehaald\\].`);
    expect(card).not.toContain('111222333');
    await chat.say('ja, versturen');
    const [stored] = await harness.cases.list();
    expect(stored?.story.summary).toBe('Schulden en hoge huur. Mijn BSN is [BSN weggehaald].');
  });

  it('the resident changes their contact details from the summary', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toSummary(chat);
    await chat.say('aanpassen');
    expect(texts(await chat.say('Mijn gegevens'))).toEqual([
      'Hoe mag het wijkteam u noemen? Uw voornaam of roepnaam is genoeg.',
    ]);
    await chat.say('Fatma');
    const summary = await chat.say('fatma@example.nl');
    expect(summaryCard(summary)).toContain('fatma@example.nl');
    // A card button posts a value instead of text.
    await chat.say({ type: 'message', value: { handover: 'confirm' } });
    const [stored] = await harness.cases.list();
    expect(stored?.melder).toMatchObject({ name: 'Fatma', email: 'fatma@example.nl', phone: null });
  });

  it('"Niet versturen" stores nothing and says so', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toSummary(chat);
    const cancelled = texts(await chat.say('niet versturen'));
    // One message, not "niets verstuurd" followed by "ik stuur niets door" (ADR 0014, defect 6).
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatch(
      /^Goed\. Er is niets verstuurd\. U kunt het wijkteam ook zelf bellen/,
    );
    expect(await harness.cases.list()).toEqual([]);
    expect(total(await harness.insights.rows({ kind: 'handover' }), { step: 'cancelled' })).toBe(1);
  });

  it('when storing fails, the resident sees no reference and hears nothing was stored', async () => {
    const base = createHarness();
    const failing: CaseRepository = {
      ...base.cases,
      list: (filter) => base.cases.list(filter),
      create: () => Promise.reject(new WijkwijzerError('WW-3003')),
    };
    const harness = createHarness({ cases: failing });
    const chat = harness.chat();
    await toSummary(chat);
    const failed = texts(await chat.say('ja, versturen'));
    expect(failed[0]).toMatch(
      /^Sorry, het versturen is niet gelukt\. Er is niets opgeslagen\. Probeer het later nog een keer\. U kunt het wijkteam ook zelf bellen: \[14 053\]\(tel:14053\)\.$/,
    );
    expect(failed.join(' ')).not.toMatch(/WW-\d{4}-\d+/);
  });
});

describe('an interrupted handover', () => {
  it('commands in the middle: help and privacy ask the same question again; "mens" says we are busy', async () => {
    const chat = createHarness().chat();
    await toConsent(chat);
    await chat.say('ja');
    const help = texts(await chat.say('help'));
    expect(help.at(-1)).toBe('Hoe mag het wijkteam u noemen? Uw voornaam of roepnaam is genoeg.');
    const human = texts(await chat.say('ik wil een mens spreken'));
    expect(human).toEqual([
      'We zijn al bezig om uw vraag naar het wijkteam te sturen.',
      'Hoe mag het wijkteam u noemen? Uw voornaam of roepnaam is genoeg.',
    ]);
    expect(texts(await chat.say('Fatima'))[0]).toContain('Hoe kan het wijkteam u bereiken?');
  });

  it('stop at the summary: nothing is sent', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toSummary(chat);
    expect(texts(await chat.say('stop'))[0]).toContain('Er is niets verstuurd.');
    expect(await harness.cases.list()).toEqual([]);
  });

  it('left mid-way: a new conversation offers to continue, with the story kept and consent asked again', async () => {
    const harness = createHarness();
    const first = harness.chat({ conversation: 'first' });
    await toConsent(first);
    await first.say('ja');
    await first.say('Fatima');
    // The resident closes the window here. Nothing is stored for the wijkteam.
    expect(await harness.cases.list()).toEqual([]);

    harness.clock.advance(2 * 60 * 60 * 1000);
    const second = harness.chat({ conversation: 'second' });
    expect(texts(await second.join())).toEqual([
      'Welkom terug bij de digitale wijkwijzer. Ik ben een computerprogramma, geen mens.',
      'Was u hier eerder met een vraag? Dan gaan we verder waar we gebleven waren.',
    ]);
    const opening = await second.say('Ja, dat was ik');
    expect(texts(opening)).toEqual([
      'U was bezig om uw vraag naar het wijkteam te sturen. Er is nog niets verstuurd. Wilt u verder gaan?',
    ]);
    expect(buttons(opening)).toEqual(['Ja, verder gaan', 'Nee, opnieuw beginnen']);
    const resumed = texts(await second.say('ja'));
    expect(resumed.at(-1)).toBe(CONSENT);
    await second.say('ja');
    await second.say('Fatima');
    await second.say('fatima@example.nl');
    await second.say('ja, versturen');
    const [stored] = await harness.cases.list();
    expect(stored?.story.summary).toBe(STORY);
    expect(stored?.story.wijk).toBe('Boswinkel');

    // After sending, the offer to continue is gone; the status shows instead.
    const third = harness.chat({ conversation: 'third' });
    await third.join();
    const later = texts(await third.say('ja'));
    expect(later).toContain(
      'Uw vraag ligt sinds 2 maart bij wijkteam Boswinkel-Boekelo. Iemand van het wijkteam neemt contact met u op.',
    );
    expect(later.join(' ')).not.toContain('Wilt u verder gaan?');
  });

  it('"opnieuw beginnen" forgets the unsent story', async () => {
    const harness = createHarness();
    const first = harness.chat({ conversation: 'first' });
    await toConsent(first);
    await first.say('ja');
    const second = harness.chat({ conversation: 'second' });
    await second.join();
    await second.say('Ja, dat was ik');
    expect(texts(await second.say('Nee, opnieuw beginnen'))).toEqual([
      'Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.',
    ]);
    const third = harness.chat({ conversation: 'third' });
    await third.join();
    expect(texts(await third.say('ja')).join(' ')).not.toContain('Wilt u verder gaan?');
  });
});

describe('back in the chat', () => {
  async function sentCase(harness: Harness): Promise<string> {
    const chat = harness.chat({ conversation: 'first' });
    await toSummary(chat);
    await chat.say('ja, versturen');
    const [stored] = await harness.cases.list();
    return stored?.reference ?? '';
  }

  it('a returning resident sees that their question was picked up, by whom and when', async () => {
    const harness = createHarness();
    const reference = await sentCase(harness);
    harness.clock.advance(24 * 60 * 60 * 1000);
    const result = await transitionCase(
      harness.cases,
      reference,
      { type: 'claim' },
      { kind: 'staff', id: 'aad-1', name: 'Alice de Vries' },
      1,
      harness.clock,
    );
    expect(result.ok).toBe(true);
    const chat = harness.chat({ conversation: 'later' });
    await chat.join();
    const opening = texts(await chat.say('ja'));
    expect(opening).toContain(
      'Uw vraag is opgepakt door Alice van wijkteam Boswinkel-Boekelo op 3 maart.',
    );
  });

  it('another resident on the same computer does not see it (a different user id)', async () => {
    const harness = createHarness();
    await sentCase(harness);
    const stranger = harness.chat({ conversation: 'x', user: 'resident-2' });
    const opening = texts(await stranger.join());
    expect(opening[0]).toContain('Hallo! Ik ben de digitale wijkwijzer');
    expect(opening.join(' ')).not.toContain('wijkteam Boswinkel-Boekelo');
  });
});

/**
 * The name question took anything ("wat nu", "weet niet") as the name the wijkteam would call the
 * resident by. Obvious non-names get a friendly explanation and the question again.
 */
describe('the name question', () => {
  it.each(['wat nu', 'weet niet', 'waarom?', '12345', 'what now'])(
    '"%s" is not taken as a name',
    async (reply) => {
      const chat = createHarness().chat();
      await toConsent(chat);
      await chat.say('ja');
      const again = texts(await chat.say(reply));
      expect(again.join('\n')).not.toContain('Hoe kan het wijkteam u bereiken?');
      expect(again.join('\n')).not.toContain('How can the wijkteam reach you?');
      expect(again.at(-1)).toMatch(
        /Hoe mag het wijkteam u noemen\?|What may the wijkteam call you\?/,
      );
    },
  );

  it('explains why it asks, and then a real name goes on', async () => {
    const chat = createHarness().chat();
    await toConsent(chat);
    await chat.say('ja');
    // Not knowing what to give is a pass: the answer says what the name is for and that any
    // name the resident likes will do.
    expect(texts(await chat.say('weet niet'))).toEqual([
      'Dat begrijp ik. Het wijkteam gebruikt uw naam alleen om u aan te spreken. Uw voornaam is genoeg. Een andere naam mag ook.',
      'Hoe mag het wijkteam u noemen? Uw voornaam of roepnaam is genoeg.',
    ]);
    expect(texts(await chat.say('Wat'))).toEqual([
      'Het wijkteam wil weten hoe het u mag noemen. Typ alleen uw voornaam of roepnaam. Bijvoorbeeld: Fatima.',
      'Hoe mag het wijkteam u noemen? Uw voornaam of roepnaam is genoeg.',
    ]);
    expect(texts(await chat.say('Ik heet Jan de Vries'))).toEqual([
      'Hoe kan het wijkteam u bereiken? Typ uw telefoonnummer of uw e-mailadres.',
    ]);
  });
});
