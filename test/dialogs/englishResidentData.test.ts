import { describe, expect, it } from 'vitest';
import { createHarness, joined, type Chat } from './conversationHarness.js';

/**
 * A resident who writes English and has sent a question to the wijkteam asks what is kept, and
 * then to be forgotten. Found by using the bot in English: the part about the question at the
 * wijkteam came in Dutch ("Wij bewaren 1 vraag van u…", "Stand: Nieuw"), and after "forget me"
 * nothing said that the name and contact details at the wijkteam were erased; the closing line
 * named the Dutch button "Snel weg" while the widget showed "Quick exit".
 */
async function englishHandover(): Promise<Chat> {
  const chat = createHarness().chat();
  await chat.join();
  await chat.say('I want to talk to a person');
  await chat.say('I have debts and my rent is too high.');
  await chat.say('7544');
  await chat.say('Yes, you may');
  await chat.say('Sam');
  await chat.say('sam@example.org');
  await chat.say('Yes, send');
  return chat;
}

describe('an English resident with a question at the wijkteam', () => {
  it('reads what is kept about it in English', async () => {
    const chat = await englishHandover();
    const said = joined(await chat.say('what do you know about me'));
    expect(said).toContain('We keep 1 question of yours for the wijkteam. This is in it:');
    expect(said).toContain('Question WW-2026-000001, sent on 2 March 2026');
    expect(said).toContain('- Status: New.');
    expect(said).toContain('- Your contact details: your name, an e-mail address at example.org.');
    for (const dutch of ['Wij bewaren', 'Stand:', 'Uw verhaal', 'toestemming', 'maart', 'jaar']) {
      expect(said).not.toContain(dutch);
    }
  });

  it('reads for whom and the age band in English too', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('I have debts');
    await chat.say('yes');
    await chat.say('for my child');
    await chat.say('15');
    const said = joined(await chat.say('what do you know about me'));
    expect(said).toContain('- for whom: for your child');
    expect(said).toContain('- age 12 to 18');
  });

  it('in Dutch too, the resident is "u": "voor uzelf", not the wijkteam\'s "voor zichzelf"', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say('Ik heb schulden');
    await chat.say('ja');
    await chat.say('voor mezelf');
    const said = joined(await chat.say('wat weet je van mij'));
    expect(said).toContain('- voor wie: voor uzelf');
    expect(said).not.toContain('zichzelf');
  });

  it('hears in English what "forget me" erased at the wijkteam, and the English button name', async () => {
    const chat = await englishHandover();
    await chat.say('forget me');
    const said = joined(await chat.say('Yes, erase everything'));
    expect(said).toContain(
      'We have erased your name and contact details from 1 question. The wijkteam can no longer call or e-mail you about it.',
    );
    expect(said).toContain('"Quick exit"');
    expect(said).not.toContain('Snel weg');
  });
});
