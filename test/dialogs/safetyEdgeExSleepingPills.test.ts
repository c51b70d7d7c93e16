import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts } from './conversationHarness.js';

/**
 * The twenty-sixth round (docs/adr/0012-safety-net.md) as transcripts on the real bot, the real
 * dialogs, the shipped concern model and the shipped frame reader: someone on a bridge gets 112
 * and 113 at once in Dutch as in English; an ex at the door gets Veilig Thuis; sleeping pills
 * taken get 112 and 113; an English "slap" beside a baby, or "brand", is no alarm. English
 * messages are answered in English. Phrasings written for these tests, not in the round's
 * measured set.
 */
const asks = 'Ik wil even zeker weten dat het goed met u gaat.';
const emergency = 'Dit klinkt als een noodgeval.';

describe('the safety check, twenty-sixth round: four classes made precise', () => {
  it('answers a Dutch writer on a bridge with 112 and 113 at once, with no question first', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const said = joined(await chat.say('ik sta nu op het viaduct'));
    expect(said).toContain(emergency);
    expect(said).not.toContain(asks);
    expect(said).toContain('(tel:112)');
    expect(said).toContain('(tel:08000113)');
    // One crisis counted per kind (kind and day only): danger and suicide.
    const rows = await harness.insights.rows({ kind: 'crisis' });
    expect(rows.map((row) => row.dimensions.crisisKind).sort()).toEqual(['danger', 'suicide']);
  });

  it('answers an English ex at the door with Veilig Thuis, in English', async () => {
    const chat = createHarness().chat();
    const said = joined(await chat.say('my ex is outside the front door shouting again'));
    expect(said).toContain('Veilig Thuis (Safe at Home) helps');
    expect(said).toContain('(tel:08002000)');
    expect(said).not.toContain('Bel');
  });

  it('answers English sleeping pills taken with 112 and 113, in English', async () => {
    const chat = createHarness().chat();
    const said = joined(await chat.say('i just took a handful of sleeping pills'));
    expect(said).toContain('This sounds like an emergency.');
    expect(said).toContain('(tel:112)');
    expect(said).toContain('[Call 113 free: 0800-0113](tel:08000113)');
    expect(said).not.toContain('Bel');
  });

  it('goes on with the intake for an English "slap" beside a baby and an English "brand"', async () => {
    for (const message of [
      'is a slap bracelet safe for a baby of one',
      'what brand of baby car seat can I get help paying for',
    ]) {
      const harness = createHarness();
      const chat = harness.chat();
      await chat.join();
      const reply = texts(await chat.say(message));
      const said = reply.join('\n');
      expect(said, message).not.toContain('This sounds like an emergency.');
      expect(said, message).not.toContain('Thank you for telling me.');
      expect(await harness.insights.rows({ kind: 'crisis' }), message).toEqual([]);
    }
  });
});
