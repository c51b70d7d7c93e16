import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { ManualClock } from '../support/manualClock.js';
import { createHarness, texts } from './conversationHarness.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * The "where" question on the knowledge of another gemeente (test/fixtures/kaart-lindewaard): its
 * wijken lie in stadsdelen Enschede does not have. A resident who names their wijk or types its
 * postcode keeps that wijk, and the handover goes to the wijkteam that kaart's gebieden.yaml names.
 * The replies were written for this test.
 */
describe('the where question on another gemeente’s knowledge', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(
    clock,
    path.join(findProjectRoot(), 'test/fixtures/kaart-lindewaard'),
  );
  // Its own case repository per test, so `list()` holds this test's case only.
  const chatOn = () =>
    createHarness({ knowledge: real().services.knowledge, routing: real().routing, clock });

  it('keeps a wijk named in Dutch and hands over to its wijkteam', async () => {
    const harness = chatOn();
    const chat = harness.chat({ user: 'resident-bolwerk' });
    await chat.join();
    await chat.say('ik wil graag met iemand praten');
    await chat.say('Sinds mijn vrouw overleed kom ik de dagen niet meer door.');
    const reply = texts(await chat.say('ik woon in het Bolwerk')).join('\n');
    expect(reply).not.toContain('ken ik niet');
    expect(reply).toContain('Dat is de wijk Bolwerk.');
    expect(reply).toContain('Ik kan uw vraag doorsturen naar wijkteam Lindewaard.');
    await chat.say('ja');
    await chat.say('Gerrit');
    await chat.say('06 23456789');
    await chat.say('ja');
    await chat.say('na de middag');
    expect(texts(await chat.say('ja, versturen')).join('\n')).toContain('wijkteam Lindewaard');
    const [stored] = await harness.cases.list();
    expect(stored?.wijkteam).toBe('lindewaard-stad');
    expect(stored?.story.wijk).toBe('Bolwerk');
    expect(stored?.story.stadsdeel).toBe('lindewaard');
  });

  it('sends Zwiepdijk, by its postcode, to its own wijkteam', async () => {
    const harness = chatOn();
    const chat = harness.chat({ user: 'resident-zwiepdijk' });
    await chat.join();
    await chat.say('kan ik iemand van het wijkteam spreken');
    await chat.say('Ik red het niet meer met de administratie sinds ik alleen ben.');
    const reply = texts(await chat.say('7687')).join('\n');
    expect(reply).toContain('Dat is de wijk Zwiepdijk.');
    expect(reply).toContain('wijkteam Zwiepdijk en buitengebied');
  });

  it('says a name it does not know in the gemeente’s own words, not Enschede’s', async () => {
    const chat = chatOn().chat({ user: 'resident-unknown' });
    await chat.join();
    await chat.say('ik wil graag met iemand praten');
    await chat.say('Sinds mijn vrouw overleed kom ik de dagen niet meer door.');
    const reply = texts(await chat.say('Oosterhaven')).join('\n');
    expect(reply).toContain('"Oosterhaven" ken ik niet als wijk of postcode in deze gemeente.');
    expect(reply).not.toContain('Enschede');
  });

  it('keeps a wijk given as a postcode, in English', async () => {
    const harness = chatOn();
    const chat = harness.chat({ user: 'resident-7681' });
    await chat.join({ language: 'en-GB' });
    await chat.say('I would like to talk to a person');
    await chat.say('Since my wife died I cannot get through the days.');
    const reply = texts(await chat.say('7681')).join('\n');
    expect(reply).not.toContain('do not know');
    expect(reply).toContain('That is the neighbourhood Bolwerk.');
    expect(reply).toContain('I can send your question to wijkteam Lindewaard.');
  });
});
