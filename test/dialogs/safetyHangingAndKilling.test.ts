import { describe, expect, it } from 'vitest';
import { createHarness, joined, texts } from './conversationHarness.js';

/**
 * Session 8 (docs/adr/0012-safety-net.md, twelfth round): hanging oneself in a present or future
 * form and having killed someone are answered by a rule, not left to the model. Phrasings written
 * for these tests, in no corpus round.
 */
describe('the safety check, twelfth round: rules for hanging oneself and a killing', () => {
  it('answers a bystander who fears a brother hangs himself with 113 at once, mid-intake, and ends the intake', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik zoek hulp bij de belastingaangifte');
    const reply = texts(
      await chat.say('ik denk dat mijn broer zichzelf ophangt, hij stuurde net een rare app'),
    );
    expect(reply[0]).toContain('Dank u dat u dit vertelt.');
    expect(reply[1]).toContain('[Bel 113 gratis: 0800-0113](tel:08000113)');
    expect(reply[1]).toContain('[Bel 112](tel:112)');
    expect(await harness.insights.rows({ kind: 'crisis' })).toHaveLength(1);
    // The intake is over: the next message is a new question.
    const next = texts(await chat.say('ik heb een vraag over de huur'));
    expect(next[0]).toBe('Dank u wel. Ik heb uw vraag gelezen.');
  });

  it('answers someone who has just killed a person with 112 first', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    const said = joined(
      await chat.say('ik heb net mijn buurman doodgeslagen, wat moet ik nu doen'),
    );
    expect(said).toContain('(tel:112)');
    expect(said.indexOf('(tel:112)')).toBeLessThan(
      said.includes('(tel:0800') ? said.indexOf('(tel:0800') : Number.MAX_SAFE_INTEGER,
    );
    expect(await harness.insights.rows({ kind: 'crisis' })).toHaveLength(1);
  });

  it('answers an English friend who says he will hang himself in English, with 113', async () => {
    const chat = createHarness().chat();
    const said = joined(await chat.say('my mate keeps saying he will hang himself this weekend'));
    expect(said).toContain('Thank you for telling me.');
    expect(said).toContain('[Call 113 free: 0800-0113](tel:08000113)');
    expect(said).not.toContain('Bel');
  });

  it('goes on with the intake for the everyday senses: a curtain hung, plants killed', async () => {
    for (const message of [
      'wie kan bij mij een gordijnrail ophangen, ik ben 84',
      'ik heb alle tomatenplanten op mijn balkon vermoord, is er een moestuinclub',
    ]) {
      const harness = createHarness();
      const chat = harness.chat();
      await chat.join();
      const reply = texts(await chat.say(message));
      expect(reply[0], message).toBe('Dank u wel. Ik heb uw vraag gelezen.');
      expect(await harness.insights.rows({ kind: 'crisis' }), message).toEqual([]);
    }
  });
});
