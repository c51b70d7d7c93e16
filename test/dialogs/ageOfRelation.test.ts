import { describe, expect, it } from 'vitest';
import { createHarness, joined } from './conversationHarness.js';

/**
 * "Voor wie?" answered with "mijn moeder" was followed by "Hoe oud is degene voor wie u zoekt?":
 * the bot asks about the person the resident named (docs/adr/0014), the neutral text stays the
 * fallback for "iemand anders".
 */
async function askedAge(answerForWhom: string, english = false): Promise<string> {
  const chat = createHarness().chat();
  await chat.join();
  await chat.say(english ? 'I feel lonely and want to meet people' : 'Iemand is erg eenzaam');
  await chat.say(english ? 'yes' : 'ja');
  return joined(await chat.say(answerForWhom));
}

describe('the age question names the person the question is for', () => {
  for (const [answer, asked] of [
    ['mijn moeder', 'Hoe oud is uw moeder?'],
    ['voor mijn vader', 'Hoe oud is uw vader?'],
    ['de buurvrouw', 'Hoe oud is uw buurvrouw?'],
    ['mijn zoon', 'Hoe oud is uw zoon?'],
    ['oma', 'Hoe oud is uw oma?'],
    ['mijn partner', 'Hoe oud is uw partner?'],
  ] as const) {
    it(`"${answer}" → "${asked}"`, async () => {
      expect(await askedAge(answer)).toContain(`${asked} Typ de leeftijd of kies een knop.`);
    });
  }

  it('in English too', async () => {
    expect(await askedAge('my mother', true)).toContain(
      'How old is your mother? Type the age or choose a button.',
    );
  });

  it('a relation named in the first message is asked about by name', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('Mijn buurman is erg eenzaam');
    expect(joined(await chat.say('ja'))).toContain('Hoe oud is uw buurman?');
  });

  it('keeps the neutral question for "iemand anders"', async () => {
    expect(await askedAge('Voor iemand anders')).toContain(
      'Hoe oud is degene voor wie u zoekt? Typ de leeftijd of kies een knop.',
    );
  });
});
