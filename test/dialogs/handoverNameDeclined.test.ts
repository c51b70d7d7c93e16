import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts, type Chat, type Harness } from './conversationHarness.js';
import { storedJson } from './storedState.js';

/**
 * A resident who will not give a name at the warm handover ("maakt niet uit") answers the name
 * question; that is no sign of danger. Found by playing: the concern model read "maakt niet uit"
 * alone as resignation and showed the soft check, and "het maakt niet uit" even a firm one; the
 * next message, a "Ja, versturen" meant for the handover, then answered that check with a crisis
 * reply. A listed way to pass on the open question is now read by the rules only, as a tapped
 * button is (docs/adr/0012-safety-net.md, session 20).
 */

const DUTCH_WISH = 'Ik zou graag iemand van het wijkteam willen spreken';
const ENGLISH_WISH = 'I would like to talk to someone from the wijkteam';

const DUTCH_STORIES = {
  loneliness: 'Sinds mijn man er niet meer is, zit ik de hele dag alleen in huis',
  money: 'Ik krijg steeds aanmaningen van de energie en ik kom niet rond',
  neighbour: 'De buren boven mij stampen elke avond tot laat en ik word er moe van',
};
const ENGLISH_STORIES = {
  loneliness: 'Since my husband passed away I spend every day on my own at home',
  money: 'I keep getting reminders about the energy bill and I cannot make ends meet',
  neighbour: 'The people upstairs stomp around every evening until late and it wears me out',
};

const DUTCH_NAME_QUESTION = 'Hoe mag het wijkteam u noemen? Uw voornaam of roepnaam is genoeg.';
const ENGLISH_NAME_QUESTION =
  'What may the wijkteam call you? Your first name or nickname is enough.';

/** The words of a check or of a crisis reply, in either language. */
const CHECK_OR_CRISIS = [
  'Ik wil even zeker weten dat het goed met u gaat.',
  'I want to make sure you are all right.',
  'Dit klinkt als een noodgeval.',
  'Dank u dat u dit vertelt.',
  '0800-0113',
];

function expectNoCheckOrCrisis(said: string): void {
  for (const words of CHECK_OR_CRISIS) expect(said).not.toContain(words);
}

/** No check is open and no crisis was counted. */
async function expectNothingOpen(harness: Harness): Promise<void> {
  const stored = await storedJson(harness);
  expect(stored).not.toContain('"softCheck"');
  expect(stored).toMatch(/"pendingCheck":0/);
  expect(await harness.insights.rows({ kind: 'crisis' })).toEqual([]);
}

/** From the wish for a person to the name question. */
async function toNameQuestion(chat: Chat, wish: string, story: string): Promise<string> {
  await chat.join();
  await chat.say(wish);
  await chat.say(story);
  await chat.say('7544');
  return joined(await chat.say(wish === DUTCH_WISH ? 'ja hoor' : 'yes that is fine'));
}

describe('declining to give a name at the handover', () => {
  for (const [about, story] of Object.entries(DUTCH_STORIES)) {
    for (const declined of [
      'maakt niet uit',
      'Het maakt niet uit.',
      'maakt mij niet uit',
      'wil ik niet zeggen',
      'Dat zeg ik niet.',
    ]) {
      it(`Dutch, a story about ${about}: "${declined}" gets no check, and the handover is sent`, async () => {
        const harness = createHarness();
        const chat = harness.chat();
        expect(await toNameQuestion(chat, DUTCH_WISH, story)).toContain(DUTCH_NAME_QUESTION);

        const asked = texts(await chat.say(declined));
        expectNoCheckOrCrisis(asked.join('\n'));
        // The wijkteam needs something to call the resident by: the question is asked once more.
        expect(asked.at(-1)).toBe(DUTCH_NAME_QUESTION);
        await expectNothingOpen(harness);

        await chat.say('Noor');
        await chat.say('06 98765432');
        await chat.say('ja');
        const summary = joined(await chat.say('liefst na de lunch'));
        expectNoCheckOrCrisis(summary);
        expect(summary).toContain('Klopt dit?');

        const sent = joined(await chat.say('Ja, versturen'));
        expect(sent).toContain('Uw vraag is verstuurd naar wijkteam Boswinkel-Boekelo.');
        expectNoCheckOrCrisis(sent);
        await expectNothingOpen(harness);
        const [stored] = await harness.cases.list();
        expect(stored?.melder).toMatchObject({ name: 'Noor' });
      });
    }
  }

  for (const [about, story] of Object.entries(ENGLISH_STORIES)) {
    for (const declined of [
      "doesn't matter",
      "I'd rather not say",
      'it does not matter',
      "I don't want to say",
    ]) {
      it(`English, a story about ${about}: "${declined}" gets no check, and the handover is sent`, async () => {
        const harness = createHarness();
        const chat = harness.chat();
        expect(await toNameQuestion(chat, ENGLISH_WISH, story)).toContain(ENGLISH_NAME_QUESTION);

        const asked = texts(await chat.say(declined));
        expectNoCheckOrCrisis(asked.join('\n'));
        // Not taken as the name itself either: the question is asked once more.
        expect(asked.at(-1)).toBe(ENGLISH_NAME_QUESTION);
        await expectNothingOpen(harness);

        await chat.say('Sam');
        await chat.say('06 98765432');
        await chat.say('yes');
        expectNoCheckOrCrisis(joined(await chat.say('after lunch please')));

        const sent = joined(await chat.say('yes, send'));
        expect(sent).toContain('Your question has been sent to wijkteam');
        expectNoCheckOrCrisis(sent);
        await expectNothingOpen(harness);
      });
    }
  }

  it('a "Ja, versturen" typed right after declining gets no crisis reply', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toNameQuestion(chat, DUTCH_WISH, DUTCH_STORIES.neighbour);
    await chat.say('maakt niet uit');
    expectNoCheckOrCrisis(joined(await chat.say('Ja, versturen')));
    await expectNothingOpen(harness);
  });

  it('a "yes, send" typed right after declining in English gets no crisis reply', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toNameQuestion(chat, ENGLISH_WISH, ENGLISH_STORIES.money);
    await chat.say("doesn't matter");
    expectNoCheckOrCrisis(joined(await chat.say('yes, send')));
    await expectNothingOpen(harness);
  });
});

describe('at the name question the safety net still reads the resident', () => {
  it('a wish to die typed instead of a name gets the crisis reply', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toNameQuestion(chat, DUTCH_WISH, DUTCH_STORIES.money);
    expect(joined(await chat.say('ik wil er niet meer zijn, ik wil dood'))).toContain('0800-0113');
  });

  it('a sentence that only contains the words of a pass is still read by the model', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await toNameQuestion(chat, DUTCH_WISH, DUTCH_STORIES.loneliness);
    // No rule reads this sentence; the concern model does, and asks.
    const said = joined(await chat.say('maakt niet uit, alles is toch zinloos geworden'));
    expect(said).toContain('Ik wil even zeker weten dat het goed met u gaat.');
    expect(said).toContain('0800-0113');
  });
});
