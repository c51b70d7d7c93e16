import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts } from './conversationHarness.js';

/**
 * The twenty-eighth round (docs/adr/0012-safety-net.md) as transcripts on the real bot, the real
 * dialogs, the shipped concern model and the shipped frame reader: English denials, a blow from a
 * car, a weapon waved in the street and "die" typed for "dye". English messages are answered in
 * English. Phrasings written for these tests, not in the round's measured set.
 */
const emergency = 'This sounds like an emergency.';

describe('the safety check, twenty-eighth round: English rules on English words', () => {
  it('answers a knife waved in the street with 112 at once, in English', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const said = joined(await chat.say('a man is waving a knife at people outside the bakery'));
    expect(said).toContain(emergency);
    expect(said).toContain('(tel:112)');
    expect(said).not.toContain('Bel');
    const rows = await harness.insights.rows({ kind: 'crisis' });
    expect(rows.map((row) => row.dimensions.crisisKind)).toContain('danger');
  });

  it('answers a child hit by a car now with 112 and not with Veilig Thuis', async () => {
    const chat = createHarness().chat();
    const said = joined(await chat.say('my daughter was just hit by a van and she is not moving'));
    expect(said).toContain(emergency);
    expect(said).toContain('(tel:112)');
    expect(said).not.toContain('(tel:08002000)');
  });

  it('still answers English violence at home with Veilig Thuis, in English', async () => {
    const chat = createHarness().chat();
    const said = joined(await chat.say('my stepdad never hits me where the teachers can see'));
    expect(said).toContain('(tel:08002000)');
    expect(said).not.toContain('Bel');
  });

  it('gives a denial, an accident that is over and dyed hair no crisis reply, in English', async () => {
    for (const message of [
      'my partner never hits the children, but we disagree about bedtimes',
      'my son was hit by a bike last week and is fine now, can he still go to swimming',
      'i want to die my hair purple, is there a cheap hairdresser nearby',
    ]) {
      const harness = createHarness();
      const chat = harness.chat();
      await chat.join();
      const said = texts(await chat.say(message)).join('\n');
      expect(said, message).not.toContain(emergency);
      expect(said, message).not.toContain('Thank you for telling me.');
      expect(said, message).not.toContain('Dit klinkt als een noodgeval.');
      expect(said, message).not.toContain('Bel');
      // The intake goes on, or the concern model asks, in English.
      expect(said, message).toMatch(
        /^(?:Thank you\. I have read your question\.|I want to make sure you are all right\.)/,
      );
      expect(await harness.insights.rows({ kind: 'crisis' }), message).toEqual([]);
    }
  });
});
