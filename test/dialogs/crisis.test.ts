import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts } from './conversationHarness.js';

describe('safety first: a crisis stops everything', () => {
  it('mid-intake: the calm reply with tappable lines, the intake ends, only kind and day are counted', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik heb schulden');
    await chat.say('ja');
    const reply = await chat.say('ik wil niet meer leven');
    const lines = texts(reply);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('Dank u dat u dit vertelt. Het klinkt alsof het heel zwaar is.');
    expect(lines[0]).toContain('Bel gratis 0800-0113');
    expect(lines[1]).toContain('[Bel 113 gratis: 0800-0113](tel:08000113)');
    expect(lines[1]).toContain('[Chat met 113](https://www.113.nl)');
    expect(lines[1]).toContain('[Bel 112](tel:112)');
    expect(lines[2]).toBe(
      'Daarna kunt u altijd terugkomen in deze chat. Dan zoeken we samen verder.',
    );
    expect(reply.every((activity) => activity.suggestedActions === undefined)).toBe(true);

    expect(await harness.insights.rows()).toEqual([
      { day: '2026-03-02', kind: 'crisis', dimensions: { crisisKind: 'suicide' }, count: 1 },
    ]);

    // The intake is over: the next message is a new question, not an answer to "Voor wie".
    const next = texts(await chat.say('ik voel me eenzaam'));
    expect(next[0]).toBe('Dank u wel. Ik heb uw vraag gelezen.');
  });

  it('mid-handover: Veilig Thuis, and no half case is stored', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('ik wil een mens spreken');
    await chat.say('Het gaat niet goed thuis en ik weet niet wat ik moet doen');
    await chat.say('7544');
    await chat.say('ja');
    const reply = joined(await chat.say('mijn man slaat me elke dag'));
    expect(reply).toContain('Veilig Thuis');
    expect(reply).toContain('(tel:08002000)');
    expect(await harness.cases.list()).toEqual([]);
  });

  it('as the first message, and in English for a resident who writes English', async () => {
    const chat = createHarness().chat();
    const reply = texts(await chat.say('I want to kill myself'));
    expect(reply[0]).toContain('Thank you for telling me.');
    expect(reply[1]).toContain('(tel:08000113)');
    expect(reply[2]).toContain('you can always come back');
  });

  it('a figure of speech is not a crisis: "doodmoe van de rekeningen" goes on with the intake', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const reply = texts(await chat.say('Ik ben doodmoe van de rekeningen'));
    expect(reply[0]).toBe('Dank u wel. Ik heb uw vraag gelezen.');
    expect(await harness.insights.rows({ kind: 'crisis' })).toEqual([]);
  });
});
