import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { knowledgeDirFrom, removeCreatedDirs } from '../knowledge/fixtures.js';
import { ManualClock } from '../support/manualClock.js';
import { createHarness, texts } from './conversationHarness.js';
import { startRealKnowledge, type RealKnowledge } from './realKnowledgeServices.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

const LINDEWAARD = path.join(findProjectRoot(), 'test/fixtures/kaart-lindewaard');

/** To the where question of the intake: a question about loneliness, for oneself, aged 70. */
const DUTCH_TO_WHERE = [
  'Ik zit de hele dag alleen thuis sinds mijn man er niet meer is.',
  'ja',
  'voor mezelf',
  '70',
];
// The levensgebied is answered by its name, which confirms a sure guess and picks it from an
// offer of two alike: how sure the model is of the first message is not what these tests are about.
const ENGLISH_TO_WHERE = [
  'I sit at home on my own all day since my husband passed away.',
  'Loneliness and meeting people',
  'for myself',
  '70',
];

/**
 * The "where" question on the knowledge of another gemeente (test/fixtures/kaart-lindewaard): its
 * wijken lie in stadsdelen Enschede does not have. A resident who names their wijk or types its
 * postcode keeps that wijk, and the handover goes to the wijkteam that kaart's gebieden.yaml names.
 * The replies were written for this test.
 */
describe('the where question on another gemeente’s knowledge', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock, LINDEWAARD);
  // Its own case repository per test, so `list()` holds this test's case only.
  const chatOn = () =>
    createHarness({ knowledge: real().services.knowledge, routing: real().routing, clock });

  it('keeps a wijk named in Dutch and hands over to its wijkteam', async () => {
    const harness = chatOn();
    const chat = harness.chat({ user: 'resident-bolwerk' });
    await chat.join();
    await chat.say('ik wil graag met iemand praten');
    await chat.say('Sinds mijn vrouw overleed kom ik de dagen niet meer door.');
    const reply = texts(await chat.say('ik woon in het Bolwerk')).join('\n');
    expect(reply).not.toContain('ken ik niet');
    expect(reply).toContain('Dat is de wijk Bolwerk.');
    expect(reply).toContain('Ik kan uw vraag doorsturen naar wijkteam Lindewaard.');
    await chat.say('ja');
    await chat.say('Gerrit');
    await chat.say('06 23456789');
    await chat.say('ja');
    await chat.say('na de middag');
    expect(texts(await chat.say('ja, versturen')).join('\n')).toContain('wijkteam Lindewaard');
    const [stored] = await harness.cases.list();
    expect(stored?.wijkteam).toBe('lindewaard-stad');
    expect(stored?.story.wijk).toBe('Bolwerk');
    expect(stored?.story.stadsdeel).toBe('lindewaard');
  });

  it('sends Zwiepdijk, by its postcode, to its own wijkteam', async () => {
    const harness = chatOn();
    const chat = harness.chat({ user: 'resident-zwiepdijk' });
    await chat.join();
    await chat.say('kan ik iemand van het wijkteam spreken');
    await chat.say('Ik red het niet meer met de administratie sinds ik alleen ben.');
    const reply = texts(await chat.say('7687')).join('\n');
    expect(reply).toContain('Dat is de wijk Zwiepdijk.');
    expect(reply).toContain('wijkteam Zwiepdijk en buitengebied');
  });

  it('says a name it does not know in the gemeente’s own words, not Enschede’s', async () => {
    const chat = chatOn().chat({ user: 'resident-unknown' });
    await chat.join();
    await chat.say('ik wil graag met iemand praten');
    await chat.say('Sinds mijn vrouw overleed kom ik de dagen niet meer door.');
    const reply = texts(await chat.say('Oosterhaven')).join('\n');
    expect(reply).toContain('"Oosterhaven" ken ik niet als wijk of postcode in deze gemeente.');
    expect(reply).not.toContain('Enschede');
  });

  it('names no number of another gemeente, and no call without a number, when the resident would rather call', async () => {
    const chat = chatOn().chat({ user: 'resident-no-number' });
    await chat.join();
    await chat.say('ik wil graag met iemand praten');
    await chat.say('Sinds mijn vrouw overleed kom ik de dagen niet meer door.');
    await chat.say('ik woon in het Bolwerk');
    // This kaart gives neither a wijkteam number nor a gemeentediensten.yaml.
    expect(texts(await chat.say('nee'))).toEqual([
      'Dat is goed. Ik stuur niets door. Vraag bij de gemeente naar het wijkteam van uw wijk.',
    ]);
  });

  it('keeps a wijk given as a postcode, in English', async () => {
    const harness = chatOn();
    const chat = harness.chat({ user: 'resident-7681' });
    await chat.join({ language: 'en-GB' });
    await chat.say('I would like to talk to a person');
    await chat.say('Since my wife died I cannot get through the days.');
    const reply = texts(await chat.say('7681')).join('\n');
    expect(reply).not.toContain('do not know');
    expect(reply).toContain('That is the neighbourhood Bolwerk.');
    expect(reply).toContain('I can send your question to wijkteam Lindewaard.');
  });

  it('gives a postcode of its own as the example, and takes no town near Enschede for outside', async () => {
    const chat = chatOn().chat({ user: 'resident-example-nl' });
    await chat.join();
    let reply = '';
    for (const line of DUTCH_TO_WHERE) reply = texts(await chat.say(line)).join('\n');
    expect(reply).toContain(
      'In welke wijk zoekt u hulp? Typ de postcode, bijvoorbeeld 7681. Of typ de naam van de wijk.',
    );
    expect(texts(await chat.say('06 12345678'))[0]).toBe(
      'Dat lijkt een telefoonnummer. Typ de 4 cijfers van uw postcode, bijvoorbeeld 7681. Of kies "Overslaan".',
    );
    // Hengelo neighbours Enschede, not Lindewaard: a name this kaart does not know.
    const hengelo = texts(await chat.say('Hengelo')).join('\n');
    expect(hengelo).toContain('"Hengelo" ken ik niet als wijk of postcode in deze gemeente.');
    expect(hengelo).not.toContain('ligt niet');
    // A large city is outside any gemeente but itself.
    expect(texts(await chat.say('Zwolle')).join('\n')).toContain(
      'Zwolle ligt niet in deze gemeente.',
    );
  });

  it('does the same in English', async () => {
    const chat = chatOn().chat({ user: 'resident-example-en' });
    await chat.join({ language: 'en-GB' });
    let reply = '';
    for (const line of ENGLISH_TO_WHERE) reply = texts(await chat.say(line)).join('\n');
    expect(reply).toContain(
      'In which neighbourhood are you looking for help? Type the postcode, for example 7681. Or type the name of the neighbourhood.',
    );
    expect(texts(await chat.say('+31 6 1234 5678'))[0]).toBe(
      'That looks like a phone number. Type the 4 digits of your postcode, for example 7681. Or choose "Skip".',
    );
    expect(texts(await chat.say('Hengelo')).join('\n')).toContain(
      'I do not know "Hengelo" as a neighbourhood or postcode in this municipality.',
    );
    expect(texts(await chat.say('Zwolle')).join('\n')).toContain(
      'Zwolle is not in this municipality.',
    );
  });

  it('gives its own example in the handover’s postcode question', async () => {
    const chat = chatOn().chat({ user: 'resident-example-handover' });
    await chat.join();
    await chat.say('ik wil graag met iemand praten');
    const reply = texts(
      await chat.say('Sinds mijn vrouw overleed kom ik de dagen niet meer door.'),
    ).join('\n');
    expect(reply).toContain(
      'Wat is uw postcode? Dan kies ik het goede wijkteam. Bijvoorbeeld 7681. De naam van uw wijk mag ook.',
    );
  });
});

/**
 * The same kaart when its gebieden.yaml names the gemeente, an example postcode, its own
 * neighbours (the fields partners read about in knowledge/README.md). Turfhoven and Oud-Linde are
 * made up for this test, as Lindewaard is.
 */
describe('another gemeente’s own example postcode and neighbours', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  let real: RealKnowledge | undefined;
  beforeAll(async () => {
    const gebieden = await readFile(path.join(LINDEWAARD, 'gebieden.yaml'), 'utf8');
    const fields = [
      'gemeente: Lindewaard',
      'voorbeeldpostcode: 7683',
      'buurgemeenten: [Turfhoven, Oud-Linde]',
      'wijkteamtelefoon: 14 0599',
      'wijkteamwebsite: https://wijkteams.lindewaard.example/contact',
      '',
    ].join('\n');
    const dir = await knowledgeDirFrom(LINDEWAARD, { 'gebieden.yaml': fields + gebieden });
    real = await startRealKnowledge(clock, dir);
  }, 30_000);
  afterAll(async () => {
    await real?.knowledge.stop();
    await removeCreatedDirs();
  });
  const chatOn = (user: string) => {
    if (real === undefined) throw new Error('the kaart is not started');
    return createHarness({ knowledge: real.services.knowledge, routing: real.routing, clock }).chat(
      { user },
    );
  };

  it('asks with its example and names a neighbour it lists as outside, in Dutch', async () => {
    const chat = chatOn('resident-turfhoven-nl');
    await chat.join();
    let reply = '';
    for (const line of DUTCH_TO_WHERE) reply = texts(await chat.say(line)).join('\n');
    expect(reply).toContain('Typ de postcode, bijvoorbeeld 7683.');
    expect(texts(await chat.say('Turfhoven')).join('\n')).toContain(
      'Turfhoven ligt niet in Lindewaard. Ik ken alleen hulp in Lindewaard.',
    );
  });

  it('takes a neighbour named in the first message for outside, and gives its own number and site', async () => {
    const chat = chatOn('resident-oud-linde');
    await chat.join();
    await chat.say('ik wil graag met iemand praten');
    await chat.say('Sinds mijn vrouw overleed kom ik de dagen niet meer door.');
    expect(texts(await chat.say('wij wonen in Oud-Linde')).join('\n')).toContain(
      'Oud-Linde ligt niet in Lindewaard.',
    );
    await chat.say('7681');
    const declined = texts(await chat.say('nee'));
    // The wijkteam's own number (wijkteamtelefoon): nobody to ask for the wijkteam.
    expect(declined).toEqual([
      'Dat is goed. Ik stuur niets door. U kunt het wijkteam ook zelf bellen: [14 0599](tel:140599). Of kijk op [wijkteams.lindewaard.example](https://wijkteams.lindewaard.example/contact).',
    ]);
    expect(declined.join('\n')).not.toContain('14 053');
  });

  it('gives the wijkteam’s own number in English too', async () => {
    const chat = chatOn('resident-lindewaard-calls-en');
    await chat.join({ language: 'en-GB' });
    await chat.say('I would like to talk to a person');
    await chat.say('Since my wife died I cannot get through the days.');
    await chat.say('7681');
    expect(texts(await chat.say('no'))).toEqual([
      'That is fine. I will not send anything. You can also call the wijkteam yourself: [14 0599](tel:140599). Or look at [wijkteams.lindewaard.example](https://wijkteams.lindewaard.example/contact).',
    ]);
  });

  it('and in English', async () => {
    const chat = chatOn('resident-turfhoven-en');
    await chat.join({ language: 'en-GB' });
    let reply = '';
    for (const line of ENGLISH_TO_WHERE) reply = texts(await chat.say(line)).join('\n');
    expect(reply).toContain('Type the postcode, for example 7683.');
    expect(texts(await chat.say('Oud-Linde')).join('\n')).toContain(
      'Oud-Linde is not in Lindewaard. I only know support in Lindewaard.',
    );
  });
});

/** Enschede's own knowledge keeps its words: 7544 as the example, Hengelo outside. */
describe('Enschede’s where question on its own knowledge', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  it('gives 7544 as the example and names Hengelo as outside Enschede', async () => {
    const chat = createHarness({
      knowledge: real().services.knowledge,
      routing: real().routing,
      clock,
    }).chat({ user: 'resident-enschede' });
    await chat.join();
    let reply = '';
    for (const line of DUTCH_TO_WHERE) reply = texts(await chat.say(line)).join('\n');
    expect(reply).toContain(
      'In welke wijk zoekt u hulp? Typ de postcode, bijvoorbeeld 7544. Of typ de naam van de wijk.',
    );
    expect(texts(await chat.say('Hengelo')).join('\n')).toContain(
      'Hengelo ligt niet in Enschede. Ik ken alleen hulp in Enschede.',
    );
  });

  it('gives 14 053, the gemeente’s number from its gemeentediensten.yaml, to ask for the wijkteam', async () => {
    const chat = createHarness({
      knowledge: real().services.knowledge,
      routing: real().routing,
      clock,
    }).chat({ user: 'resident-enschede-calls' });
    await chat.join();
    await chat.say('ik wil graag met iemand praten');
    await chat.say('Sinds mijn vrouw overleed kom ik de dagen niet meer door.');
    await chat.say('ik woon in Wesselerbrink');
    expect(texts(await chat.say('nee'))).toEqual([
      'Dat is goed. Ik stuur niets door. U kunt ook de gemeente bellen: [14 053](tel:14053). Vraag naar het wijkteam van uw wijk.',
    ]);
  });

  it('and in English', async () => {
    const chat = createHarness({
      knowledge: real().services.knowledge,
      routing: real().routing,
      clock,
    }).chat({ user: 'resident-enschede-calls-en' });
    await chat.join({ language: 'en-GB' });
    await chat.say('I would like to talk to a person');
    await chat.say('Since my wife died I cannot get through the days.');
    await chat.say('7544');
    expect(texts(await chat.say('no'))).toEqual([
      'That is fine. I will not send anything. You can also call the municipality: [14 053](tel:14053). Ask for the wijkteam of your neighbourhood.',
    ]);
  });
});

/**
 * A kaart of another gemeente whose wijkteam has no line of its own, but whose
 * gemeentediensten.yaml gives the gemeente's general number: the resident is told to call the
 * gemeente and ask for the wijkteam, with that gemeente's number, never Enschede's. The file is
 * Enschede's list of services with another name and number, made up for this test.
 */
describe('another gemeente’s general number when its wijkteam has none', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  let real: RealKnowledge | undefined;
  beforeAll(async () => {
    const diensten = (
      await readFile(path.join(findProjectRoot(), 'knowledge/gemeentediensten.yaml'), 'utf8')
    )
      .replace('gemeente: Enschede', 'gemeente: Lindewaard')
      .replace('telefoon: 14 053', 'telefoon: 0546-700700')
      .replace('website: https://www.enschede.nl', 'website: https://www.lindewaard.example');
    const dir = await knowledgeDirFrom(LINDEWAARD, { 'gemeentediensten.yaml': diensten });
    real = await startRealKnowledge(clock, dir);
  }, 30_000);
  afterAll(async () => {
    await real?.knowledge.stop();
    await removeCreatedDirs();
  });

  it('says to call the gemeente and ask for the wijkteam', async () => {
    if (real === undefined) throw new Error('the kaart is not started');
    const chat = createHarness({
      knowledge: real.services.knowledge,
      routing: real.routing,
      clock,
    }).chat({ user: 'resident-lindewaard-general' });
    await chat.join();
    await chat.say('ik wil graag met iemand praten');
    await chat.say('Sinds mijn vrouw overleed kom ik de dagen niet meer door.');
    await chat.say('ik woon in het Bolwerk');
    const declined = texts(await chat.say('nee'));
    expect(declined).toEqual([
      'Dat is goed. Ik stuur niets door. U kunt ook de gemeente bellen: [0546-700700](tel:0546700700). Vraag naar het wijkteam van uw wijk.',
    ]);
    expect(declined.join('\n')).not.toContain('14 053');
  });
});

/**
 * A gemeente whose wijkteams call themselves a team (test/fixtures/kaart-reggedal: "Sociaal team
 * Reggedal-Noord"): the resident reads the team's own name, never "wijkteam Sociaal team …".
 */
describe('a wijkteam named as a team of its own', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(
    clock,
    path.join(findProjectRoot(), 'test/fixtures/kaart-reggedal'),
  );

  it('is offered and summarised by its own name, in Dutch and English', async () => {
    const harness = () =>
      createHarness({ knowledge: real().services.knowledge, routing: real().routing, clock });
    const dutch = harness().chat({ user: 'resident-hofmaten' });
    await dutch.join();
    await dutch.say('ik wil graag met iemand praten');
    await dutch.say('Sinds mijn vrouw overleed kom ik de dagen niet meer door.');
    const offer = texts(await dutch.say('7461')).join('\n');
    expect(offer).toContain('Ik kan uw vraag doorsturen naar Sociaal team Reggedal-Noord.');
    await dutch.say('ja');
    await dutch.say('Gerrit');
    await dutch.say('06 23456789');
    await dutch.say('ja');
    const summary = await dutch.say('na de middag');
    expect(JSON.stringify(summary.flatMap((reply) => reply.attachments ?? []))).toContain(
      'Dit sturen we naar Sociaal team Reggedal-Noord',
    );

    const english = harness().chat({ user: 'resident-oosterveld' });
    await english.join({ language: 'en-GB' });
    await english.say('I would like to talk to a person');
    await english.say('Since my wife died I cannot get through the days.');
    const offered = texts(await english.say('7466')).join('\n');
    expect(offered).toContain('I can send your question to Sociaal team Reggedal-Zuid.');
    expect(`${offer}\n${offered}`).not.toMatch(/wijkteam Sociaal/);
  });
});
