import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { buttons, createHarness, joined, texts } from './conversationHarness.js';
import { useRealKnowledgeServices } from './useRealKnowledge.js';

/**
 * The conversation on the real sociale kaart (knowledge/), the real search and the real routing
 * file, through the adapter the composition root uses (dialogs/conversationServices.ts).
 */
describe('the intake on the real knowledge', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const real = useRealKnowledgeServices(clock);

  it('finds the levensgebied of a money question and shows real cards with a freshness line', async () => {
    const harness = createHarness({
      knowledge: real().services.knowledge,
      routing: real().routing,
      cases: real().services.cases,
      clock,
    });
    const chat = harness.chat();
    await chat.join();
    const confirm = await chat.say('Ik kan mijn rekeningen niet meer betalen en heb schulden');
    expect(joined(confirm)).toContain('Geld, schulden en administratie');
    await chat.say(buttons(confirm).length === 2 ? 'ja' : '1');
    await chat.say('voor mezelf');
    await chat.say('45');
    const tried = await chat.say('7544');
    expect(texts(tried)[0]).toMatch(/^Dat is de wijk /);
    const results = await chat.say('nog niets');
    const cards = results.flatMap((reply) => reply.attachments ?? []);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThanOrEqual(3);
    // Freshness only where it tells the resident something (ADR 0010, 2026-12-03): a checked date,
    // or "call/look first" on a card with a place to go to; never a bare "nog niet gecontroleerd".
    for (const card of cards) {
      const json = JSON.stringify(card);
      expect(json).not.toContain('Nog niet gecontroleerd');
      if (json.includes('"title":"Adres"') && !json.includes('Gecontroleerd op')) {
        expect(json).toMatch(/Bel eerst even voordat u gaat|Kijk eerst op de website/);
      }
    }
    expect(joined(results)).toContain('Helpt dit u verder?');
  });
  it('does not read "ik woon in 7544" as a housing question, and does not ask for the wijk again', async () => {
    const harness = createHarness({
      knowledge: real().services.knowledge,
      routing: real().routing,
      cases: real().services.cases,
      clock,
    });
    const chat = harness.chat();
    await chat.join();
    const confirm = await chat.say('Ik wil graag taalles, ik woon in 7544');
    expect(joined(confirm)).toContain('Ik denk dat uw vraag gaat over: Taal, lezen en digitaal.');
    expect(joined(confirm)).not.toContain('Wonen');
    await chat.say('ja');
    await chat.say('voor mezelf');
    const next = await chat.say('45');
    expect(joined(next)).toContain('Heeft u al iets geprobeerd?');
    expect(joined(next)).not.toContain('In welke wijk');
  });
});
