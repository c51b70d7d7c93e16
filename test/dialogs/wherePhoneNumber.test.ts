import { describe, expect, it } from 'vitest';
import { createHarness, texts } from './conversationHarness.js';

/**
 * A resident who types the phone number where the postcode is asked (they expect to be called).
 * Found by using the handover as a resident: the bot answered "Die postcode of wijk ken ik niet",
 * which does not tell what a postcode is; "+31 6 1234 5678" was even read as postcode 1234, outside
 * Enschede, and the question went to the fallback wijkteam.
 */
describe('a phone number at the postcode question', () => {
  it('says it looks like a phone number and what a postcode looks like', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('ik wil een mens spreken');
    await chat.say('Ik heb schulden en de huur is te hoog.');
    const reply = texts(await chat.say('06 12345678'));
    expect(reply[0]).toBe(
      'Dat lijkt een telefoonnummer. Typ de 4 cijfers van uw postcode, bijvoorbeeld 7544. Of kies "Overslaan".',
    );
    expect(reply.join('\n')).not.toContain('12345678');
  });

  it('in English too', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('I want to talk to a person');
    await chat.say('I have debts and my rent is too high.');
    const reply = texts(await chat.say('+31 6 1234 5678'));
    expect(reply[0]).toBe(
      'That looks like a phone number. Type the 4 digits of your postcode, for example 7544. Or choose "Skip".',
    );
  });

  it('never reads a postcode out of a phone number', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('ik wil een mens spreken');
    await chat.say('Ik heb schulden en de huur is te hoog.');
    const reply = texts(await chat.say('+31 6 1234 5678')).join('\n');
    expect(reply).not.toContain('1234');
    expect(reply).toContain('Dat lijkt een telefoonnummer.');
  });
});
