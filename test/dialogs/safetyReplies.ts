import { expect } from 'vitest';
import { createHarness, joined, texts } from './conversationHarness.js';

/**
 * What the safety-round transcripts share: the first reply of a fresh conversation with the crisis
 * kinds it recorded, and the check that a message gets no crisis reply at all.
 */
export const emergencyNl = 'Dit klinkt als een noodgeval.';
export const emergencyEn = 'This sounds like an emergency.';

export async function firstReply(message: string) {
  const harness = createHarness();
  const chat = harness.chat();
  await chat.join();
  const said = joined(await chat.say(message));
  const kinds = (await harness.insights.rows({ kind: 'crisis' })).map(
    (row) => row.dimensions.crisisKind,
  );
  return { said, kinds };
}

export async function expectNoCrisisReply(message: string): Promise<void> {
  const harness = createHarness();
  const chat = harness.chat();
  await chat.join();
  const said = texts(await chat.say(message)).join('\n');
  expect(said, message).not.toContain(emergencyNl);
  expect(said, message).not.toContain(emergencyEn);
  expect(said, message).not.toContain('Dank u dat u dit vertelt.');
  expect(said, message).not.toContain('Thank you for telling me.');
  // The intake goes on, or the concern model asks (a check lists every line).
  expect(said, message).toMatch(
    /^(?:Dank u wel\. Ik heb uw vraag gelezen\.|Ik wil even zeker weten dat het goed met u gaat\.|Thank you\. I have read your question\.|I want to make sure you are all right\.)/,
  );
  expect(await harness.insights.rows({ kind: 'crisis' }), message).toEqual([]);
}
