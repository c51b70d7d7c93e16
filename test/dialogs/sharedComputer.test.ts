import { describe, expect, it } from 'vitest';
import {
  buttons,
  createHarness,
  joined,
  texts,
  type Chat,
  type Harness,
} from './conversationHarness.js';

/**
 * A browser that was here before may be a library or buurthuis computer: the next visitor is asked
 * "Was u hier eerder met een vraag?" before anything of the earlier conversation is shown, and
 * "Nee" lets go of the earlier resident on this device only (ADR 0010, amendment of 2 December;
 * docs/privacy.md, "Shared computers").
 */

const DAY = 24 * 60 * 60 * 1000;
const WELCOME_BACK =
  'Welkom terug bij de digitale wijkwijzer. Ik ben een computerprogramma, geen mens.';
const CHECK = 'Was u hier eerder met een vraag? Dan gaan we verder waar we gebleven waren.';
const FOLLOW_UP = 'Vorige keer zochten we naar hulp bij: Geld, schulden en administratie.';
const CASE_STATUS = 'Uw vraag ligt sinds';

/** The first resident: a search about debts that did not help, and a question sent to the wijkteam. */
async function earlierResident(harness: Harness): Promise<void> {
  const search = harness.chat({ conversation: 'earlier-search' });
  await search.join();
  for (const said of ['Ik heb schulden', 'ja', 'voor mezelf', '45', 'overslaan', 'overslaan']) {
    await search.say(said);
  }
  await search.say('iets anders zoeken');
  const handover = harness.chat({ conversation: 'earlier-handover' });
  await handover.join();
  await handover.say('Ja, dat was ik');
  await handover.say('ik wil een mens spreken');
  await handover.say('Ik heb schulden en ik weet niet hoe ik moet betalen');
  await handover.say('7544');
  await handover.say('ja');
  await handover.say('Fatima');
  await handover.say('fatima@example.nl');
  await handover.say('ja, versturen');
  harness.clock.advance(2 * DAY);
}

async function nextVisitor(harness: Harness): Promise<{ chat: Chat; opening: string[] }> {
  const chat = harness.chat({ conversation: 'next-visitor' });
  return { chat, opening: texts(await chat.join()) };
}

async function residentMemory(harness: Harness): Promise<unknown> {
  const stored = await harness.storage.read(['webchat/users/resident-1/']);
  return JSON.stringify(stored);
}

describe('a returning browser on a shared computer', () => {
  it('shows nothing of the earlier conversation before the person says it was them', async () => {
    const harness = createHarness();
    await earlierResident(harness);
    const { opening } = await nextVisitor(harness);
    expect(opening).toEqual([WELCOME_BACK, CHECK]);
    const joinedOpening = opening.join('\n');
    expect(joinedOpening).not.toContain('schulden');
    expect(joinedOpening).not.toContain('wijkteam');
  });

  it('"Ja, dat was ik" is one tap to the status and the follow-up (the wijkwijzer rule after it: wijkwijzerRule.test.ts)', async () => {
    const harness = createHarness();
    await earlierResident(harness);
    const { chat } = await nextVisitor(harness);
    const confirmed = await chat.say('Ja, dat was ik');
    expect(joined(confirmed)).toContain(CASE_STATUS);
    expect(joined(confirmed)).toContain(FOLLOW_UP);
  });

  it('"Nee, nieuw beginnen" starts fresh, tells the widget, and leaves the other resident\'s data alone', async () => {
    const harness = createHarness();
    await earlierResident(harness);
    const before = await residentMemory(harness);
    const casesBefore = await harness.cases.list();
    const { chat } = await nextVisitor(harness);
    expect(before).not.toBe('{}');
    const fresh = await chat.say('Nee, nieuw beginnen');
    expect(texts(fresh)).toEqual([
      'Goed. We beginnen een nieuw gesprek. Wat iemand anders hier eerder vroeg, ziet u niet.',
      'Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.',
    ]);
    // The widget drops the key on this device and opens a new conversation with a new one.
    expect(fresh.filter((activity) => activity.type === 'event').map((a) => a.name)).toEqual([
      'wijkwijzer/newResident',
    ]);
    // The same levensgebied is a new question for this person: no "U vroeg hier eerder naar".
    const search = joined(await chat.say('Ik heb ook schulden'));
    expect(search).not.toContain('eerder');
    expect(joined(await chat.say('wat weet je van mij'))).not.toContain('wijkteam Boswinkel');
    // Nothing of the other resident is erased or added to: their memory and cases are as they were.
    expect(await residentMemory(harness)).toEqual(before);
    expect(await harness.cases.list()).toEqual(casesBefore);
  });

  it('"vergeet mij" before the check is answered erases this chat only, not the earlier resident', async () => {
    const harness = createHarness();
    await earlierResident(harness);
    const before = await residentMemory(harness);
    const { chat } = await nextVisitor(harness);
    expect(before).not.toBe('{}');
    await chat.say('vergeet mij');
    const done = texts(await chat.say('ja'));
    expect(done[0]).toBe('Ik heb dit gesprek gewist en alles wat ik over u onthield.');
    expect(done.join('\n')).not.toContain('contactgegevens bij 1 vraag gewist');
    const [kept] = await harness.cases.list();
    expect(kept?.melder.kind).toBe('contact');
    expect(await residentMemory(harness)).toEqual(before);
    // The next message starts afresh, still without acting for the earlier resident.
    const again = texts(await chat.say('hallo'));
    expect(again[0]).toBe(WELCOME_BACK);
    expect(again.join('\n')).not.toContain(FOLLOW_UP);
    expect(joined(await chat.say('wat weet je van mij'))).not.toContain('Geld, schulden');
  });

  it('"wat weet je van mij" before the check shows no earlier visit or case', async () => {
    const harness = createHarness();
    await earlierResident(harness);
    const { chat } = await nextVisitor(harness);
    const known = joined(await chat.say('wat weet je van mij'));
    expect(known).toContain('Over dit gesprek weet ik nog niets.');
    expect(known).toContain('Ik onthoud niets van eerdere gesprekken.');
    expect(known).not.toContain('Geld, schulden');
    expect(known).not.toContain('WW-2026');
  });

  it('a question typed instead of an answer is the question, and nothing earlier is shown', async () => {
    const harness = createHarness();
    await earlierResident(harness);
    const { chat } = await nextVisitor(harness);
    const reply = joined(await chat.say('Ik zoek iemand om mee te wandelen, ik ben veel alleen'));
    expect(reply).toContain('Dank u wel. Ik heb uw vraag gelezen.');
    expect(reply).not.toContain(FOLLOW_UP);
    expect(reply).not.toContain(CASE_STATUS);
  });

  it('asks and starts fresh in English too', async () => {
    const harness = createHarness();
    await earlierResident(harness);
    const back = harness.chat({ conversation: 'back' });
    const opening = await back.join({ language: 'en-GB' });
    expect(texts(opening)).toEqual([
      'Welcome back to the digital wijkwijzer. I am a computer program, not a person.',
      'Were you here before with a question? Then we carry on where we were.',
    ]);
    expect(buttons(opening)).toEqual(['Yes, that was me', 'No, start fresh']);
    expect(texts(await back.say('No, start fresh'))[0]).toBe(
      'All right. We start a new conversation. You will not see what was asked here before; it stays with that person.',
    );
  });

  it('a browser with nothing earlier is not asked', async () => {
    const { opening } = await nextVisitor(createHarness());
    expect(opening.join('\n')).not.toContain(CHECK);
  });
});
