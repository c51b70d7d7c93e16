import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts } from './conversationHarness.js';

/**
 * Very short messages (docs/adr/0012-safety-net.md, twenty-fifth round) as transcripts on the real
 * bot, the real dialogs, the shipped concern model and the shipped frame reader: a short alarm that
 * the model cannot read (one to five words) gets the lines at once from a rule, 112 first; a short
 * ordinary message with a crisis word in it goes on with the intake, with no question about safety.
 * Phrasings written for these tests, in no corpus round and not in the round's measured set.
 */
const asks = 'Ik wil even zeker weten dat het goed met u gaat.';
const alarm = 'Dank u dat u dit vertelt.';
/** A crisis reply with 112 only opens so (src/i18n/nl/safety.ts). */
const emergency = 'Dit klinkt als een noodgeval.';

describe('the safety check, twenty-fifth round: very short messages', () => {
  it('answers a three-word fire with 112 first at once, mid-intake, and ends the intake', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik zoek hulp bij mijn administratie');
    const reply = texts(await chat.say('help, garage brandt!'));
    const said = reply.join('\n');
    expect(reply[0]).toContain(emergency);
    expect(said).not.toContain(asks);
    expect(said).toContain('[Bel 112](tel:112)');
    expect(said.indexOf('(tel:112)')).toBeLessThan(
      said.includes('(tel:0800') ? said.indexOf('(tel:0800') : Number.MAX_SAFE_INTEGER,
    );
    expect(await harness.insights.rows({ kind: 'crisis' })).toHaveLength(1);
    // The intake is over: the next message is a new question.
    const next = texts(await chat.say('ik heb een vraag over de huur'));
    expect(next[0]).toBe('Dank u wel. Ik heb uw vraag gelezen.');
  });

  it('answers a short call for the police in English with 112, in English', async () => {
    const chat = createHarness().chat();
    const said = joined(await chat.say('please send the police'));
    expect(said).toContain('This sounds like an emergency.');
    expect(said).toContain('(tel:112)');
    expect(said).not.toContain('Bel');
  });

  it('goes on with the intake for a short ordinary message with a crisis word in it', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const reply = texts(await chat.say('brandblusser kopen'));
    const said = reply.join('\n');
    expect(said).not.toContain(alarm);
    expect(said).not.toContain(emergency);
    expect(said).not.toContain(asks);
    expect(reply[0]).toBe('Dank u wel. Ik heb uw vraag gelezen.');
    expect(await harness.insights.rows({ kind: 'crisis' })).toEqual([]);
  });
});
