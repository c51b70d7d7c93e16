import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { joined } from './conversationHarness.js';
import { useRealKnowledge } from './useRealKnowledge.js';

/**
 * A resident who asks for a person first and tells the story after. Found by using the product
 * as that resident and then the Casusbord as the wijkteam: the case said "Onderwerpen: —" though
 * the story was about rent and debts (so the monitor counted no levensgebied either), and "ok"
 * typed at "Wanneer kan het wijkteam u het best bereiken?" reached the card as "Beste moment: ok".
 */
describe('a handover the resident asked for before telling the story', () => {
  const harness = useRealKnowledge(new ManualClock('2026-03-02T09:00:00Z'));

  async function handOver(moment: string, name: string) {
    const started = harness();
    const chat = started.chat({ user: `resident-${moment}` });
    await chat.join();
    await chat.say('ik wil praten met een mens');
    await chat.say('Mijn huur is te hoog en ik heb schulden. De energie stuurt ook brieven.');
    await chat.say('7544');
    await chat.say('Ja, dat mag');
    await chat.say(name);
    await chat.say('0612345678');
    await chat.say('Ja, bellen mag');
    const summary = joined(await chat.say(moment));
    await chat.say('Ja, versturen');
    const stored = (await started.cases.list()).find(
      (item) => item.melder.kind === 'contact' && item.melder.name === name,
    );
    const melder = stored?.melder.kind === 'contact' ? stored.melder : undefined;
    return { summary, stored, bestMoment: melder?.bestMoment };
  }

  it('sends the levensgebieden of the story along, and says so', async () => {
    const { summary, stored, bestMoment } = await handOver('in de ochtend', 'Ayse');
    expect(summary).toContain('We sturen ook mee waar uw vraag over gaat:');
    expect(stored?.story.levensgebieden).toContain('geld');
    expect(bestMoment).toBe('in de ochtend');
  });

  it('keeps the moment of "ok, na 15 uur"', async () => {
    const { bestMoment } = await handOver('ok, na 15 uur', 'Ineke');
    expect(bestMoment).toBe('ok, na 15 uur');
  });

  for (const [moment, name] of [
    ['ok', 'Fatma'],
    ['oké', 'Greet'],
    ['prima', 'Henk'],
  ] as const) {
    it(`takes "${moment}" at the best moment as "Maakt niet uit"`, async () => {
      const { stored, bestMoment } = await handOver(moment, name);
      expect(stored).toBeDefined();
      expect(bestMoment).toBeNull();
    });
  }
});
