/**
 * Contact details a resident types during a handover are held in the conversation state
 * (`wijkwijzer.contact`, dialogs/wijkwijzerState.ts) only until the case is made, refused or
 * cancelled, and never longer than CONTACT_HOLD_MINUTES after the first detail was given
 * (docs/adr/0014-intake-as-question-modules.md, "Abandoned contact details"). The dialogs erase them
 * when they read them past the hold; a resident who leaves never comes back to read them, so a
 * sweep (`contact-sweep`, src/index.ts) erases them from the stored state as well, on both storage
 * backends. This module is the one place that knows where they are stored.
 */

/** A handover takes minutes; contact details left longer than this are not kept. */
export const CONTACT_HOLD_MINUTES = 60;

/** How often the sweep runs: details are gone at most this long after their hold ended. */
export const CONTACT_SWEEP_MINUTES = 15;

/** The conversation state property and the field in it (botbuilder's ConversationState item). */
export const HELD_CONTACT_PROPERTY = 'wijkwijzer';
export const HELD_CONTACT_FIELD = 'contact';

/** botbuilder keys conversation state `<channel>/conversations/<id>` (src/bot/stateRetention.ts). */
export const CONVERSATION_KEY = /^[^/]+\/conversations\//;

/** Details first given before this moment are past their hold. */
export function contactHoldCutoff(now: Date): Date {
  return new Date(now.getTime() - CONTACT_HOLD_MINUTES * 60_000);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The stored conversation state item without contact details held since before `cutoff`, or
 * undefined when there is nothing to erase. Everything else in the item is kept as it is.
 * Details without a readable time are erased too: nobody can tell how long they were held.
 */
export function withoutAbandonedContact(
  key: string,
  value: Readonly<Record<string, unknown>>,
  cutoff: Date,
): Record<string, unknown> | undefined {
  if (!CONVERSATION_KEY.test(key)) return undefined;
  const data = value[HELD_CONTACT_PROPERTY];
  if (!isRecord(data)) return undefined;
  const contact = data[HELD_CONTACT_FIELD];
  if (contact === null || contact === undefined) return undefined;
  const collectedAt = isRecord(contact) ? contact['collectedAt'] : undefined;
  const at = typeof collectedAt === 'string' ? Date.parse(collectedAt) : Number.NaN;
  if (!Number.isNaN(at) && at >= cutoff.getTime()) return undefined;
  return { ...value, [HELD_CONTACT_PROPERTY]: { ...data, [HELD_CONTACT_FIELD]: null } };
}
