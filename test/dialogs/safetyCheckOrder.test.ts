import { describe, expect, it } from 'vitest';
import { createHarness, joined } from './conversationHarness.js';

/**
 * A check answered "ja" keeps the check's order (docs/adr/0012-safety-net.md, "A check's order
 * through its yes"): the check lists its lines by the kind reading, and the crisis reply after its
 * "ja" leads with the line the check led with, 112 first whenever danger was asked about. State
 * stored before the order was kept still works: urgency then orders the lines. Transcripts on the
 * real bot with the shipped concern model; phrasings written for these tests. Each message was
 * picked from the model's reading (asked kinds, line order); if a retrained model reads one
 * otherwise, pick another the same way.
 */
const line112 = '(tel:112)';
const line113 = '(tel:08000113)';
const veiligThuis = '(tel:08002000)';
const checkOpening = 'Ik wil even zeker weten dat het goed met u gaat.';
const abuseOpening = 'Dank u dat u dit vertelt. Iedereen moet thuis veilig zijn.';
const suicideOpening = 'Dank u dat u dit vertelt. Het klinkt alsof het heel zwaar is.';
const emergencyOpening = 'Dit klinkt als een noodgeval.';

/** Suicide and abuse asked about, abuse read first. */
const abuseLed = 'mijn man bepaalt alles, ik mag niet meer naar mijn zus en ik zie het somber in';

const safetyKey = 'webchat/conversations/conversation-1/';

async function checkThenYes(message: string, yes = 'Ja') {
  const harness = createHarness();
  const chat = harness.chat();
  await chat.join();
  const check = joined(await chat.say(message));
  const reply = joined(await chat.say(yes));
  return { check, reply, harness };
}

describe('a check answered "ja" keeps the order of its lines', () => {
  it('leads with Veilig Thuis after a check that led with it', async () => {
    const { check, reply } = await checkThenYes(abuseLed);
    expect(check).toContain(checkOpening);
    expect(check.indexOf(veiligThuis)).toBeLessThan(check.indexOf(line113));
    expect(reply.startsWith(abuseOpening)).toBe(true);
    expect(reply.indexOf(veiligThuis)).toBeLessThan(reply.indexOf(line113));
    // 112 stays in the reply, as the last resort it always is when danger was not asked about.
    expect(reply).toContain(line112);
  });

  it('keeps a suicide-led check suicide-led', async () => {
    const { check, reply } = await checkThenYes(
      'hij houdt al mijn geld vast en ik ben bang dat het vanavond weer misgaat, ik kan niet meer',
    );
    expect(check.indexOf(line113)).toBeLessThan(check.indexOf(veiligThuis));
    expect(reply.startsWith(suicideOpening)).toBe(true);
    expect(reply.indexOf(line113)).toBeLessThan(reply.indexOf(veiligThuis));
  });

  it('keeps 112 first when danger was asked about, then the check’s order', async () => {
    const { check, reply } = await checkThenYes(
      'hij gooit met spullen en ik zit met de kinderen boven, het voelt niet goed',
    );
    expect(check.indexOf(line112)).toBeLessThan(check.indexOf(veiligThuis));
    expect(check.indexOf(veiligThuis)).toBeLessThan(check.indexOf(line113));
    expect(reply.startsWith(emergencyOpening)).toBe(true);
    expect(reply.indexOf(line112)).toBeLessThan(reply.indexOf(veiligThuis));
    expect(reply.indexOf(veiligThuis)).toBeLessThan(reply.indexOf(line113));
  });

  it('keeps the order through the yes of a soft check', async () => {
    const { check, reply } = await checkThenYes(
      'als mijn vriend thuiskomt word ik altijd heel stil en ik weet niet hoe lang ik dit nog kan',
    );
    expect(check).toContain(checkOpening);
    expect(check).toContain('Ja, ik heb nu hulp nodig');
    expect(reply.startsWith(abuseOpening)).toBe(true);
    expect(reply.indexOf(veiligThuis)).toBeLessThan(reply.indexOf(line113));
  });

  it('orders by urgency when the stored check has no order (state from before)', async () => {
    const harness = createHarness();
    const chat = harness.chat();
    await chat.join();
    await chat.say(abuseLed);
    const stored = await harness.storage.read([safetyKey]);
    const conversation = stored[safetyKey] as { safety: Record<string, unknown> };
    expect(conversation.safety.checkOrder).toEqual([2, 1]);
    delete conversation.safety.checkOrder;
    await harness.storage.write({ [safetyKey]: { ...conversation, eTag: '*' } });
    const reply = joined(await chat.say('Ja'));
    expect(reply.startsWith(suicideOpening)).toBe(true);
    expect(reply.indexOf(line113)).toBeLessThan(reply.indexOf(veiligThuis));
  });
});
