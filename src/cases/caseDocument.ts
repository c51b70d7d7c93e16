import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { MaskCounts } from '../privacy/maskIdentifiers.js';
import { WijkwijzerError } from '../shared/errors.js';
import {
  buildCase,
  caseSchema,
  deliverySchema,
  eraseContact,
  isClosed,
  type Case,
  type Delivery,
} from './case.js';
import type { CaseFilter, DeliveryBacklog } from './caseRepository.js';
import { formatReference, referenceYear } from './reference.js';
import { CaseRefusedError, conflictRefusal } from './status.js';

/**
 * The stored form of all cases and the operations on it, as synchronous functions on a draft.
 * Both repositories run exactly these: the in-memory one on a copy it swaps in when the function
 * returns, the file one inside a JsonDocumentStore update (serialized, rolled back when it throws).
 * So the two cannot differ in behaviour, and the contract tests cover both.
 */
export const caseDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  /** Last sequence number handed out per year; never goes down, also not when cases are deleted. */
  sequences: z.record(z.string().regex(/^\d{4}$/), z.number().int().min(0)),
  cases: z.record(z.string(), caseSchema),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

export function emptyCaseDocument(): CaseDocument {
  return { schemaVersion: 1, sequences: {}, cases: {} };
}

export function issuePaths(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => issue.path.join('.') || '(root)')
    .join(', ');
}

/** Validates a document read from disk; WW-6011 names the paths that are wrong, never values. */
export function parseCaseDocument(data: unknown): CaseDocument {
  const parsed = caseDocumentSchema.safeParse(data);
  if (!parsed.success) {
    throw new WijkwijzerError('WW-6011', {
      detail: { issues: parsed.error.issues.length, paths: issuePaths(parsed.error) },
    });
  }
  for (const [key, stored] of Object.entries(parsed.data.cases)) {
    if (key !== stored.reference) {
      throw new WijkwijzerError('WW-6011', { detail: { paths: `cases.${key}.reference` } });
    }
  }
  return parsed.data;
}

/**
 * One case as a store read it back (a file, a row): checked against the schema and its reference.
 * WW-6011 names where it was read and the paths that are wrong, never values.
 */
export function parseStoredCase(reference: string, data: unknown, where: string): Case {
  const parsed = caseSchema.safeParse(data);
  if (!parsed.success || parsed.data.reference !== reference) {
    throw new WijkwijzerError('WW-6011', {
      detail: { where, paths: parsed.success ? 'reference' : issuePaths(parsed.error) },
    });
  }
  return parsed.data;
}

export interface CreateResult {
  readonly case: Case;
  readonly masked: MaskCounts;
}

/** Allocates the next reference of the year and adds the case. */
export function createIn(
  document: CaseDocument,
  input: unknown,
  prefix: string,
  now: Date,
): CreateResult {
  const year = String(referenceYear(now));
  let sequence = (document.sequences[year] ?? 0) + 1;
  let reference = formatReference(prefix, Number(year), sequence);
  // Only after a prefix change back and forth could a reference be taken; skip rather than overwrite.
  while (document.cases[reference] !== undefined) {
    sequence += 1;
    reference = formatReference(prefix, Number(year), sequence);
  }
  const built = buildCase(input, reference, now);
  document.sequences[year] = sequence;
  document.cases[reference] = built.case;
  return built;
}

function requireCase(document: CaseDocument, reference: string): Case {
  const found = document.cases[reference];
  if (found === undefined) throw new WijkwijzerError('WW-6001', { detail: { reference } });
  return found;
}

/**
 * Replaces a case by what `change` makes of it, if `expectedVersion` is still current. The result
 * keeps its reference and its history (entries may only be appended), gets the next version and is
 * validated. A stale version throws a CaseRefusedError naming who changed the case.
 */
export function updateIn(
  document: CaseDocument,
  reference: string,
  expectedVersion: number,
  change: (current: Case) => Case,
): Case {
  const next = updatedCase(requireCase(document, reference), expectedVersion, change);
  document.cases[reference] = next;
  return next;
}

/** `updateIn` for one stored case: the rules without the document (per-case storage). */
export function updatedCase(
  current: Case,
  expectedVersion: number,
  change: (current: Case) => Case,
): Case {
  const reference = current.reference;
  if (current.version !== expectedVersion) {
    throw new CaseRefusedError(conflictRefusal(current, expectedVersion));
  }
  const proposed = change(structuredClone(current));
  const appendOnly =
    proposed.history.length >= current.history.length &&
    current.history.every((entry, index) => isDeepStrictEqual(entry, proposed.history[index]));
  if (proposed.reference !== current.reference || !appendOnly) {
    throw new WijkwijzerError('WW-6007', {
      detail: { reference, reason: appendOnly ? 'reference changed' : 'history rewritten' },
    });
  }
  const checked = caseSchema.safeParse({ ...proposed, version: current.version + 1 });
  if (!checked.success) {
    throw new WijkwijzerError('WW-6007', {
      detail: { reference, paths: issuePaths(checked.error) },
    });
  }
  return checked.data;
}

/**
 * Changes only the delivery state. No version check and no new version: whether the Teams card
 * went out is not a change staff act on, and bumping the version would make the card they are
 * looking at stale.
 */
export function updateDeliveryIn(
  document: CaseDocument,
  reference: string,
  change: (current: Case) => Delivery,
): Case {
  const next = withDelivery(requireCase(document, reference), change);
  document.cases[reference] = next;
  return next;
}

/** `updateDeliveryIn` for one stored case. */
export function withDelivery(current: Case, change: (current: Case) => Delivery): Case {
  const delivery = deliverySchema.safeParse(change(structuredClone(current)));
  if (!delivery.success) {
    throw new WijkwijzerError('WW-6007', {
      detail: { reference: current.reference, paths: `delivery.${issuePaths(delivery.error)}` },
    });
  }
  return { ...current, delivery: delivery.data };
}

/** Whether a case waits for delivery at `now` (open, not delivered, next attempt due). */
export function isDeliveryDue(candidate: Case, now: Date): boolean {
  return (
    !isClosed(candidate) &&
    candidate.delivery.state !== 'delivered' &&
    (candidate.delivery.nextAttemptAt === null ||
      Date.parse(candidate.delivery.nextAttemptAt) <= now.getTime())
  );
}

/** Orders cases by arrival: createdAt, then reference. */
export function byArrival(left: Case, right: Case): number {
  return left.createdAt === right.createdAt
    ? left.reference.localeCompare(right.reference)
    : left.createdAt.localeCompare(right.createdAt);
}

export function matchesFilter(candidate: Case, filter: CaseFilter): boolean {
  return (
    (filter.wijkteam === undefined || candidate.wijkteam === filter.wijkteam) &&
    (filter.status === undefined || candidate.status === filter.status) &&
    (filter.residentKey === undefined || candidate.residentKey === filter.residentKey) &&
    (filter.wijkteams === undefined || filter.wijkteams.includes(candidate.wijkteam)) &&
    (filter.statuses === undefined || filter.statuses.includes(candidate.status)) &&
    (filter.createdBefore === undefined || candidate.createdAt <= filter.createdBefore)
  );
}

/** Cases in order of arrival (references sort by year, then sequence). */
export function listIn(document: Readonly<CaseDocument>, filter: CaseFilter = {}): Case[] {
  return Object.values(document.cases)
    .filter((candidate) => matchesFilter(candidate, filter))
    .sort(byArrival);
}

/** Open cases the wijkteam has not been told about yet and whose next attempt is due. */
export function listDeliveryDueIn(document: Readonly<CaseDocument>, now: Date): Case[] {
  return listIn(document).filter((candidate) => isDeliveryDue(candidate, now));
}

/** What the delivery outbox still has to do, for /readyz and the CLI. */
export function deliveryBacklogOf(cases: Iterable<Case>): DeliveryBacklog {
  let pending = 0;
  let failed = 0;
  let oldestWaitingSince: string | null = null;
  for (const candidate of cases) {
    if (candidate.delivery.state === 'delivered' || isClosed(candidate)) continue;
    if (candidate.delivery.state === 'failed') failed += 1;
    else pending += 1;
    if (oldestWaitingSince === null || candidate.createdAt < oldestWaitingSince) {
      oldestWaitingSince = candidate.createdAt;
    }
  }
  return { pending, failed, oldestWaitingSince };
}

/** "Vergeet mij": erases the contact details of every case of this resident and unlinks the chat. */
export function eraseResidentContactsIn(
  document: CaseDocument,
  residentKey: string,
  now: Date,
): number {
  let erased = 0;
  for (const candidate of listIn(document, { residentKey })) {
    const next = eraseContact(candidate, 'vergeet_mij', { kind: 'resident', id: 'inwoner' }, now);
    if (next !== candidate) {
      document.cases[candidate.reference] = next;
      erased += 1;
    }
  }
  return erased;
}

export function deleteIn(document: CaseDocument, reference: string): boolean {
  if (document.cases[reference] === undefined) return false;
  const { [reference]: _removed, ...rest } = document.cases;
  document.cases = rest;
  return true;
}
