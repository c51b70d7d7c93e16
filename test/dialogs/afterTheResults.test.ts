import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts, type Chat } from './conversationHarness.js';

/**
 * What the bot says after the results, found by using it as a resident: "nee" to "Helpt dit u
 * verder?" was answered with "Ik heb geen hulp gevonden", though three results were just shown;
 * "dank je wel" at the score question got "Dat begreep ik niet".
 */
async function toResults(): Promise<Chat> {
  const chat = createHarness().chat();
  await chat.join();
  for (const reply of ['Ik heb schulden', 'ja', 'voor mezelf', '45', '7544', 'nog niets']) {
    await chat.say(reply);
  }
  return chat;
}

describe('after the results', () => {
  it('"nee" hears that it is a pity this does not help, then the wijkteam is offered', async () => {
    const chat = await toResults();
    const said = texts(await chat.say('nee'));
    expect(said[0]).toBe('Jammer dat dit niet helpt.');
    expect(said.join('\n')).not.toContain('Ik heb geen hulp gevonden');
    expect(said.join('\n')).toContain('Zal ik uw vraag doorsturen?');
  });

  for (const thanks of ['dank je wel', 'bedankt', 'Dank u']) {
    it(`"${thanks}" at the score question is a polite "Liever niet", not a mistake`, async () => {
      const chat = await toResults();
      await chat.say('ja');
      const said = joined(await chat.say(thanks));
      expect(said).not.toContain('Dat begreep ik niet');
      expect(said).not.toContain('Dank u wel voor uw cijfer.');
    });
  }
});
