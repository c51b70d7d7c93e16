import { z } from 'zod';
import { crisisKindsByUrgency } from '../safety/crisisKind.js';
import { followUpOutcomes, resultAnswers } from '../conversation/residentMemory.js';
import { handoverReasons } from '../conversation/wijkwijzerRule.js';

/**
 * The facts the wijkwijzer counts for the gemeente (domain.md §9, peers.md §5 item 11): per day,
 * aggregated, with slugs and short area names only. The schemas cannot carry a sentence, so no
 * caller can leak a resident's words into the counts, and there is no user or conversation id.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(40);
/** Wijk names come from knowledge/gebieden.yaml: letters, digits, spaces, hyphens, apostrophes. */
const wijkName = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[\p{L}0-9' ./-]+$/u);

export const handoverSteps = [
  /** The bot proposed the handover (one of the wijkwijzer-rule reasons). */
  'proposed',
  /** The resident said yes to the proposal, or asked for a person themselves. */
  'accepted',
  /** The resident said no to the proposal. */
  'declined',
  /** The resident said no at the consent question. */
  'consent_refused',
  /** The resident stopped at the summary ("Niet versturen"). */
  'cancelled',
  /** A case was created and the resident got a reference. */
  'sent',
] as const;

export const insightEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('crisis'), crisisKind: z.enum(crisisKindsByUrgency) }),
  z.strictObject({
    kind: z.literal('unmet_need'),
    levensgebied: slug,
    wijk: wijkName.optional(),
  }),
  z.strictObject({ kind: z.literal('follow_up'), outcome: z.enum(followUpOutcomes) }),
  /** The answer to "Helpt dit u verder?". */
  z.strictObject({ kind: z.literal('helped'), answer: z.enum(resultAnswers) }),
  /** The optional score after a helpful conversation. */
  z.strictObject({ kind: z.literal('score'), score: z.int().min(1).max(5) }),
  z.strictObject({
    kind: z.literal('handover'),
    step: z.enum(handoverSteps),
    reason: z.enum(handoverReasons),
  }),
]);
export type InsightEvent = z.infer<typeof insightEventSchema>;
export type InsightKind = InsightEvent['kind'];

/** The dimensions of an event as a flat record of strings (everything but `kind`). */
export function eventDimensions(event: InsightEvent): Record<string, string> {
  const dimensions: Record<string, string> = {};
  for (const [key, value] of Object.entries(event)) {
    if (key === 'kind' || value === undefined) continue;
    dimensions[key] = String(value);
  }
  return dimensions;
}
