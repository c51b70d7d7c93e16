import { hostname } from 'node:os';
import type { Clock } from '../shared/clock.js';
import { newId } from '../shared/ids.js';
import { isWijkwijzerError, WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import type { Case, Delivery } from './case.js';
import type { CaseRepository, DeliveryBacklog } from './caseRepository.js';

/**
 * The delivery outbox: every stored case is sent to its wijkteam by a `CaseNotifier` (the Teams
 * notifier implements it), retried with exponential backoff and jitter until it gets through. The
 * case is stored before any attempt, so a notifier that is missing or down never loses one; it
 * stays listed with its delivery state. The start of every attempt is recorded before the
 * notifier is called; a case whose attempt started and has no receipt is "in doubt" (a crash
 * between a successful send and recording it), and with a `DeliveryReconciler` its message is
 * looked up and recorded instead of sent again, then updated once through the notifier (which
 * updates the message a receipt names) to show the case as it stands now. Without one, delivery
 * is at least once.
 */

/** Where the notifier put the case, so it can update that message later. */
export interface DeliveryReceipt {
  readonly channel: string;
  readonly externalId: string;
}

export interface CaseNotifier {
  /** Sends the case to its wijkteam. Throw (preferably a WijkwijzerError) when it did not arrive. */
  deliver(caseToSend: Case): Promise<DeliveryReceipt>;
}

/**
 * Finds what an earlier attempt may have delivered unheard (the Teams implementation reads the
 * channel through Microsoft Graph). Asked before a case "in doubt" is sent again: an attempt
 * began (`delivery.attemptStartedAt`) and no receipt was recorded.
 */
export interface DeliveryReconciler {
  /**
   * The receipt of this case's message posted at or after `since`, or undefined when there is
   * none. Throws (preferably a WijkwijzerError) when it cannot tell: the case is then sent again.
   * A receipt found is recorded, and the notifier is then called once with it, to update that
   * message to the case's current state (what a claim made meanwhile changed).
   */
  findDelivered(caseToFind: Case, since: Date): Promise<DeliveryReceipt | undefined>;
}

/** Timers as a collaborator, so tests decide when time passes. */
export interface Scheduler {
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemScheduler: Scheduler = {
  setTimeout: (callback, milliseconds) => {
    const handle = setTimeout(callback, milliseconds);
    // The worker must never keep a process alive that is otherwise done (CLI, tests, shutdown).
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface DeliveryWorkerOptions {
  readonly repository: CaseRepository;
  /** Undefined when no channel for the wijkteams is configured: cases wait, stored and listed. */
  readonly notifier: CaseNotifier | undefined;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly scheduler?: Scheduler;
  /** Between 0 and 1; tests pass a fixed value. */
  readonly random?: () => number;
  readonly intervalMs: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** A notifier call that takes longer counts as failed (WW-6008); default 30 seconds. */
  readonly attemptTimeoutMs?: number;
  /**
   * Looks for the message of an attempt in doubt before sending again. Without one, delivery of
   * a case in doubt is at least once (a second message): the composition says so once at start
   * (src/teams/teamsRuntime.ts, naming the settings), and each such case is logged.
   */
  readonly reconciler?: DeliveryReconciler;
}

export interface DeliveryRunReport {
  readonly configured: boolean;
  readonly due: number;
  readonly delivered: number;
  readonly failed: number;
}

/**
 * For /readyz: open cases waiting or failing. Costs what waits, not what is stored (every probe of
 * a load balancer asks), so there is no count of delivered cases here.
 */
export interface DeliveryCounts extends DeliveryBacklog {
  readonly configured: boolean;
}

/**
 * The wait before the next attempt after `attempts` failures: doubling from `baseMs`, capped at
 * `maxMs`, with "equal jitter" (half fixed, half random) so retries after an outage spread out
 * but never come sooner than half the planned wait.
 */
export function retryDelay(
  attempts: number,
  baseMs: number,
  maxMs: number,
  random: () => number,
): number {
  const exponent = Math.max(0, attempts - 1);
  const planned = Math.min(maxMs, baseMs * 2 ** Math.min(exponent, 30));
  const half = planned / 2;
  return Math.round(half + random() * half);
}

/** An attempt that took longer than the attempt timeout (WW-6008); its call may still land. */
class AttemptTimeout extends WijkwijzerError {
  constructor(ms: number) {
    super('WW-6008', { detail: { reason: 'timeout', ms } });
  }
}

/**
 * Cases are leased one at a time, each for twice the attempt timeout, and at most this many per run
 * (the rest waits for the next run). One at a time, because a lease is also how long the other
 * instances wait when this one dies holding it: a batch lease long enough for ten attempts kept a
 * dead process's cases from every wijkteam for 5.5 minutes (ADR 0019, amendment 2026-12-02).
 */
const MAX_CASES_PER_RUN = 200;

export class DeliveryWorker {
  private readonly options: DeliveryWorkerOptions;
  private readonly logger: Logger;
  private readonly scheduler: Scheduler;
  private readonly random: () => number;
  private timer: unknown = null;
  private running: Promise<DeliveryRunReport> | null = null;
  private rerun = false;
  private started = false;
  private warnedUnconfigured = false;
  private stopRequested = false;
  /** Late receipts being written (recordLateReceipt): stop() waits for them. */
  private readonly lateRecordings = new Set<Promise<void>>();
  /** Who this worker is when it leases cases from the outbox. */
  private readonly leaseOwner = `${hostname()}-${process.pid}-${newId().slice(0, 8)}`;

  constructor(options: DeliveryWorkerOptions) {
    this.options = options;
    this.logger = moduleLogger(options.logger, 'delivery');
    this.scheduler = options.scheduler ?? systemScheduler;
    this.random = options.random ?? Math.random;
  }

  /** Starts polling: a run now, then one every `intervalMs`. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopRequested = false;
    this.schedule(0);
  }

  /** Asks for a run soon, for example right after a handover created a case. */
  kick(): void {
    if (!this.started) return;
    if (this.running !== null) {
      this.rerun = true;
      return;
    }
    this.schedule(0);
  }

  /** Stops polling and waits for a run in progress and for late receipts being written. */
  async stop(): Promise<void> {
    this.started = false;
    this.stopRequested = true;
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
    try {
      if (this.running !== null) await this.running.catch(() => undefined);
      await Promise.all(this.lateRecordings);
    } finally {
      this.stopRequested = false;
    }
  }

  /** One pass over the cases that are due. Runs never overlap: a second call joins the first. */
  runOnce(): Promise<DeliveryRunReport> {
    this.running ??= this.deliverDue().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async counts(): Promise<DeliveryCounts> {
    const backlog = await this.options.repository.deliveryBacklog();
    return { configured: this.options.notifier !== undefined, ...backlog };
  }

  private schedule(milliseconds: number): void {
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = this.scheduler.setTimeout(() => {
      this.timer = null;
      void this.tick();
    }, milliseconds);
  }

  private async tick(): Promise<void> {
    do {
      this.rerun = false;
      try {
        await this.runOnce();
      } catch (error) {
        // A failing store must not stop the worker; the next tick tries again.
        this.logger.error(
          { code: isWijkwijzerError(error) ? error.code : null },
          'delivery run failed',
        );
      }
    } while (this.rerun && this.started);
    if (this.started) this.schedule(this.options.intervalMs);
  }

  private async deliverDue(): Promise<DeliveryRunReport> {
    const now = this.options.clock.now();
    const notifier = this.options.notifier;
    // Leased, so with several processes on one database each case is sent by one of them. Without
    // a notifier nothing is sent: just look.
    if (notifier === undefined) {
      const due = await this.options.repository.listDeliveryDue(now);
      if (due.length > 0 && !this.warnedUnconfigured) {
        this.warnedUnconfigured = true;
        this.logger.warn(
          { waiting: due.length },
          'no notifier configured: cases are stored and listed but not sent to a wijkteam',
        );
      }
      return { configured: false, due: due.length, delivered: 0, failed: 0 };
    }
    let delivered = 0;
    let failed = 0;
    let seen = 0;
    // A case whose outcome could not be recorded stays due and leased to this process, so the
    // next lease would hand it straight back: once per run, or a card that reached Teams but was
    // not recorded would be posted again and again.
    const tried = new Set<string>();
    // One case per lease, taken just before its attempt: no lease runs out while its case waits
    // its turn here (another process would then post it as well), and a process that dies holds
    // up only the case in hand, for twice the attempt timeout.
    // stop() during a long run: finish the attempt in hand, leave the rest for the next start.
    while (seen < MAX_CASES_PER_RUN && !this.stopRequested) {
      const [candidate] = await this.options.repository.leaseDeliveryDue(this.options.clock.now(), {
        owner: this.leaseOwner,
        ms: this.leaseMs(),
        limit: 1,
      });
      if (candidate === undefined || tried.has(candidate.reference)) break;
      tried.add(candidate.reference);
      seen += 1;
      const outcome = await this.attempt(notifier, candidate);
      if (outcome === 'delivered') delivered += 1;
      else failed += 1;
    }
    return { configured: true, due: seen, delivered, failed };
  }

  private async attempt(notifier: CaseNotifier, candidate: Case): Promise<'delivered' | 'failed'> {
    const reference = candidate.reference;
    // In doubt: an earlier attempt began and nobody heard how it ended (its process died, or it
    // failed in a way that may still have reached the wijkteam).
    const inDoubtSince =
      candidate.delivery.receipt === null ? (candidate.delivery.attemptStartedAt ?? null) : null;
    // Durable before anything leaves: whoever holds the case next knows this attempt may have
    // reached the wijkteam. The earliest start is kept, so a lookup covers every attempt in doubt.
    try {
      const startedAt = this.options.clock.now().toISOString();
      await this.options.repository.updateDelivery(
        reference,
        (current) => ({
          ...current.delivery,
          attemptStartedAt:
            current.delivery.receipt === null
              ? (current.delivery.attemptStartedAt ?? startedAt)
              : null,
        }),
        { keepLease: true },
      );
    } catch (error) {
      // Not recorded, so not sent: the case stays leased and due, and is tried again later.
      this.logger.error(
        { reference, code: isWijkwijzerError(error) ? error.code : null },
        'could not record that a delivery attempt starts; not sending',
      );
      return 'failed';
    }
    let receipt: DeliveryReceipt | undefined;
    // Found: the message of the attempt in doubt was recorded, and is now brought up to date.
    let found = false;
    let errorCode = 'WW-6008';
    let timedOut = false;
    let toSend: Case = candidate;
    if (inDoubtSince !== null) {
      const foundReceipt = await this.findDelivered(candidate, new Date(inDoubtSince));
      if (foundReceipt !== undefined) {
        const recorded = await this.recordFound(reference, foundReceipt);
        // Not recorded: still in doubt, found again next time; nothing is sent meanwhile.
        if (recorded === undefined) return 'failed';
        found = true;
        toSend = recorded;
      }
    }
    // With a receipt the notifier updates that message (the card as the case stands now; the
    // found one shows the case as it was when posted); without one it sends the case.
    const sending = notifier.deliver(structuredClone(toSend));
    try {
      receipt = await this.withTimeout(sending);
    } catch (error) {
      errorCode = isWijkwijzerError(error) ? error.code : 'WW-6008';
      timedOut = error instanceof AttemptTimeout;
      if (timedOut) this.recordLateReceipt(reference, sending);
    }
    const at = this.options.clock.now();
    try {
      if (receipt !== undefined) {
        const sent = receipt;
        await this.options.repository.updateDelivery(reference, (current) => ({
          ...current.delivery,
          state: 'delivered',
          attempts: current.delivery.attempts + (found ? 0 : 1),
          lastAttemptAt: found ? current.delivery.lastAttemptAt : at.toISOString(),
          lastErrorCode: null,
          nextAttemptAt: null,
          deliveredAt: at.toISOString(),
          attemptStartedAt: null,
          receipt: { channel: sent.channel, externalId: sent.externalId },
        }));
        this.logger.info(
          { reference, channel: sent.channel },
          found
            ? 'case was delivered by an attempt in doubt: recorded and brought up to date, not sent again'
            : 'case delivered',
        );
        return 'delivered';
      }
      const stored = await this.options.repository.updateDelivery(reference, (current) => {
        const next = this.failedDelivery(current.delivery, errorCode, at);
        // A call that timed out may still reach Teams: no retry, here or on another instance,
        // before it would have had the lease's time to land (its receipt is recorded if it does).
        const notBefore = new Date(at.getTime() + this.leaseMs()).toISOString();
        return timedOut && (next.nextAttemptAt ?? '') < notBefore
          ? { ...next, nextAttemptAt: notBefore }
          : next;
      });
      this.logger.warn(
        {
          reference,
          attempts: stored.delivery.attempts,
          code: errorCode,
          nextAttemptAt: stored.delivery.nextAttemptAt,
        },
        'case delivery failed; will retry',
      );
    } catch (error) {
      // Deleted meanwhile, or the store refused: the case stays due and is tried again next run.
      this.logger.error(
        { reference, code: isWijkwijzerError(error) ? error.code : null },
        'could not record delivery attempt',
      );
    }
    return receipt === undefined ? 'failed' : 'delivered';
  }

  /**
   * Long enough for the attempt to time out (the notifier retries within one) and its outcome to
   * be recorded, with the same again as margin; no longer, since the other instances wait this
   * long for a case whose process died.
   */
  private leaseMs(): number {
    return 2 * (this.options.attemptTimeoutMs ?? 30_000);
  }

  private failedDelivery(previous: Delivery, errorCode: string, at: Date): Delivery {
    const attempts = previous.attempts + 1;
    const wait = retryDelay(
      attempts,
      this.options.retryBaseMs,
      this.options.retryMaxMs,
      this.random,
    );
    return {
      ...previous,
      state: 'failed',
      attempts,
      lastAttemptAt: at.toISOString(),
      lastErrorCode: errorCode,
      nextAttemptAt: new Date(at.getTime() + wait).toISOString(),
    };
  }

  /**
   * The card of an attempt that timed out arrived after all: remember where, so the next attempt
   * updates that card instead of posting a second one. A case delivered meanwhile keeps its own
   * receipt (the two cards are then logged). The write is tracked, so stop() lets it finish before
   * the store closes; one that fails anyway is logged as WW-6012, never dropped in silence.
   */
  private recordLateReceipt(reference: string, sending: Promise<DeliveryReceipt>): void {
    sending.then(
      (late) => {
        const recording = this.storeLateReceipt(reference, late)
          .catch((error: unknown) => {
            this.logger.error(
              { reference, code: 'WW-6012', cause: isWijkwijzerError(error) ? error.code : null },
              'late delivery receipt not recorded: the wijkteam may get a second card',
            );
          })
          .finally(() => this.lateRecordings.delete(recording));
        this.lateRecordings.add(recording);
      },
      // The call failed after all: nothing reached Teams, and the retry is already planned.
      () => undefined,
    );
  }

  /**
   * Asks the reconciler for the message of an attempt in doubt, within the attempt timeout.
   * Undefined when there is no reconciler, nothing was found, or the answer did not come: then
   * the case is sent (again), at least once, and a failure is logged.
   */
  private async findDelivered(candidate: Case, since: Date): Promise<DeliveryReceipt | undefined> {
    const reconciler = this.options.reconciler;
    const reference = candidate.reference;
    if (reconciler === undefined) {
      this.logger.warn({ reference }, 'case in doubt is sent again: it may arrive twice');
      return undefined;
    }
    try {
      // Half an attempt's time, so looking and then sending still fit in the lease.
      const found = await this.withTimeout(
        reconciler.findDelivered(structuredClone(candidate), since),
        Math.round((this.options.attemptTimeoutMs ?? 30_000) / 2),
      );
      if (found === undefined) this.logger.info({ reference }, 'case in doubt was not delivered');
      return found;
    } catch (error) {
      // The detail is a status, a service's error code or a reason: never content.
      this.logger.warn(
        {
          reference,
          code: isWijkwijzerError(error) ? error.code : 'WW-6008',
          detail: isWijkwijzerError(error) ? error.detail : null,
        },
        'could not check a case in doubt; sending it again: it may arrive twice',
      );
      return undefined;
    }
  }

  /**
   * Records the receipt of a message found for a case in doubt, still holding the lease, before
   * that message is updated: the case is no longer in doubt, so a process that dies now leaves a
   * case whose next attempt updates the message it names (never a second one). Resolves with the
   * case as stored, or undefined when the write failed (logged).
   */
  private async recordFound(reference: string, found: DeliveryReceipt): Promise<Case | undefined> {
    try {
      return await this.options.repository.updateDelivery(
        reference,
        (current) => ({
          ...current.delivery,
          attemptStartedAt: null,
          receipt: { channel: found.channel, externalId: found.externalId },
        }),
        { keepLease: true },
      );
    } catch (error) {
      this.logger.error(
        { reference, code: isWijkwijzerError(error) ? error.code : null },
        'could not record the message found for a case in doubt; not sending',
      );
      return undefined;
    }
  }

  /**
   * Stores the receipt of a call that timed out, when the case has none yet, and says what it
   * was: a case delivered after all; a card update that landed late (the case keeps its state: a
   * failed one is updated again); or a second card beside the one recorded.
   */
  private async storeLateReceipt(reference: string, late: DeliveryReceipt): Promise<void> {
    const at = this.options.clock.now().toISOString();
    let recorded = false;
    const stored = await this.options.repository.updateDelivery(reference, (current) => {
      recorded = current.delivery.receipt === null;
      return !recorded
        ? current.delivery
        : {
            ...current.delivery,
            state: 'delivered',
            lastErrorCode: null,
            nextAttemptAt: null,
            deliveredAt: at,
            attemptStartedAt: null,
            receipt: { channel: late.channel, externalId: late.externalId },
          };
    });
    const fields = { reference, channel: late.channel, state: stored.delivery.state };
    if (recorded) {
      this.logger.info(fields, 'case delivered after a timeout');
    } else if (stored.delivery.receipt?.externalId !== late.externalId) {
      this.logger.warn(fields, 'a timed-out delivery arrived after another: two cards');
    } else if (stored.delivery.state === 'delivered') {
      this.logger.info(fields, 'a timed-out card update arrived late; the case was delivered');
    } else {
      this.logger.info(
        fields,
        'a timed-out card update arrived late; the case stays due and its card is updated again',
      );
    }
  }

  private withTimeout<T>(
    work: Promise<T>,
    limit = this.options.attemptTimeoutMs ?? 30_000,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const handle = this.scheduler.setTimeout(() => {
        reject(new AttemptTimeout(limit));
      }, limit);
      work.then(
        (value) => {
          this.scheduler.clearTimeout(handle);
          resolve(value);
        },
        (error: unknown) => {
          this.scheduler.clearTimeout(handle);
          reject(error instanceof Error ? error : new WijkwijzerError('WW-6008'));
        },
      );
    });
  }
}
