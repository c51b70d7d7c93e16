import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { KnowledgePort } from '../../dialogs/ports.js';
import { fakeKnowledge } from './fakeKnowledge.js';
import { createHarness, joined } from './conversationHarness.js';

/** The lonely resident's results: the Huiskamer van de Buurt has no contact of its own. */
async function resultCards(knowledge: KnowledgePort): Promise<string> {
  const chat = createHarness({ knowledge }).chat();
  await chat.join();
  await chat.say('Sinds de verhuizing zie ik bijna niemand meer en voel me eenzaam');
  await chat.say('ja');
  await chat.say('voor mezelf');
  await chat.say('68');
  await chat.say('overslaan');
  const results: Partial<Activity>[] = await chat.say('overslaan');
  expect(joined(results)).toContain('[card: Huiskamer van de Buurt]');
  return JSON.stringify(results.flatMap((reply) => reply.attachments ?? []));
}

/**
 * A card without a contact of its own shows the number that reaches the wijkteam, in words that
 * fit whose line it is: the wijkteam's own number (gebieden.yaml `wijkteamtelefoon`) is called
 * as the wijkteam's; only under the gemeente's general number is the resident told to ask there
 * for the wijkteam.
 */
describe('the number on a card without a contact of its own', () => {
  it('under the wijkteam’s own number, says to call the wijkteam', async () => {
    const cards = await resultCards(fakeKnowledge());
    expect(cards).toContain('[14 053](tel:14053)');
    expect(cards).toContain(
      'Bel het wijkteam. Zeg dat u meer wilt weten over: Huiskamer van de Buurt.',
    );
    expect(cards).not.toContain('Bel de gemeente');
  });

  it('under the gemeente’s general number, says to ask there for the wijkteam', async () => {
    const knowledge: KnowledgePort = {
      ...fakeKnowledge(),
      wijkteamPhone: () => ({ number: '14 0599', owner: 'gemeente' }),
    };
    const cards = await resultCards(knowledge);
    expect(cards).toContain('[14 0599](tel:140599)');
    expect(cards).toContain(
      'Bel de gemeente en vraag naar het wijkteam. Zeg dat u meer wilt weten over: Huiskamer van de Buurt.',
    );
    expect(cards).not.toContain('Bel het wijkteam.');
  });
});
