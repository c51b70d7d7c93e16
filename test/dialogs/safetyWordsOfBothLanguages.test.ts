import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts } from './conversationHarness.js';

/**
 * The twenty-seventh round (docs/adr/0012-safety-net.md) as transcripts on the real bot, the real
 * dialogs, the shipped concern model and the shipped frame reader: an English "mess" is no knife
 * and an English "kind" no child, while a Dutch knife gets 112 at once and a Dutch child hit at
 * home gets Veilig Thuis. English messages are answered in English. Phrasings written for these
 * tests, not in the round's measured set.
 */
const emergency = 'Dit klinkt als een noodgeval.';

describe('the safety check, twenty-seventh round: words of both languages', () => {
  it('answers a Dutch knife at the door with 112 at once', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const said = joined(await chat.say('er staat een jongen met een mes bij onze voordeur'));
    expect(said).toContain(emergency);
    expect(said).toContain('(tel:112)');
    const rows = await harness.insights.rows({ kind: 'crisis' });
    expect(rows.map((row) => row.dimensions.crisisKind)).toContain('danger');
  });

  it('answers a Dutch child hit at home with Veilig Thuis', async () => {
    const chat = createHarness().chat();
    const said = joined(await chat.say('mijn stiefvader slaat ons kind met zijn riem'));
    expect(said).toContain('(tel:08002000)');
  });

  it('gives an English "mess" and an English "kind" no crisis reply, in English', async () => {
    for (const message of [
      'my flat is such a mess, my partner pulled a mess of cables out',
      'im not the kind who hits back, what can i do about the noise',
    ]) {
      const harness = createHarness();
      const chat = harness.chat();
      await chat.join();
      const said = texts(await chat.say(message)).join('\n');
      expect(said, message).not.toContain('This sounds like an emergency.');
      expect(said, message).not.toContain('Thank you for telling me.');
      expect(said, message).not.toContain(emergency);
      expect(said, message).not.toContain('Bel');
      // The intake goes on, or the concern model asks (it reads "mes" in "mess" too), in English.
      expect(said, message).toMatch(
        /^(?:Thank you\. I have read your question\.|I want to make sure you are all right\.)/,
      );
      expect(await harness.insights.rows({ kind: 'crisis' }), message).toEqual([]);
    }
  });
});
