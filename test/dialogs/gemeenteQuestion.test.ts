import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.js';
import { joined, texts } from './conversationHarness.js';
import { cardsOf, counted, storedState } from './noCardsReply.js';
import { useRealKnowledge } from './useRealKnowledge.js';

/**
 * A question for the gemeente itself (ADR 0013, gemeente amendment; knowledge/gemeentediensten.yaml):
 * a permit or a passport is not the sociale basis, so the resident hears that honestly, with the
 * gemeente's number and website, instead of three unrelated cards. A question that also names a
 * need of the sociale basis gets its help; a crisis gets the crisis reply, whatever else it names.
 * Phrasings written for this test.
 */
describe('a question for the gemeente itself', () => {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const harness = useRealKnowledge(clock);

  it('a permit question gets the gemeente, its contact and the next question (Dutch)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const reply = await chat.say(
      'Moet ik een vergunning aanvragen voor een dakkapel op mijn huis?',
    );
    expect(cardsOf(reply)).toEqual([]);
    expect(texts(reply)).toEqual([
      'Dank u wel. Ik heb uw vraag gelezen.',
      'Uw vraag gaat over: Vergunningen en bouwen. Dit is een vraag voor de gemeente zelf. Daar kan ik u niet mee helpen. Ik zoek gratis hulp en activiteiten in uw wijk.',
      'U kunt de gemeente Enschede bellen: [14 053](tel:14053). Of kijk op [www.enschede.nl](https://www.enschede.nl).',
      'Waar zoekt u hulp bij? Schrijf het in uw eigen woorden.',
    ]);
    // The gemeente's own view: the service counted by its id, nothing of the question, and no
    // search outcome (no "geen passende hulp" for the sociale basis).
    expect(await counted(h, 'gemeente_question')).toEqual([{ dienst: 'vergunningen', count: 1 }]);
    expect(await counted(h, 'care_question')).toEqual([]);
    expect(await counted(h, 'question')).toEqual([]);
    expect(await counted(h, 'unmet_need')).toEqual([]);
    // Nor is the question kept in the conversation's state (docs/privacy.md).
    const stored = await storedState(h);
    expect(stored.keys).toBeGreaterThan(0);
    expect(stored.json).not.toContain('dakkapel');
    // The conversation goes on: the next message is a new question.
    expect(texts(await chat.say('ik voel me vaak alleen'))[0]).toBe(
      'Dank u wel. Ik heb uw vraag gelezen.',
    );
    expect(await counted(h, 'gemeente_question')).toEqual([{ dienst: 'vergunningen', count: 1 }]);
  });

  it('a permit question gets the gemeente in English for a resident who writes English', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const reply = await chat.say('Do I need a building permit to put a shed in my garden?');
    expect(cardsOf(reply)).toEqual([]);
    const said = texts(reply);
    expect(said).toContain(
      'Your question is about: Permits and building. This is a question for the municipality (gemeente) itself. I cannot help you with that. I look for free help and activities in your neighbourhood.',
    );
    expect(said).toContain(
      'You can call the municipality of Enschede: [14 053](tel:14053). Or go to [www.enschede.nl](https://www.enschede.nl).',
    );
    expect(await counted(h, 'gemeente_question')).toEqual([{ dienst: 'vergunningen', count: 1 }]);
  });

  it('a passport question that also names debts gets the help for the debts (Dutch)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const reply = joined(
      await chat.say(
        'Ik moet een nieuw paspoort, maar ik heb zoveel schulden dat ik het niet kan betalen',
      ),
    );
    expect(reply).not.toContain('vraag voor de gemeente zelf');
    expect(reply).toContain('Geld');
    expect(await counted(h, 'gemeente_question')).toEqual([]);
  });

  it('a passport question that also names debts gets the help for the debts (English)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const reply = joined(
      await chat.say('My passport has expired and I have so many debts I cannot pay for a new one'),
    );
    expect(reply).not.toContain('question for the municipality');
    expect(reply).toContain('Money');
    expect(await counted(h, 'gemeente_question')).toEqual([]);
  });

  it('a crisis that names a gemeente service gets the crisis reply (Dutch)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const said = texts(await chat.say('mijn paspoort is weg en ik wil niet meer leven'));
    expect(said[0]).toContain('Bel gratis 0800-0113');
    expect(said.join('\n')).not.toContain('vraag voor de gemeente zelf');
    expect(await counted(h, 'crisis')).toEqual([{ crisisKind: 'suicide', count: 1 }]);
    expect(await counted(h, 'gemeente_question')).toEqual([]);
  });

  it('a crisis that names a gemeente service gets the crisis reply (English)', async () => {
    const h = harness();
    const chat = h.chat();
    await chat.join();
    const said = texts(await chat.say('I lost my passport and I want to kill myself'));
    expect(said[0]).toContain('Thank you for telling me.');
    expect(said.join('\n')).toContain('(tel:08000113)');
    expect(said.join('\n')).not.toContain('question for the municipality');
    expect(await counted(h, 'crisis')).toEqual([{ crisisKind: 'suicide', count: 1 }]);
    expect(await counted(h, 'gemeente_question')).toEqual([]);
  });
});
