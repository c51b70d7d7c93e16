import { describe, expect, it } from 'vitest';
import { createHarness, joined } from './conversationHarness.js';

/**
 * A resident's first message asks about the data or about the bot, in their own words. Found by
 * using the bot: both were taken for a question for the sociale kaart and got a levensgebied.
 */
describe('asking about the data or the bot as a first message', () => {
  it('"wat doen jullie met mijn gegevens?" gets the privacy text, then the opening question', async () => {
    const chat = createHarness().chat();
    await chat.join();
    const said = joined(await chat.say('wat doen jullie met mijn gegevens?'));
    expect(said).toContain('Dit bewaar ik:');
    expect(said).not.toContain('Ik denk dat uw vraag');
    expect(said).toContain('Waar kan ik u mee helpen?');
  });

  it('"ben jij een mens?" hears that it is a computer program and how to reach a person', async () => {
    const chat = createHarness().chat();
    await chat.join();
    const said = joined(await chat.say('ben jij een mens?'));
    expect(said).toContain('Ik ben een computerprogramma.');
    expect(said).toContain('"ik wil een mens spreken"');
    expect(said).not.toContain('Ik denk dat uw vraag');
  });
});
