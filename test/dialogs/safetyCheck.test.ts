import { describe, expect, it } from 'vitest';
import { weakMessages } from '../safety/weakMessages.js';
import { buttons, createHarness, joined, texts } from './conversationHarness.js';
import { storedJson } from './storedState.js';

/**
 * The check (docs/adr/0012-safety-net.md) as transcripts on the real bot, the real dialogs and the
 * shipped concern model. The weak messages below were picked from the model's scores; if a
 * retrained model scores them differently, pick new ones the same way (npm run train:safety).
 */

/** Scores above the firm-check threshold (below a crisis), and no rule fires on it. */
const unsure = 'ik weet niet meer hoe ik verder moet met mijn leven, alles is zwaar';

describe('the safety check', () => {
  it('asks one calm question with the lines visible, and "nee, het gaat wel" goes back to the intake with nothing kept', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const question = texts(await chat.say('Ik heb schulden'));
    const check = await chat.say(unsure);
    const said = joined(check);
    expect(said).toContain('Ik wil even zeker weten dat het goed met u gaat.');
    expect(said).toContain('Denkt u erover om uzelf iets aan te doen?');
    expect(said).toContain('(tel:08000113)');
    expect(said).toContain('(tel:112)');
    // Each line with the reason it is there, so the resident can pick the one that fits.
    expect(said).toContain('- Als u denkt aan zelfdoding, of u zich zorgen maakt om iemand: [Bel');
    expect(said).toContain('- Bij gevaar, nu meteen: [Bel 112](tel:112)');
    expect(buttons(check)).toEqual(['Ja', 'Nee, het gaat wel']);

    const back = texts(await chat.say('Nee, het gaat wel'));
    expect(back[0]).toBe('Fijn om te horen. We gaan verder met uw vraag.');
    // The intake reads the held message as the answer to its open question ("Klopt dat?"), as if
    // it had just been typed: not about money, so it asks for the topic.
    expect(question.at(-1)).toContain('Klopt dat?');
    expect(back.slice(1).join('\n')).toContain('Waar gaat uw vraag vooral over?');
    expect(await harness.insights.rows({ kind: 'crisis' })).toEqual([]);
    const stored = await storedJson(harness);
    expect(stored).toContain('"safety":{"concern":[0,0,0],"pendingCheck":0}');
    expect(stored).not.toContain('alles is zwaar');
  });

  it('goes on with a first message the check asked about after "nee, het gaat wel", and then forgets it', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    expect(joined(await chat.say(unsure))).toContain('Ik wil even zeker weten');
    // Held, masked, only while the check waits for its answer.
    expect(await storedJson(harness)).toContain('alles is zwaar');
    const back = texts(await chat.say('Nee, het gaat wel'));
    expect(back[0]).toBe('Fijn om te horen. We gaan verder met uw vraag.');
    expect(back).toContain('Dank u wel. Ik heb uw vraag gelezen.');
    expect(await storedJson(harness)).not.toContain('"safetyHeld"');
  });

  it('shows the lines when the check is answered "ja"', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say('Ik heb schulden');
    await chat.say(unsure);
    const lines = texts(await chat.say('Ja'));
    expect(lines[0]).toContain('Dank u dat u dit vertelt.');
    expect(lines[1]).toContain('[Bel 113 gratis: 0800-0113](tel:08000113)');
    expect(lines[1]).toContain('[Bel 112](tel:112)');
    expect(await harness.insights.rows()).toEqual([
      { day: '2026-03-02', kind: 'crisis', dimensions: { crisisKind: 'suicide' }, count: 1 },
    ]);
  });

  it('reads a reply that is no answer as a new message, so nobody gets stuck', async () => {
    const chat = createHarness().chat();
    await chat.join();
    await chat.say(unsure);
    const next = joined(
      await chat.say('Ik zoek eigenlijk hulp bij mijn administratie en de brieven'),
    );
    expect(next).not.toContain('Denkt u erover');
    expect(next).not.toContain('Fijn om te horen');
  });

  it('builds concern over three weak messages into a check on the third', async () => {
    // Each of these alone gets no check (test/safety/assessSafety.test.ts holds them to it); their
    // scores lie between the weak-signal floor and the check threshold.
    const [one, two, three] = weakMessages;
    const chat = createHarness().chat();
    await chat.join();
    const first = joined(await chat.say(one));
    const second = joined(await chat.say(two));
    const third = await chat.say(three);
    expect(first).not.toContain('zeker weten dat het goed met u gaat');
    expect(second).not.toContain('zeker weten dat het goed met u gaat');
    expect(joined(third)).toContain('Ik wil even zeker weten dat het goed met u gaat.');
    expect(buttons(third)).toEqual(['Ja', 'Nee, het gaat wel']);
  });

  it('answers in English: Veilig Thuis with the quick exit for "my husband hits me", and an English check', async () => {
    const harness = createHarness();
    const reply = joined(await harness.chat().say('my husband hits me'));
    expect(reply).toContain('Veilig Thuis (Safe at Home) helps');
    expect(reply).toContain('"Snel weg" (quick exit)');
    expect(reply).toContain('[Call Veilig Thuis: 0800-2000](tel:08002000)');

    const chat = harness.chat({ user: 'resident-2' });
    const check = await chat.say('I feel like such a burden to everyone');
    expect(joined(check)).toContain('I want to make sure you are all right.');
    expect(buttons(check)).toEqual(['Yes', 'No, I am okay']);
    const back = texts(await chat.say('No, I am okay'));
    expect(back[0]).toBe('Good to hear. Let us go on with your question.');
  });

  it('mentions the quick exit in the Dutch Veilig Thuis reply', async () => {
    const reply = joined(await createHarness().chat().say('mijn man slaat me elke dag'));
    expect(reply).toContain('Kies dan de knop "Snel weg".');
  });
});
