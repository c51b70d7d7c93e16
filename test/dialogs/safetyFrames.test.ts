import { describe, expect, it } from 'vitest';
import { captureLogger } from '../support/logs.js';
import { buttons, createHarness, joined, texts } from './conversationHarness.js';

/**
 * The frame reader (docs/adr/0012-safety-net.md, thirteenth round) as transcripts on the real bot, the
 * real dialogs, the shipped concern model and the shipped frame reader: a crisis's words inside a
 * frame the guard lists do not name get one calm question with every line, not the crisis reply;
 * a crisis of the writer's own now told beside a frame word still gets the lines at once.
 * Phrasings written for these tests, in no corpus round, frame corpus or held-out set.
 */
const asks = 'Ik wil even zeker weten dat het goed met u gaat.';
const alarm = 'Dank u dat u dit vertelt.';

describe('the safety check, frames in new words', () => {
  it('asks calmly about an informational mention instead of raising the alarm, and "nee, het gaat wel" goes on', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const check = await chat.say(
      'Onze moskee wil een avond houden over mannen die hun vrouw slaan, wie kan er komen praten',
    );
    const said = joined(check);
    expect(said).toContain(asks);
    expect(said).not.toContain(alarm);
    // Every line stays visible, Veilig Thuis (the rule's kind) first after 112.
    expect(said).toContain('(tel:112)');
    expect(said).toContain('(tel:08000113)');
    expect(said).toContain('Bij geweld of als het thuis niet veilig is, ook voor een ander');
    expect(buttons(check)).toEqual(['Ja', 'Nee, het gaat wel']);
    expect(await harness.insights.rows({ kind: 'crisis' })).toEqual([]);

    const back = texts(await chat.say('Nee, het gaat wel'));
    expect(back[0]).toBe('Fijn om te horen. We gaan verder met uw vraag.');
    expect(await harness.insights.rows({ kind: 'crisis' })).toEqual([]);
  });

  it('asks about fiction told in words no guard lists, and "ja" still shows the lines', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const said = joined(
      await chat.say(
        'Mijn dochter luistert een rapnummer waarin de zanger zich wil ophangen, hoe praat ik daarover',
      ),
    );
    expect(said).toContain(asks);
    expect(said).not.toContain(alarm);
    expect(said).toContain('(tel:08000113)');

    const lines = texts(await chat.say('Ja'));
    expect(lines[0]).toContain(alarm);
    expect(lines.join('\n')).toContain('[Bel 113 gratis: 0800-0113](tel:08000113)');
    expect(await harness.insights.rows({ kind: 'crisis' })).toHaveLength(1);
  });

  it('asks about a parent’s suicide long ago that the writer has made peace with', async () => {
    const chat = createHarness().chat();
    await chat.join();
    const said = joined(
      await chat.say(
        'Mijn vader heeft zich van kant gemaakt toen ik klein was, ik ben daar nu vrede mee en zoek een praatgroep voor mijn dochter',
      ),
    );
    expect(said).toContain(asks);
    expect(said).not.toContain(alarm);
  });

  it('still gives the crisis lines at once to a crisis of now told beside a film or a docu', async () => {
    for (const message of [
      'Ik zag een aflevering over zelfmoord en nu ligt er bij mij een touw klaar, ik wil dood',
      'Ik keek een docu over mishandeling en mijn vriend schopt mij ook elke week',
    ]) {
      const harness = createHarness();
      const chat = harness.chat();
      await chat.join();
      const said = joined(await chat.say(message));
      expect(said, message).toContain(alarm);
      expect(said, message).not.toContain(asks);
      expect(await harness.insights.rows({ kind: 'crisis' }), message).toHaveLength(1);
    }
  });

  it('logs that the frame reader lowered a crisis reply, with rule ids and cue groups but no words', async () => {
    const logs = captureLogger();
    const chat = createHarness({ logger: logs.logger }).chat();
    await chat.join();
    await chat.say(
      'Onze moskee wil een avond houden over mannen die hun vrouw slaan, wie kan er komen praten',
    );
    const lowered = logs
      .lines()
      .filter((line) => line['msg'] === 'crisis reply lowered by frame reader');
    expect(lowered).toHaveLength(1);
    const [event] = lowered;
    const ruleIds = event?.['ruleIds'];
    const cues = event?.['cues'];
    expect(Array.isArray(ruleIds) && ruleIds.length > 0).toBe(true);
    for (const id of ruleIds as unknown[]) expect(id).toMatch(/^[a-z]+\.[a-z-]+$/);
    expect(typeof event?.['framed']).toBe('number');
    expect(Array.isArray(cues)).toBe(true);
    for (const cue of cues as unknown[]) expect(cue).toMatch(/^gg?:[a-z+]+$/);
    for (const word of ['moskee', 'mannen', 'vrouw', 'slaan', 'avond', 'praten']) {
      expect(logs.text()).not.toContain(word);
    }
  });

  it('does not log a lowering when the crisis reply stands', async () => {
    const logs = captureLogger();
    const chat = createHarness({ logger: logs.logger }).chat();
    await chat.join();
    await chat.say('Ik keek een docu over mishandeling en mijn vriend schopt mij ook elke week');
    expect(logs.lines().some((line) => line['msg'] === 'crisis reply sent')).toBe(true);
    expect(
      logs.lines().some((line) => line['msg'] === 'crisis reply lowered by frame reader'),
    ).toBe(false);
  });
});
