import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { joined, type Chat } from './conversationHarness.js';
import { useRealKnowledge } from './useRealKnowledge.js';

/**
 * "Ik denk dat uw vraag gaat over: Geld … Klopt dat?" answered with more of the story instead of
 * "ja". The "niet" in "rekning niet betal" was read as no, and a resident with low literacy got the
 * list of eighteen levensgebieden. Found by using the bot as that resident, on the real kaart.
 */
describe('answering "Klopt dat?" with more of the story', () => {
  const harness = useRealKnowledge(new ManualClock('2026-03-02T09:00:00Z'));

  async function confirmQuestion(first: string): Promise<Chat> {
    const chat = harness().chat();
    await chat.join();
    const offer = joined(await chat.say(first));
    expect(offer).toContain('Ik denk dat uw vraag gaat over: Geld, schulden en administratie.');
    return chat;
  }

  it('a story about the same levensgebied counts as yes', async () => {
    const chat = await confirmQuestion('ik heb geld problem');
    const next = joined(await chat.say('rekning niet betal'));
    expect(next).toContain('Goed. Ik zoek hulp bij: Geld, schulden en administratie.');
    expect(next).toContain('Voor wie zoekt u hulp?');
    expect(next).not.toContain('Waar gaat uw vraag vooral over?');
  });

  it('a story about something else is no yes: the bot asks again', async () => {
    const chat = await confirmQuestion('ik heb geld problem');
    const next = joined(await chat.say('ik wil graag hulp bij het zoeken van een woning'));
    expect(next).not.toContain('Ik zoek hulp bij: Geld');
    expect(next).not.toContain('Voor wie zoekt u hulp?');
  });

  it('a plain yes still works', async () => {
    const chat = await confirmQuestion('ik heb geld problem');
    expect(joined(await chat.say('ja'))).toContain(
      'Goed. Ik zoek hulp bij: Geld, schulden en administratie.',
    );
  });
});
