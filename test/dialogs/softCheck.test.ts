import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { buttons, createHarness, joined, texts } from './conversationHarness.js';
import { storedJson } from './storedState.js';

/**
 * The soft check (docs/adr/0012-safety-net.md, fourth round) as transcripts on the real bot, the
 * real dialogs and the shipped concern model: where the signal is weak the lines and the question
 * are shown with a "Ja, ik heb nu hulp nodig" button, and the intake goes on in the same turn.
 * The messages were picked from the shipped model's scores (a model-only check below
 * `thresholds.firmCheck`, and one above it); if a retrained model scores them differently, pick new
 * ones the same way (npm run train:safety), test/safety/assessSafety.test.ts holds the bands.
 */

/** Debts told with a weak sign of despair: a soft check. */
const softDutch = 'ik heb schulden en lig wakker, het voelt allemaal uitzichtloos';
/** A weak sign without a topic: a soft check, and the intake asks for the topic (no "Ja" button). */
const softNoTopic = 'ik voel me de laatste tijd zo donker en leeg vanbinnen';
const softEnglish = 'my wife drinks and shouts at the children, I feel so lost';
/** Stronger: a firm check, the intake waits. */
const firm = 'ik weet niet meer hoe ik verder moet met mijn leven, alles is zwaar';

/** The buttons of hero cards in the replies (the soft check's "yes" stays in the chat). */
function cardButtons(replies: readonly Partial<Activity>[]): string[] {
  return replies.flatMap((reply) =>
    (reply.attachments ?? [])
      .filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.hero')
      .flatMap((attachment) => {
        const content = attachment.content as { buttons?: { title?: string; value?: string }[] };
        return (content.buttons ?? []).map((button) => `${button.title}=${button.value}`);
      }),
  );
}

describe('the soft check', () => {
  it('shows the lines and the question, and goes on with the intake in the same turn, to the cards', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const first = await chat.say(softDutch);
    const said = texts(first);
    expect(said[0]).toContain('Ik wil even zeker weten dat het goed met u gaat.');
    expect(joined(first)).toContain('- Bij gevaar, nu meteen: [Bel 112](tel:112)');
    expect(joined(first)).toContain('[Bel 113 gratis: 0800-0113](tel:08000113)');
    expect(joined(first)).toContain('[Bel Veilig Thuis: 0800-2000](tel:08002000)');
    expect(joined(first)).toContain('Kies dan "Ja, ik heb nu hulp nodig". Dat kan ook later nog.');
    expect(cardButtons(first)).toEqual(['Ja, ik heb nu hulp nodig=Ja, ik heb nu hulp nodig']);
    // The intake read the message in the same turn: its question and buttons come last.
    expect(said.slice(-2)).toEqual([
      'Dank u wel. Ik heb uw vraag gelezen.',
      'Ik denk dat uw vraag gaat over: Geld, schulden en administratie. Klopt dat?',
    ]);
    expect(buttons(first)).toEqual(['Ja', 'Iets anders']);
    // Nothing held: the message went on at once. Only the open check's kinds are kept.
    const stored = await storedJson(harness);
    expect(stored).not.toContain('"safetyHeld"');
    expect(stored).toContain('"softCheck":2,"softAge":0');

    // "Ja" taps the intake's own button: it answers the intake's question, not the check.
    expect(joined(await chat.say('Ja'))).toContain('Voor wie zoekt u hulp?');
    await chat.say('Voor mezelf');
    await chat.say('45');
    await chat.say('7544');
    const results = texts(await chat.say('Ja, zelf'));
    expect(results).toContain('[card: Schuldhulp Enschede]');
    expect(await harness.insights.rows({ kind: 'crisis' })).toEqual([]);
  });

  it('shows the lines and stops the intake when its button is tapped later in the conversation', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say(softDutch);
    await chat.say('Ja');
    expect(joined(await chat.say('Voor mezelf'))).toContain('Hoe oud bent u?');
    const lines = await chat.say('Ja, ik heb nu hulp nodig');
    const said = texts(lines);
    // The check asked about 113 (the kinds the model saw in debts and despair): its reply.
    expect(said[0]).toContain('Dank u dat u dit vertelt.');
    expect(joined(lines)).toContain('Bel dan 112');
    expect(joined(lines)).toContain('[Bel 113 gratis: 0800-0113](tel:08000113)');
    expect(joined(lines)).not.toContain('Hoe oud bent u?');
    expect(await harness.insights.rows({ kind: 'crisis' })).toEqual([
      { day: '2026-03-02', kind: 'crisis', dimensions: { crisisKind: 'suicide' }, count: 1 },
    ]);
    // The intake was stopped: an age now is not an answer to a question.
    expect(joined(await chat.say('45'))).not.toContain('In welke wijk');
    expect(await storedJson(harness)).not.toContain('softCheck');
  });

  it('reads a plain "ja" right after it as yes when the intake did not ask a yes-or-no question', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const first = await chat.say(softNoTopic);
    expect(joined(first)).toContain('Denkt u erover om uzelf iets aan te doen?');
    expect(joined(first)).toContain('Waar gaat uw vraag vooral over?');
    const lines = texts(await chat.say('ja'));
    expect(lines[0]).toContain('Dank u dat u dit vertelt.');
    expect(lines.join('\n')).toContain('[Bel 113 gratis: 0800-0113](tel:08000113)');
    expect(lines.join('\n')).not.toContain('Waar gaat uw vraag vooral over?');
  });

  it('a plain "nee" right after it closes it, and the intake asks its question again', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say(softNoTopic);
    const back = texts(await chat.say('Nee'));
    expect(back[0]).toBe('Fijn om te horen.');
    expect(back.join('\n')).toContain('Waar gaat uw vraag vooral over?');
    expect(await storedJson(harness)).not.toContain('softCheck');
    // Closed: a later "ja" is no answer to it.
    expect(joined(await chat.say('ja'))).not.toContain('0800-0113');
  });

  it('is in English for an English message, and "Yes, I need help now" later gives the lines', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    const first = await chat.say(softEnglish);
    expect(joined(first)).toContain('I want to make sure you are all right.');
    expect(joined(first)).toContain('[Call Veilig Thuis: 0800-2000](tel:08002000)');
    expect(cardButtons(first)).toEqual(['Yes, I need help now=Yes, I need help now']);
    expect(joined(first)).toContain('What is your question mainly about?');
    expect(joined(await chat.say('Money, debts and paperwork'))).toContain(
      'Who are you looking for help for?',
    );
    const lines = await chat.say('Yes, I need help now');
    expect(joined(lines)).toContain('Veilig Thuis (Safe at Home) helps');
    expect(joined(lines)).toContain('[Call 112](tel:112)');
    expect(joined(lines)).not.toContain('Who are you looking for help for?');
  });
});

describe('a firm check, next to the soft one', () => {
  it('still holds up the intake until it is answered, with the two buttons', async () => {
    const chat = createHarness().chat();
    await chat.join();
    const check = await chat.say(firm);
    expect(joined(check)).toContain('Ik wil even zeker weten dat het goed met u gaat.');
    expect(joined(check)).not.toContain('Ik heb uw vraag gelezen');
    expect(buttons(check)).toEqual(['Ja', 'Nee, het gaat wel']);
    expect(cardButtons(check)).toEqual([]);
    const lines = texts(await chat.say('Ja'));
    expect(lines[0]).toContain('Dank u dat u dit vertelt.');
  });
});
