import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { Actor, Case, Delivery, NewCase } from './case.js';
import {
  applyTransition,
  CaseRefusedError,
  isCaseRefusedError,
  type CaseEvent,
  type CaseStatus,
  type TransitionResult,
} from './status.js';

export interface CaseRepositoryOptions {
  readonly clock: Clock;
  /** REFERENCE_PREFIX, such as WW. */
  readonly referencePrefix: string;
  readonly logger: Logger;
}

/** Open cases not yet delivered to their wijkteam: what the outbox still has to do. */
export interface DeliveryBacklog {
  readonly pending: number;
  readonly failed: number;
  /** When the oldest open, undelivered case arrived; null when none is waiting. */
  readonly oldestWaitingSince: string | null;
}

/** Who leases due deliveries, for how long, and how many at most per call. */
export interface DeliveryLease {
  /** Unique per process, such as `<hostname>-<pid>-<random>`. */
  readonly owner: string;
  readonly ms: number;
  readonly limit?: number;
}

export interface DeliveryUpdateOptions {
  /** Keep the lease taken with `leaseDeliveryDue` (default: the write releases it). */
  readonly keepLease?: boolean;
}

export interface CaseFilter {
  readonly wijkteam?: string;
  readonly status?: CaseStatus;
  readonly residentKey?: string;
  /**
   * Any of these wijkteams (the Casusbord's scope). With `statuses` and `createdBefore` the
   * repository answers from an index (a map per wijkteam on files, a WHERE on an index in
   * PostgreSQL), so a board request costs what the team holds, not what the city holds.
   */
  readonly wijkteams?: readonly string[];
  /** Any of these statuses. */
  readonly statuses?: readonly CaseStatus[];
  /** Only cases that arrived at or before this moment (ISO; the board's "waiting at least"). */
  readonly createdBefore?: string;
}

/**
 * Where cases live. Implementations: `InMemoryCaseRepository` (tests, trials),
 * `FileCaseRepository` (the embedded default: a file per case, one process owns the directory) and
 * `PostgresCaseRepository` (DATABASE_URL, any number of processes). Returned cases are copies;
 * change them only through the methods here.
 */
export interface CaseRepository {
  /**
   * Validates the dialog's data, masks identifiers in the story, allocates the next reference
   * (PREFIX-YEAR-SEQUENCE) and stores the case. Durable when the promise resolves: only then may
   * the resident see the reference. WW-6007 invalid data, WW-6009 no consent.
   */
  create(input: NewCase): Promise<Case>;
  get(reference: string): Promise<Case | undefined>;
  /**
   * Optimistic concurrency: `change` gets the stored case if `expectedVersion` is still its
   * version, and the result is stored with the next version. A stale version throws a
   * CaseRefusedError (WW-6002) that says who changed it; an unknown reference WW-6001; a `change`
   * that throws changes nothing. History may only be appended to.
   */
  update(
    reference: string,
    expectedVersion: number,
    change: (current: Case) => Case,
  ): Promise<Case>;
  /**
   * Records a delivery attempt or receipt; no version check and no new version (see ADR 0006).
   * It ends the caller's lease on the case, unless `keepLease`: the outbox records that an
   * attempt starts (durable when the promise resolves) and then makes it, still holding the case.
   */
  updateDelivery(
    reference: string,
    change: (current: Case) => Delivery,
    options?: DeliveryUpdateOptions,
  ): Promise<Case>;
  /** In order of arrival. */
  list(filter?: CaseFilter): Promise<readonly Case[]>;
  /** How many cases match, without reading them. */
  count(filter?: CaseFilter): Promise<number>;
  /** The wijkteams that have at least one stored case, sorted (also those routing no longer lists). */
  wijkteams(): Promise<readonly string[]>;
  /** Open cases not yet delivered whose next attempt is due at `now`. */
  listDeliveryDue(now: Date): Promise<readonly Case[]>;
  /**
   * The outbox: due cases nobody else holds, now held by `lease.owner` for `lease.ms` (or until
   * `updateDelivery` records the attempt). Across processes each case goes to one of them.
   */
  leaseDeliveryDue(now: Date, lease: DeliveryLease): Promise<readonly Case[]>;
  /**
   * "Vergeet mij": erases the contact details of all cases of this resident, notes that in each
   * history (without content) and unlinks the chat. Resolves with the number of cases changed.
   */
  eraseResidentContacts(residentKey: string): Promise<number>;
  /** Removes a case entirely (retention). Resolves false when there was no such case. */
  delete(reference: string): Promise<boolean>;
  /**
   * The delivery outbox's backlog. Costs what is waiting, not what is stored (it is asked on
   * every /readyz probe).
   */
  deliveryBacklog(): Promise<DeliveryBacklog>;
}

/**
 * Applies one state machine event through the repository: reloads the case, checks the version,
 * the table and the actor, and stores the result. Refusals come back as values, so a Teams verb
 * handler can show "Dit is al opgepakt door …" instead of catching exceptions. Unknown reference:
 * WW-6001 is thrown.
 */
export async function transitionCase(
  repository: CaseRepository,
  reference: string,
  event: CaseEvent,
  actor: Actor,
  expectedVersion: number,
  clock: Clock,
): Promise<TransitionResult> {
  try {
    let entry: Extract<TransitionResult, { ok: true }>['entry'] | undefined;
    const stored = await repository.update(reference, expectedVersion, (current) => {
      const result = applyTransition(current, event, actor, expectedVersion, clock);
      if (!result.ok) throw new CaseRefusedError(result.refusal);
      entry = result.entry;
      return result.case;
    });
    if (entry === undefined) throw new WijkwijzerError('WW-6007', { detail: { reference } });
    return { ok: true, case: stored, entry };
  } catch (error) {
    if (isCaseRefusedError(error)) return { ok: false, refusal: error.refusal };
    throw error;
  }
}
