import { describe, expect, it } from 'vitest';
import { total } from '../../src/insights/insightCounts.js';
import { buttons, createHarness, joined, texts } from './conversationHarness.js';

const OFFER =
  'Iemand van het wijkteam kan met u meedenken. Dat is gratis. Zal ik uw vraag doorsturen?';
const CONSENT = 'Mag ik uw vraag en uw contactgegevens delen met het wijkteam?';

describe('the wijkwijzer rule: when the bot proposes the wijkteam', () => {
  it('asked for a person: the result question goes straight to the handover', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik heb schulden en ik krijg steeds aanmaningen van de deurwaarder');
    await chat.say('ja');
    await chat.say('mezelf');
    await chat.say('45');
    await chat.say('7544');
    await chat.say('nog niets');
    const handover = texts(await chat.say('3'));
    expect(handover).toContain(CONSENT);
    expect(handover[0]).toBe(
      'Ik kan uw vraag doorsturen naar wijkteam Boswinkel-Boekelo. Iemand van het wijkteam neemt dan binnen 3 werkdagen contact met u op. Dat is gratis.',
    );
  });

  it('no good match: says so, proposes, and counts the unmet need without text', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik zoek een plek om te klussen aan mijn huis');
    await chat.say('ja');
    await chat.say('voor mezelf');
    await chat.say('45');
    await chat.say('Wesselerbrink');
    const proposal = await chat.say('overslaan');
    expect(texts(proposal)).toEqual([
      'Ik heb geen hulp gevonden die goed past bij uw vraag.',
      OFFER,
    ]);
    expect(buttons(proposal)).toEqual(['Ja, graag', 'Nee, zelf verder zoeken']);
    expect(joined(await chat.say('ja'))).toContain(CONSENT);
    const unmet = await harness.insights.rows({ kind: 'unmet_need' });
    expect(unmet.map((row) => row.dimensions)).toEqual([
      { levensgebied: 'wonen', wijk: 'Wesselerbrink', stadsdeel: 'zuid' },
    ]);
    const handover = await harness.insights.rows({ kind: 'handover' });
    expect(total(handover, { step: 'proposed', reason: 'no_good_match' })).toBe(1);
    expect(total(handover, { step: 'accepted', reason: 'no_good_match' })).toBe(1);
  });

  it('no good match, proposal declined: an honest end, no loop', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('Ik zoek een plek om te klussen aan mijn huis');
    await chat.say('ja');
    await chat.say('voor mezelf');
    await chat.say('45');
    await chat.say('overslaan');
    await chat.say('overslaan');
    expect(texts(await chat.say('nee'))).toEqual([
      'Goed. U kunt het altijd later nog vragen. Typ dan "ik wil een mens spreken".',
    ]);
  });

  it('three or more levensgebieden: names them and proposes before asking anything else', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const reply = texts(
      await chat.say('Ik heb schulden, mijn huis wordt te duur en ik ben altijd somber'),
    );
    expect(reply).toEqual([
      'Dank u wel. Ik heb uw vraag gelezen.',
      'Goed. Ik zoek hulp bij: Geld, schulden en administratie; Wonen en Gezondheid en hoe u zich voelt.',
      'Uw vraag gaat over een paar dingen tegelijk.',
      OFFER,
    ]);
    // On to the handover; the wijk is not known yet, so that comes first.
    expect(joined(await chat.say('ja graag'))).toContain('Wat is uw postcode?');
  });

  it('distress without crisis ("ik kom er niet uit"): the results come with the offer of a person', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    // ADR 0014, defect 5: a single question with a phrase of worry gets help options first.
    const reply = texts(await chat.say('Ik kom er niet uit met mijn rekeningen'));
    expect(reply).toEqual([
      'Dank u wel. Ik heb uw vraag gelezen.',
      'Ik denk dat uw vraag gaat over: Geld, schulden en administratie. Klopt dat?',
    ]);
    expect(reply).not.toContain(OFFER);
    await chat.say('ja');
    await chat.say('voor mezelf');
    await chat.say('45');
    await chat.say('7544');
    const results = texts(await chat.say('nog niets'));
    expect(results).toContain('[card: Schuldhulp Enschede]');
    const personToo = results.findIndex((line) =>
      line.startsWith('Het klinkt alsof er veel op u afkomt.'),
    );
    expect(personToo).toBeGreaterThan(results.indexOf('[card: Schuldhulp Enschede]'));
    expect(results.at(-1)).toContain('3. Ik wil met iemand praten');
    expect(joined(await chat.say('Ik wil met iemand praten'))).toContain(
      'Mag ik uw vraag en uw contactgegevens delen met het wijkteam?',
    );
    const counts = await harness.insights.rows({ kind: 'handover' });
    expect(total(counts, { step: 'proposed', reason: 'loss_of_control' })).toBe(1);
    expect(total(counts, { step: 'accepted', reason: 'loss_of_control' })).toBe(1);
  });

  it('a resident who declined once is not asked again for another reason in the same search', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('Ik weet niet meer waar ik moet beginnen: schulden, mijn huis en ik ben somber');
    const declined = texts(await chat.say('nee'));
    expect(declined).not.toContain(OFFER);
    expect(declined.join('\n')).toContain('Voor wie zoekt u hulp?');
  });

  it('returning unsolved: the same levensgebied within 30 days after it did not help', async () => {
    const harness = createHarness();
    const first = harness.chat({ conversation: 'first' });
    await first.join();
    await first.say('Ik heb schulden');
    await first.say('ja');
    await first.say('voor mezelf');
    await first.say('45');
    await first.say('overslaan');
    await first.say('overslaan');
    await first.say('iets anders zoeken');

    harness.clock.advance(3 * 24 * 60 * 60 * 1000);
    const second = harness.chat({ conversation: 'second' });
    expect(texts(await second.join())).toEqual([
      'Welkom terug bij de digitale wijkwijzer. Ik ben een computerprogramma, geen mens.',
      'Was u hier eerder met een vraag? Dan gaan we verder waar we gebleven waren.',
    ]);
    // One tap: the resident back on their own device is not held up (ADR 0010, 2 December).
    const opening = texts(await second.say('Ja, dat was ik'));
    expect(opening[0]).toContain(
      'Vorige keer zochten we naar hulp bij: Geld, schulden en administratie. Is het gelukt?',
    );
    expect(texts(await second.say('Ik kon niemand bereiken'))).toEqual([
      'Wat vervelend. Dank u dat u het laat weten. We zoeken nu samen verder.',
      'Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.',
    ]);
    await second.say('Ik heb nog steeds schulden');
    const proposal = texts(await second.say('ja'));
    expect(proposal).toContain('U vroeg hier eerder naar. Het is toen nog niet opgelost.');
    expect(proposal).toContain(OFFER);
  });

  it('no proposal when the earlier visit is older than the memory period', async () => {
    const harness = createHarness();
    const first = harness.chat({ conversation: 'first' });
    await first.join();
    await first.say('Ik heb schulden');
    await first.say('ja');
    await first.say('voor mezelf');
    await first.say('45');
    await first.say('overslaan');
    await first.say('overslaan');
    await first.say('iets anders zoeken');

    harness.clock.advance(31 * 24 * 60 * 60 * 1000);
    const second = harness.chat({ conversation: 'second' });
    await second.join();
    await second.say('Ik heb nog steeds schulden');
    expect(joined(await second.say('ja'))).not.toContain(OFFER);
  });
});
