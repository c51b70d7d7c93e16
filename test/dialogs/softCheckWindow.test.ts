import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts } from './conversationHarness.js';
import { storedJson } from './storedState.js';

/**
 * When a plain "ja" or "nee" answers the soft check (docs/adr/0012-safety-net.md, fourth round;
 * docs/adr/0020-house-layout-and-dependency-rules.md, "Leftovers of the house review"): only on the very
 * next message, and only when the intake's own question is not a yes-or-no question itself. Once
 * the intake moves on, even by a card's button that carries no text, a typed yes or no belongs
 * to the intake's question. The check's own button ("Ja, ik heb nu hulp nodig") works throughout.
 * The messages are the ones test/dialogs/softCheck.test.ts picked from the shipped model's scores.
 */

/** Debts told with a weak sign of despair: a soft check, and the intake asks "Klopt dat?". */
const softDutch = 'ik heb schulden en slaap slecht, het voelt allemaal hopeloos en donker';
/** A weak sign without a topic: a soft check, and the intake asks for the topic from the list. */
const softNoTopic = 'ik voel me de laatste tijd zo donker en leeg vanbinnen';

const crisisLine = '0800-0113';

describe("the soft check's answer window", () => {
  it('a typed "klopt" to the intake\'s own "Klopt dat?" answers the intake, not the check', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const first = await chat.say(softDutch);
    expect(texts(first).at(-1)).toContain('Klopt dat?');
    const reply = joined(await chat.say('klopt'));
    expect(reply).toContain('Voor wie zoekt u hulp?');
    expect(reply).not.toContain(crisisLine);
    expect(await harness.insights.rows({ kind: 'crisis' })).toEqual([]);
    // The check is still open: its own button gives the lines later.
    expect(joined(await chat.say('Ja, ik heb nu hulp nodig'))).toContain(crisisLine);
  });

  it('a typed "ja, dat klopt" answers the intake too', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say(softDutch);
    const reply = joined(await chat.say('ja, dat klopt'));
    expect(reply).toContain('Voor wie zoekt u hulp?');
    expect(reply).not.toContain(crisisLine);
  });

  it('a typed "nee" to "Klopt dat?" is the intake\'s "Iets anders", and leaves the check open', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say(softDutch);
    const reply = texts(await chat.say('nee'));
    expect(reply).not.toContain('Fijn om te horen.');
    expect(reply.join('\n')).toContain('Waar gaat uw vraag vooral over?');
    expect(await storedJson(harness)).toContain('"softCheck"');
  });

  it('a danger answer still answers the check at a yes-or-no question', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say(softDutch);
    expect(joined(await chat.say('ja, ik heb nu hulp nodig'))).toContain(crisisLine);
  });

  it('after the intake moved on by a card without text, a typed "ja" no longer answers the check', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const first = await chat.say(softNoTopic);
    expect(joined(first)).toContain('Waar gaat uw vraag vooral over?');
    // The drop-down card of the topic list posts its value, no text.
    const picked = await chat.say({ type: 'message', value: { choice: 'geld' } });
    expect(joined(picked)).toContain('Voor wie zoekt u hulp?');
    const reply = joined(await chat.say('ja'));
    expect(reply).not.toContain(crisisLine);
    // Not a choice of "Voor wie": the intake asks its question again.
    expect(reply).toContain('Voor wie zoekt u hulp?');
    expect(await harness.insights.rows({ kind: 'crisis' })).toEqual([]);
    expect(joined(await chat.say('Ja, ik heb nu hulp nodig'))).toContain(crisisLine);
  });

  it('still reads a plain "ja" right after it as yes when the intake asked no yes-or-no question', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say(softNoTopic);
    expect(joined(await chat.say('ja'))).toContain(crisisLine);
    expect(await harness.insights.rows({ kind: 'crisis' })).toHaveLength(1);
  });

  it('still reads a plain "nee" right after it as no when the intake asked no yes-or-no question', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say(softNoTopic);
    expect(texts(await chat.say('nee'))[0]).toBe('Fijn om te horen.');
    expect(await storedJson(harness)).not.toContain('softCheck');
  });
});
