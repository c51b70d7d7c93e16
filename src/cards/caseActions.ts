import { z } from 'zod';
import { caseReferenceSchema } from '../cases/reference.js';
import type { CaseEventType } from '../cases/status.js';

/**
 * The verbs on a case card and what their `Action.Execute` carries. The card's own `data` holds
 * only the case reference, the verb and the version the colleague saw; everything else (who may
 * do what, what the case looks like now) the server decides after reloading the case. Teams adds
 * the values of the card's inputs (`outcome`, `note`) to that data when a button is pressed.
 */

export const caseCardVerbs = ['claim', 'contactMade', 'close', 'release'] as const;
export type CaseCardVerb = (typeof caseCardVerbs)[number];

/** Asks for the caller's personal view; never changes the case or the shared card. */
export const REFRESH_VERB = 'refresh';
export type CardVerb = CaseCardVerb | typeof REFRESH_VERB;

/** The case event each card verb sends to the state machine (src/cases/status.ts). */
export const verbEvents: Readonly<Record<CaseCardVerb, CaseEventType>> = {
  claim: 'claim',
  contactMade: 'contact_made',
  close: 'close',
  release: 'release',
};

/** Ids of the inputs behind "Afronden"; Teams sends their values along with the action data. */
export const CLOSE_INPUTS = { outcome: 'outcome', note: 'note' } as const;

export interface CaseActionData {
  readonly [key: string]: string | number;
  readonly reference: string;
  readonly verb: CardVerb;
  readonly expectedVersion: number;
}

export function caseActionData(
  reference: string,
  verb: CardVerb,
  expectedVersion: number,
): CaseActionData {
  return { reference, verb, expectedVersion };
}

/**
 * What the bot accepts from a pressed button. The verb is any short string here, so an unknown
 * verb is refused by the registry with its own message; unknown extra keys are dropped.
 * Empty inputs arrive as empty strings and mean "not given".
 */
export const caseActionPayloadSchema = z.object({
  reference: caseReferenceSchema,
  verb: z.string().min(1).max(40),
  expectedVersion: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  [CLOSE_INPUTS.outcome]: z
    .string()
    .max(60)
    .optional()
    .transform((value) => (value === '' ? undefined : value)),
  [CLOSE_INPUTS.note]: z
    .string()
    .max(1000)
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim())),
});
export type CaseActionPayload = z.infer<typeof caseActionPayloadSchema>;
