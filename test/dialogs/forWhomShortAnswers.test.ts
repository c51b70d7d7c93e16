import { describe, expect, it } from 'vitest';
import { createHarness, joined } from './conversationHarness.js';

/**
 * "Voor wie zoekt u hulp?" asks who a capitalised word is ("Wie is Jeroen voor u?"), because a
 * resident may type a name. A phone starts every message with a capital, so a plain "Ja" or "Nee"
 * looked like a name too, and the bot asked "Wie is Ja voor u?".
 */
describe('short answers with a capital at "Voor wie zoekt u hulp?"', () => {
  // The first seven were a list of their own; the rest are everyday words the project's
  // vocabularies know (the lexicon, the stop words, the ways to say yes, no or skip).
  for (const answer of [
    'Ja',
    'Nee',
    'Oké',
    'Ja.',
    'Hallo',
    'Geen',
    'Yes',
    'Misschien',
    'Graag',
    'Alles',
    'Schulden',
    'Vandaag',
    'Eigenlijk',
    'Please',
  ]) {
    it(`"${answer}" is not taken for a name`, async () => {
      const chat = createHarness().chat();
      await chat.join();
      await chat.say('ik heb schulden');
      const asked = joined(await chat.say('ja'));
      expect(asked).toContain('Voor wie zoekt u hulp?');
      const reply = joined(await chat.say(answer));
      expect(reply).not.toMatch(/Wie is \S+ voor u\?|Who is \S+ to you\?/);
      // The question stays open, with its buttons, and the next answer is heard.
      expect(joined(await chat.say('voor mezelf'))).toContain('Hoe oud bent u?');
    });
  }

  // Names that are words too ("roos", "bas", "kim") are no everyday words of the vocabularies.
  for (const name of ['Jan', 'Roos', 'Bas', 'Daan', 'Hans', 'Kim', 'Fatma', 'voor Sanne']) {
    it(`a name is still asked about: "${name}"`, async () => {
      const chat = createHarness().chat();
      await chat.join();
      await chat.say('ik heb schulden');
      await chat.say('ja');
      const bare = name.replace(/^voor /, '');
      expect(joined(await chat.say(name))).toContain(`Wie is ${bare} voor u?`);
    });
  }
});
