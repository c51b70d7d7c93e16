import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationServices } from '../../dialogs/ports.js';
import type { RoutingTable } from '../../src/cases/routing.js';
import type { KnowledgeService } from '../../src/knowledge/knowledgeService.js';
import type { SearchIndex } from '../../src/search/searchIndex.js';
import { ManualClock } from '../support/manualClock.js';
import { createHarness } from './conversationHarness.js';
import { playJourney, type JourneyResult, type Persona } from './journeys/simulatedResident.js';
import { startRealKnowledge } from './realKnowledgeServices.js';

/**
 * ADR 0013 through the whole conversation, as a resident reaches it over /api/messages: the
 * question, the safety check when it asks (ADR 0012; these residents are all right), the
 * levensgebied offer, for whom, age, wijk, "nog niets", and the result cards. The phrasings were
 * written for these tests, in new wordings, and are not in the corpus or the golden set.
 */
describe('understanding through the conversation', () => {
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

  async function play(persona: Omit<Persona, 'name' | 'theme'>): Promise<JourneyResult> {
    const harness = createHarness({
      knowledge: services.knowledge,
      routing,
      cases: services.cases,
      clock,
    });
    const result = await playJourney(harness.chat(), {
      name: 'resident',
      theme: 'understanding',
      ...persona,
    });
    if (process.env.DEBUG_TRANSCRIPT === '1') console.log(result.transcript.join('\n'));
    return result;
  }

  describe('English, all the way to the cards', () => {
    it("a partner's drinking reaches addiction help, asked in English", async () => {
      const result = await play({
        first:
          'Every weekend my wife ends up drunk and I no longer know how to talk to her about it',
        topic: 'Addiction',
        forWhom: 'For someone else',
        age: '52',
      });
      expect(result.endedWith).toBe('result');
      expect(result.transcript.join('\n')).toContain('Does this help you?');
      expect(result.cards.slice(0, 3)).toContain('Hulp bij verslaving');
    });

    it('shyness about speaking Dutch reaches language help, asked in English', async () => {
      const result = await play({
        first:
          'My Dutch is not good and I get nervous when I have to say something, where can I practise with others',
        topic: 'Language, reading and digital skills',
        age: '34',
      });
      expect(result.endedWith).toBe('result');
      expect(result.cards.slice(0, 3)).toContain('Taalhuis Enschede');
    });

    it('a place to drop in reaches a place to meet people, asked in English', async () => {
      const result = await play({
        first:
          'Is there a spot in my area where I can walk in for a cup of coffee and some company',
        topic: 'Loneliness and meeting people',
        age: '68',
      });
      expect(result.endedWith).toBe('result');
      expect(result.cards.slice(0, 3).join(' | ')).toMatch(/Huiskamer|Thuis@|Buurtmaaltijd/);
    });
  });

  describe('after the intake', () => {
    it('a levensgebied picked from the list counts as a choice, not as extra words', async () => {
      // Too little to guess a levensgebied from, so the resident picks one from the list. Its name
      // ("Geld, schulden en administratie") added to the words would rank debt help above the
      // one-off allowance the question is about.
      const result = await play({
        first: 'we hebben een nieuwe koelkast nodig maar er is geen geld voor',
        topic: 'Geld, schulden en administratie',
        age: '38',
      });
      expect(result.endedWith).toBe('result');
      expect(result.cards.slice(0, 3)).toContain('Bijzondere bijstand');
    });
  });
});
