import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationServices } from '../../dialogs/ports.js';
import type { RoutingTable } from '../../src/cases/routing.js';
import type { KnowledgeService } from '../../src/knowledge/knowledgeService.js';
import type { SearchIndex } from '../../src/search/searchIndex.js';
import { ManualClock } from '../support/manualClock.js';
import { startRealKnowledge } from './realKnowledgeServices.js';
import { createHarness, joined } from './conversationHarness.js';

/**
 * On the real sociale kaart: grief is a need of its own (gezondheid.rouw), and a teenager's own
 * age does not make the question a parent's one (docs/adr/0013, eleventh amendment). Phrasings
 * written for this test.
 */
describe('grief and a teenager asking for themselves, in the conversation', () => {
  let knowledge: KnowledgeService<SearchIndex>;
  let routing: RoutingTable;
  let services: ConversationServices;
  const clock = new ManualClock('2026-03-02T09:00:00Z');

  beforeAll(async () => {
    ({ knowledge, routing, services } = await startRealKnowledge(clock));
  }, 30_000);

  afterAll(async () => {
    await knowledge.stop();
  });

  async function firstReply(message: string): Promise<string> {
    const harness = createHarness({
      knowledge: services.knowledge,
      routing,
      cases: services.cases,
      clock,
    });
    const chat = harness.chat();
    await chat.join();
    return joined(await chat.say(message));
  }

  it('offers health for a loss', async () => {
    const reply = await firstReply(
      'Mijn vrouw is in maart gestorven en ik kan het verdriet niet aan',
    );
    expect(reply).toContain('1. Gezondheid en hoe u zich voelt');
  });

  it('does not offer parenting first to a 16-year-old looking for a weekend job', async () => {
    const reply = await firstReply('ik ben 16 en zoek een baantje voor in het weekend');
    expect(reply).toContain('Ik denk dat uw vraag gaat over: Werk en inkomen. Klopt dat?');
    expect(reply).not.toContain('Opvoeden en opgroeien');
  });
});
