import { z } from 'zod';
import { maskIdentifiers, type MaskCounts } from '../privacy/maskIdentifiers.js';
import { WijkwijzerError } from '../shared/errors.js';
import { emailAddressSchema, isDutchMobileNumber, phoneNumberSchema } from './contact.js';
import { caseReferenceSchema } from './reference.js';
import { caseStatusSchema, outcomeSchema } from './caseStatus.js';

/**
 * A case: one question a resident handed over to the wijkteam, with the story they told (so nobody
 * asks again) kept apart from their contact details (so those can be erased on their own).
 * Domain words are stored as Dutch slugs, the words the wijkteam registers outcomes in; technical
 * states (delivery) as English slugs. Dutch labels are in src/i18n/nl/cases.ts.
 * See docs/adr/0006-case-model-and-retention.md.
 */

export const timestampSchema = z.iso.datetime({ error: 'must be an ISO 8601 timestamp' });

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { error: 'must be a slug such as oost-binnen' });

/**
 * A stadsdeel as the loaded knowledge names it: the `id` slug of a stadsdeel in gebieden.yaml
 * (`noord` … `centrum` in Enschede, `lindewaard` elsewhere), not a fixed list, so the wijkwijzer
 * works on any gemeente's knowledge directory. Cases stored with Enschede's five slugs still read.
 */
export const stadsdeelSchema = slugSchema.max(40);
export type Stadsdeel = z.infer<typeof stadsdeelSchema>;

export const forWhomSchema = z.enum([
  'zelf',
  'kind',
  'partner',
  'ouder',
  'familielid',
  /** Someone the resident cares for (mantelzorg), family or not. */
  'naaste',
  'buur',
  'ander',
  /** The resident did not say; the wijkteam asks, instead of the bot assuming "zelf". */
  'onbekend',
]);
export type ForWhom = z.infer<typeof forWhomSchema>;

export const ageBandSchema = z.enum(['0-11', '12-17', '18-26', '27-66', '67+']);
export type AgeBand = z.infer<typeof ageBandSchema>;

const freeText = (max: number) => z.string().trim().max(max);

/** The story: everything the wijkteam needs to pick the question up without asking it again. */
export const storySchema = z.object({
  summary: freeText(4000).min(1),
  /** Levensgebieden as slugs of the knowledge taxonomy, such as `geld` or `eenzaamheid`. */
  levensgebieden: z.array(slugSchema).max(20),
  wijk: freeText(100).min(1).nullable(),
  stadsdeel: stadsdeelSchema.nullable(),
  forWhom: forWhomSchema,
  ageBand: ageBandSchema.nullable(),
  /** What the resident (and people around them) already tried; empty when nothing was said. */
  triedAlready: freeText(2000),
  /** Ids of the voorzieningen the bot already showed, so the wijkteam does not offer them again. */
  voorzieningenShown: z.array(z.string().min(1).max(120)).max(100),
  /** Conversations about this question before the handover ("1 of 2 gesprekken"). */
  conversationCount: z.number().int().min(1).max(1000),
  /** The language the resident chose in the chat, so the wijkteam can answer in it. Cases stored
   * before it was kept were all Dutch or unknown: they read as Dutch. */
  language: z.enum(['nl', 'en']).default('nl'),
});
export type Story = z.infer<typeof storySchema>;

/** Explicit consent to share the story and contact details with the wijkteam; default is no. */
export const consentSchema = z.object({
  given: z.boolean(),
  at: timestampSchema,
  /** Which wording the resident agreed to, such as `overdracht-2026-01`. */
  textVersion: z.string().trim().min(1).max(60),
});
export type Consent = z.infer<typeof consentSchema>;

const contactFields = {
  /** Name or roepnaam, as the resident wants to be addressed. */
  name: freeText(100).min(1),
  phone: z
    .string()
    .regex(/^(?:0[1-9]\d{8}|\+[1-9]\d{7,14})$/)
    .nullable(),
  email: z.email().nullable(),
  bestMoment: freeText(200).min(1).nullable(),
  /** "Niet bellen, alleen sms/e-mail". */
  noCalls: z.boolean(),
};

type ContactShape = {
  readonly phone: string | null;
  readonly email: string | null;
  readonly noCalls: boolean;
};

function checkReachable(contact: ContactShape, context: z.RefinementCtx): void {
  if (contact.phone === null && contact.email === null) {
    context.addIssue({ code: 'custom', message: 'needs a phone number or an e-mail address' });
  } else if (
    contact.noCalls &&
    contact.email === null &&
    contact.phone !== null &&
    contact.phone.startsWith('0') &&
    !isDutchMobileNumber(contact.phone)
  ) {
    context.addIssue({
      code: 'custom',
      path: ['noCalls'],
      message: 'no calls needs an e-mail address or a mobile number for text messages',
    });
  }
}

/** Stored contact details of the person who asked (the melder). */
export const contactDetailsSchema = z
  .object({ kind: z.literal('contact'), ...contactFields })
  .superRefine(checkReachable);
export type ContactDetails = z.infer<typeof contactDetailsSchema>;

/** What is left of the contact details after erasure: when and why, nothing else. */
export const erasedContactSchema = z.object({
  kind: z.literal('erased'),
  at: timestampSchema,
  reason: z.enum(['vergeet_mij', 'bewaartermijn']),
});
export type ErasedContact = z.infer<typeof erasedContactSchema>;

export const melderSchema = z.discriminatedUnion('kind', [
  contactDetailsSchema,
  erasedContactSchema,
]);
export type Melder = z.infer<typeof melderSchema>;

/** Contact details as the dialog collects them; phone and e-mail are normalised here. */
export const contactInputSchema = z
  .object({
    name: contactFields.name,
    phone: phoneNumberSchema.nullable().default(null),
    email: emailAddressSchema.nullable().default(null),
    bestMoment: contactFields.bestMoment.default(null),
    noCalls: z.boolean().default(false),
  })
  .superRefine(checkReachable);
export type ContactInput = z.input<typeof contactInputSchema>;

export const actorKindSchema = z.enum(['resident', 'staff', 'system']);

/** Who did something. Staff are identified by their AAD object id; `name` is a display name. */
export const actorSchema = z.object({
  kind: actorKindSchema,
  id: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200).optional(),
  /** Set when a staff member acted as coordinator of the wijkteam (may act on others' cases). */
  coordinator: z.boolean().optional(),
});
export type Actor = z.infer<typeof actorSchema>;

export const historyActionSchema = z.enum([
  'aangemaakt',
  'opgepakt',
  'contact_gelegd',
  'afgerond',
  'teruggezet',
  'geannuleerd',
  'contact_gewist',
]);
export type HistoryAction = z.infer<typeof historyActionSchema>;

/** One line of the append-only history: who, when, from which status to which, and why. */
export const historyEntrySchema = z.object({
  at: timestampSchema,
  actor: actorSchema,
  action: historyActionSchema,
  from: caseStatusSchema.nullable(),
  to: caseStatusSchema,
  outcome: outcomeSchema.optional(),
  note: freeText(1000).min(1).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const assigneeSchema = z.object({
  staffId: z.string().trim().min(1).max(200),
  displayName: z.string().trim().min(1).max(200),
});
export type Assignee = z.infer<typeof assigneeSchema>;

export const deliveryStateSchema = z.enum(['pending', 'delivered', 'failed']);
export type DeliveryState = z.infer<typeof deliveryStateSchema>;

/**
 * Whether the wijkteam has been told. `failed` means the last attempt failed and another one is
 * planned at `nextAttemptAt`; the case itself is stored and listed whatever this says.
 */
export const deliverySchema = z.object({
  state: deliveryStateSchema,
  attempts: z.number().int().min(0),
  lastAttemptAt: timestampSchema.nullable(),
  lastErrorCode: z.string().max(40).nullable(),
  nextAttemptAt: timestampSchema.nullable(),
  deliveredAt: timestampSchema.nullable(),
  /**
   * When an attempt without a receipt began: written before the notifier is called, cleared
   * when a receipt is recorded. Set while `receipt` is null means "in doubt": that attempt may
   * have reached the wijkteam unheard, so the next one first looks for its card (ADR 0008,
   * amendment 2026-12-03). Absent in cases stored before it existed: read as null.
   */
  attemptStartedAt: timestampSchema.nullable().optional(),
  /** Where the notifier put it (for Teams: the channel message), so it can be updated later. */
  receipt: z
    .object({ channel: z.string().min(1).max(60), externalId: z.string().min(1).max(500) })
    .nullable(),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const caseSchema = z.object({
  reference: caseReferenceSchema,
  /** Id (slug) of the wijkteam, from knowledge/routering.yaml. */
  wijkteam: slugSchema,
  story: storySchema,
  consent: consentSchema,
  melder: melderSchema,
  /**
   * Opaque key of the resident's chat, so they can see the status and erase their contact details.
   * Null after "vergeet mij": the case can no longer be found from the chat.
   */
  residentKey: z.string().min(1).max(200).nullable(),
  assignee: assigneeSchema.nullable(),
  status: caseStatusSchema,
  outcome: outcomeSchema.nullable(),
  closedAt: timestampSchema.nullable(),
  delivery: deliverySchema,
  history: z.array(historyEntrySchema).min(1),
  /** Starts at 1 and goes up by one with every change staff or the resident make. */
  version: z.number().int().min(1),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Case = z.infer<typeof caseSchema>;

/** What the handover dialog gives the repository; the repository adds reference and bookkeeping. */
export const newCaseSchema = z.object({
  wijkteam: slugSchema,
  story: storySchema,
  consent: consentSchema,
  melder: contactInputSchema,
  residentKey: z.string().min(1).max(200),
});
export type NewCase = z.input<typeof newCaseSchema>;

export interface BuiltCase {
  readonly case: Case;
  /** How many identifiers were masked in the story: for a log line, never the text itself. */
  readonly masked: MaskCounts;
}

function issuePaths(error: z.ZodError): string {
  return error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
}

/** A system actor, such as the retention job or the delivery worker. */
export function systemActor(id: string): Actor {
  return { kind: 'system', id };
}

/**
 * Validates what the dialog collected and turns it into a new case: status nieuw, version 1, one
 * history entry, delivery pending. Identifiers in the free text are masked before anything is
 * stored. Throws WW-6007 (invalid data; the detail names paths, never values) or WW-6009 (no consent).
 */
export function buildCase(input: unknown, reference: string, now: Date): BuiltCase {
  const parsed = newCaseSchema.safeParse(input);
  if (!parsed.success) {
    throw new WijkwijzerError('WW-6007', { detail: { paths: issuePaths(parsed.error) } });
  }
  const draft = parsed.data;
  if (!draft.consent.given) throw new WijkwijzerError('WW-6009');

  const summary = maskIdentifiers(draft.story.summary);
  const tried = maskIdentifiers(draft.story.triedAlready);
  const at = now.toISOString();
  const built: Case = {
    reference,
    wijkteam: draft.wijkteam,
    story: { ...draft.story, summary: summary.text, triedAlready: tried.text },
    consent: draft.consent,
    melder: { kind: 'contact', ...draft.melder },
    residentKey: draft.residentKey,
    assignee: null,
    status: 'nieuw',
    outcome: null,
    closedAt: null,
    delivery: {
      state: 'pending',
      attempts: 0,
      lastAttemptAt: null,
      lastErrorCode: null,
      nextAttemptAt: null,
      deliveredAt: null,
      receipt: null,
    },
    history: [
      {
        at,
        actor: { kind: 'resident', id: 'inwoner' },
        action: 'aangemaakt',
        from: null,
        to: 'nieuw',
      },
    ],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const checked = caseSchema.safeParse(built);
  if (!checked.success) {
    throw new WijkwijzerError('WW-6007', { detail: { paths: issuePaths(checked.error) } });
  }
  return {
    case: checked.data,
    masked: {
      bsn: summary.found.bsn + tried.found.bsn,
      iban: summary.found.iban + tried.found.iban,
      phone: summary.found.phone + tried.found.phone,
      email: summary.found.email + tried.found.email,
    },
  };
}

/**
 * The case with its contact details erased and one history entry saying so, without content.
 * Unchanged when they were already erased. Also unlinks the resident's chat for "vergeet mij".
 */
export function eraseContact(
  current: Case,
  reason: ErasedContact['reason'],
  actor: Actor,
  now: Date,
): Case {
  const unlink = reason === 'vergeet_mij' && current.residentKey !== null;
  if (current.melder.kind === 'erased' && !unlink) return current;
  const at = now.toISOString();
  return {
    ...current,
    melder: current.melder.kind === 'erased' ? current.melder : { kind: 'erased', at, reason },
    residentKey: reason === 'vergeet_mij' ? null : current.residentKey,
    history: [
      ...current.history,
      { at, actor, action: 'contact_gewist', from: current.status, to: current.status },
    ],
    version: current.version + 1,
    updatedAt: at,
  };
}

/** The moment a case reached afgerond or geannuleerd; retention counts from here. */
export function isClosed(current: Case): boolean {
  return current.status === 'afgerond' || current.status === 'geannuleerd';
}
