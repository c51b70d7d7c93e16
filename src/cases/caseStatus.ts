import { z } from 'zod';

/**
 * The words of the case state machine: the statuses a case can have and the outcomes it can close
 * with. A leaf module, so the case record (case.ts) and the state machine (status.ts) both import it
 * without importing each other.
 */

export const caseStatusSchema = z.enum([
  'nieuw',
  'opgepakt',
  'contact_gelegd',
  'afgerond',
  'geannuleerd',
]);
export type CaseStatus = z.infer<typeof caseStatusSchema>;
export const caseStatuses: readonly CaseStatus[] = caseStatusSchema.options;

/**
 * How a case ended, as the pilot registers it (docs/adr/0006-case-model-and-retention.md §2, ADR 0017): voorliggend opgelost,
 * door het wijkteam zelf geholpen, maatwerk / indicatie nodig, geen contact, ingetrokken.
 * `doorverwezen` is kept so older cases stay readable, but is no longer offered: a referral is to
 * the voorliggend veld or to maatwerk, and the pilot needs to know which (ADR 0017 §4).
 */
export const outcomeSchema = z.enum([
  'voorliggend_opgelost',
  'wijkteam_hulpverleend',
  'maatwerkindicatie',
  'doorverwezen',
  'geen_contact',
  'ingetrokken',
]);
export type Outcome = z.infer<typeof outcomeSchema>;
export const outcomes: readonly Outcome[] = outcomeSchema.options;
/** The outcomes staff choose from when closing a case: the pilot's five. */
export const selectableOutcomes: readonly Outcome[] = outcomes.filter(
  (outcome) => outcome !== 'doorverwezen',
);
