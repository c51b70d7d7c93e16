import { describe, expect, it } from 'vitest';
import { createHarness, texts } from './conversationHarness.js';

/**
 * The welcome in the browser's language (docs/adr/0010-conversation-design.md, "English"): the
 * widget's join event says what the browser is set to. A new resident with an English browser is
 * welcomed in English; a resident who was here before starts in the language they used last.
 */
const englishWelcome =
  'Hello! I am the digital wijkwijzer (neighbourhood guide) of the municipality. I am a computer program, not a person.';
const dutchWelcome =
  'Hallo! Ik ben de digitale wijkwijzer van de gemeente. Ik ben een computerprogramma, geen mens.';

describe("the welcome in the browser's language", () => {
  it('is English for an English browser, and the resident can switch to Dutch', async () => {
    const chat = createHarness().chat();
    const welcome = texts(await chat.join({ language: 'en-GB' }));
    expect(welcome[0]).toBe(englishWelcome);
    expect(welcome.at(-1)).toBe('How can I help you? Please write it in your own words.');
    expect(texts(await chat.say('Nederlands graag'))[0]).toBe(
      'Goed. Ik schrijf vanaf nu in het Nederlands.',
    );
  });

  it('is Dutch for a Dutch browser, for another language, and for a join that says nothing usable', async () => {
    for (const value of [
      { language: 'nl-NL' },
      { language: 'de-DE' },
      undefined,
      { language: 7 },
    ]) {
      const chat = createHarness().chat();
      expect(texts(await chat.join(value))[0]).toBe(dutchWelcome);
    }
  });

  it('a resident who wrote English before is welcomed in English, whatever the browser', async () => {
    const harness = createHarness();
    const first = harness.chat({ conversation: 'first' });
    await first.join({ language: 'nl-NL' });
    await first.say('I feel lonely and I do not know anyone here');
    const again = harness.chat({ conversation: 'again' });
    expect(texts(await again.join({ language: 'nl-NL' }))[0]).toBe(englishWelcome);
  });

  it('a resident who chose Dutch before is welcomed in Dutch, whatever the browser', async () => {
    const harness = createHarness();
    const first = harness.chat({ conversation: 'first' });
    await first.join({ language: 'en-GB' });
    await first.say('Nederlands graag');
    const again = harness.chat({ conversation: 'again' });
    expect(texts(await again.join({ language: 'en-GB' }))[0]).toBe(dutchWelcome);
  });

  it('a resident who never chose follows the browser each time', async () => {
    const harness = createHarness();
    const first = harness.chat({ conversation: 'first' });
    expect(texts(await first.join({ language: 'en-GB' }))[0]).toBe(englishWelcome);
    const again = harness.chat({ conversation: 'again' });
    expect(texts(await again.join({ language: 'nl-NL' }))[0]).toBe(dutchWelcome);
  });
});
