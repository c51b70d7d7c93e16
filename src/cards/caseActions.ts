import { z } from 'zod';
import { caseReferenceSchema } from '../cases/reference.js';
import type { CaseEventType } from '../cases/status.js';

/**
 * The verbs on a case card and what their `Action.Execute` carries. The card's own `data` holds
 * only the case reference, the verb and the version the colleague saw; everything else (who may
 * do what, what the case looks like now) the server decides after reloading the case. Teams adds
 * the values of the card's inputs (`outcome`, `note`, `contactNote`) to that data when a button is
 * pressed.
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

/**
 * Id of the note behind "Contact gelegd". Input ids must be unique on a card, and the close form
 * is on the same card, so this note has its own id.
 */
export const CONTACT_INPUTS = { note: 'contactNote' } as const;

/** The longest note a colleague can write, on the card and on the Casusbord alike. */
export const NOTE_MAX_LENGTH = 1000;

/** An optional note: trimmed, and empty (as Teams sends an untouched input) means "not given". */
const optionalNote = z
  .string()
  .max(NOTE_MAX_LENGTH)
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

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
  [CLOSE_INPUTS.note]: optionalNote,
  [CONTACT_INPUTS.note]: optionalNote,
});

/** True when a payload was refused only because a note is longer than the form allows. */
export function isNoteTooLong(error: z.ZodError): boolean {
  const noteKeys: readonly PropertyKey[] = [CLOSE_INPUTS.note, CONTACT_INPUTS.note];
  return (
    error.issues.length > 0 &&
    error.issues.every(
      (issue) =>
        issue.code === 'too_big' &&
        issue.path.length === 1 &&
        noteKeys.includes(issue.path[0] ?? ''),
    )
  );
}
export type CaseActionPayload = z.infer<typeof caseActionPayloadSchema>;
