import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Case } from '../../src/cases/case.js';
import { transitionCase, type CaseRepository } from '../../src/cases/caseRepository.js';
import {
  DeliveryWorker,
  retryDelay,
  type CaseNotifier,
  type DeliveryReceipt,
  type DeliveryReconciler,
  type Scheduler,
} from '../../src/cases/delivery.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { captureLogger, silentLogger } from '../support/logs.js';
import { coordinator, FakeClock, newCaseInput } from './fixtures/caseFixtures.js';

/** Timers that fire only when the test says so. */
class ManualScheduler implements Scheduler {
  private nextHandle = 1;
  readonly pending = new Map<number, { callback: () => void; milliseconds: number }>();

  setTimeout(callback: () => void, milliseconds: number): unknown {
    const handle = this.nextHandle++;
    this.pending.set(handle, { callback, milliseconds });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  delays(): number[] {
    return [...this.pending.values()].map((timer) => timer.milliseconds);
  }

  /** Fires the timers with exactly this delay. */
  fire(milliseconds: number): void {
    for (const [handle, timer] of [...this.pending]) {
      if (timer.milliseconds !== milliseconds) continue;
      this.pending.delete(handle);
      timer.callback();
    }
  }
}

/** A notifier that answers from a script: a receipt, an error, or never. */
class ScriptedNotifier implements CaseNotifier {
  readonly sent: string[] = [];
  private readonly script: Array<'ok' | 'fail' | 'hang' | Error>;

  constructor(...script: Array<'ok' | 'fail' | 'hang' | Error>) {
    this.script = script;
  }

  deliver(caseToSend: Case): Promise<DeliveryReceipt> {
    this.sent.push(caseToSend.reference);
    const step = this.script.shift() ?? 'ok';
    if (step === 'ok') {
      return Promise.resolve({ channel: 'msteams', externalId: `activity-${this.sent.length}` });
    }
    if (step === 'hang') return new Promise(() => undefined);
    return Promise.reject(step === 'fail' ? new Error('connector answered 503') : step);
  }
}

const SECOND = 1000;
let clock: FakeClock;
let repository: InMemoryCaseRepository;
let scheduler: ManualScheduler;

function worker(
  notifier: CaseNotifier | undefined,
  logger = silentLogger(),
  reconciler?: DeliveryReconciler,
): DeliveryWorker {
  return new DeliveryWorker({
    ...(reconciler === undefined ? {} : { reconciler }),
    repository,
    notifier,
    clock,
    logger,
    scheduler,
    random: () => 1,
    intervalMs: 15 * SECOND,
    retryBaseMs: 30 * SECOND,
    retryMaxMs: 3600 * SECOND,
    attemptTimeoutMs: 5 * SECOND,
  });
}

beforeEach(() => {
  clock = new FakeClock('2026-03-02T09:00:00.000Z');
  repository = new InMemoryCaseRepository({ clock, referencePrefix: 'WW', logger: silentLogger() });
  scheduler = new ManualScheduler();
});

describe('retryDelay', () => {
  it('doubles from the base, stops at the maximum and jitters within the upper half', () => {
    expect(retryDelay(1, 30_000, 3_600_000, () => 1)).toBe(30_000);
    expect(retryDelay(2, 30_000, 3_600_000, () => 1)).toBe(60_000);
    expect(retryDelay(3, 30_000, 3_600_000, () => 0)).toBe(60_000);
    expect(retryDelay(20, 30_000, 3_600_000, () => 1)).toBe(3_600_000);
    expect(retryDelay(500, 30_000, 3_600_000, () => 1)).toBe(3_600_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempts, random) => {
          const planned = Math.min(3_600_000, 30_000 * 2 ** (attempts - 1));
          const delay = retryDelay(attempts, 30_000, 3_600_000, () => random);
          expect(delay).toBeGreaterThanOrEqual(planned / 2 - 1);
          expect(delay).toBeLessThanOrEqual(planned + 1);
        },
      ),
    );
  });
});

describe('DeliveryWorker.runOnce', () => {
  it('without a notifier keeps cases stored, listed and pending, and says so once', async () => {
    const logs = captureLogger();
    const created = await repository.create(newCaseInput());
    const idle = worker(undefined, logs.logger);
    expect(await idle.runOnce()).toEqual({ configured: false, due: 1, delivered: 0, failed: 0 });
    await idle.runOnce();
    expect((await repository.get(created.reference))?.delivery.state).toBe('pending');
    expect(await idle.counts()).toEqual({
      configured: false,
      pending: 1,
      failed: 0,
      oldestWaitingSince: '2026-03-02T09:00:00.000Z',
    });
    const warnings = logs.lines().filter((line) => line['level'] === 40);
    expect(warnings).toHaveLength(1);
    expect(logs.text()).not.toMatch(/Fatma|schulden/);
  });

  it('posts a case once per run when its outcome cannot be recorded (it stays due and leased here)', async () => {
    const created = await repository.create(newCaseInput());
    // The start of the attempt is recorded; its outcome is not.
    const record = repository.updateDelivery.bind(repository);
    vi.spyOn(repository, 'updateDelivery').mockImplementation((reference, change, options) =>
      options?.keepLease === true
        ? record(reference, change, options)
        : Promise.reject(new Error('store refused')),
    );
    const notifier = new ScriptedNotifier('ok', 'ok', 'ok');
    expect(await worker(notifier).runOnce()).toMatchObject({ due: 1, delivered: 1 });
    expect(notifier.sent).toEqual([created.reference]);
  });

  it('sends nothing when the start of the attempt cannot be recorded', async () => {
    const created = await repository.create(newCaseInput());
    vi.spyOn(repository, 'updateDelivery').mockRejectedValue(new Error('store refused'));
    const notifier = new ScriptedNotifier('ok');
    expect(await worker(notifier).runOnce()).toMatchObject({ due: 1, delivered: 0, failed: 1 });
    expect(notifier.sent).toEqual([]);
    expect((await repository.get(created.reference))?.delivery.state).toBe('pending');
  });

  it('delivers a new case once, records the receipt and keeps the version', async () => {
    const created = await repository.create(newCaseInput());
    const notifier = new ScriptedNotifier('ok');
    const sender = worker(notifier);
    expect(await sender.runOnce()).toEqual({ configured: true, due: 1, delivered: 1, failed: 0 });
    const stored = await repository.get(created.reference);
    expect(stored?.version).toBe(1);
    expect(stored?.delivery).toEqual({
      state: 'delivered',
      attempts: 1,
      lastAttemptAt: '2026-03-02T09:00:00.000Z',
      lastErrorCode: null,
      nextAttemptAt: null,
      deliveredAt: '2026-03-02T09:00:00.000Z',
      attemptStartedAt: null,
      receipt: { channel: 'msteams', externalId: 'activity-1' },
    });
    await sender.runOnce();
    expect(notifier.sent).toEqual([created.reference]);
    expect(await sender.counts()).toMatchObject({
      pending: 0,
      failed: 0,
      oldestWaitingSince: null,
    });
  });

  it('retries a failing delivery with growing waits and never loses the case', async () => {
    const created = await repository.create(newCaseInput());
    const notifier = new ScriptedNotifier('fail', new WijkwijzerError('WW-2109'), 'fail', 'ok');
    const sender = worker(notifier);

    await sender.runOnce();
    let stored = await repository.get(created.reference);
    expect(stored?.delivery).toMatchObject({
      state: 'failed',
      attempts: 1,
      lastErrorCode: 'WW-6008',
      nextAttemptAt: '2026-03-02T09:00:30.000Z',
    });
    expect(await sender.counts()).toMatchObject({ pending: 0, failed: 1 });

    // Not due yet: nothing is sent.
    clock.advance(29 * SECOND);
    expect(await sender.runOnce()).toMatchObject({ due: 0 });
    clock.advance(1 * SECOND);
    await sender.runOnce();
    stored = await repository.get(created.reference);
    expect(stored?.delivery).toMatchObject({
      attempts: 2,
      lastErrorCode: 'WW-2109',
      nextAttemptAt: '2026-03-02T09:01:30.000Z',
    });

    clock.advance(60 * SECOND);
    await sender.runOnce();
    stored = await repository.get(created.reference);
    expect(stored?.delivery).toMatchObject({
      attempts: 3,
      nextAttemptAt: '2026-03-02T09:03:30.000Z',
    });

    clock.advance(120 * SECOND);
    await sender.runOnce();
    stored = await repository.get(created.reference);
    expect(stored?.delivery).toMatchObject({
      state: 'delivered',
      attempts: 4,
      lastErrorCode: null,
    });
    expect(notifier.sent).toEqual(Array.from({ length: 4 }, () => created.reference));
    expect(stored?.version).toBe(1);
  });

  it('counts a notifier that does not answer as failed after the attempt timeout', async () => {
    const created = await repository.create(newCaseInput());
    const sender = worker(new ScriptedNotifier('hang'));
    const run = sender.runOnce();
    await new Promise((resolve) => setImmediate(resolve));
    expect(scheduler.delays()).toEqual([5 * SECOND]);
    scheduler.fire(5 * SECOND);
    expect(await run).toMatchObject({ delivered: 0, failed: 1 });
    expect((await repository.get(created.reference))?.delivery).toMatchObject({
      state: 'failed',
      lastErrorCode: 'WW-6008',
    });
  });

  it('holds up only the case in hand when its worker dies, and only for twice the attempt timeout', async () => {
    const cases = [
      await repository.create(newCaseInput()),
      await repository.create(newCaseInput()),
      await repository.create(newCaseInput()),
    ];
    // The first worker's process dies in its first attempt: its timers never fire again.
    const dying = worker(new ScriptedNotifier('hang'));
    void dying.runOnce();
    await new Promise((resolve) => setImmediate(resolve));
    scheduler.pending.clear();
    const survivor = new ScriptedNotifier('ok', 'ok', 'ok');
    // Another instance on the same outbox (a worker has an owner name of its own).
    const other = worker(survivor);
    expect(await other.runOnce()).toMatchObject({ delivered: 2 });
    expect(survivor.sent).toEqual([cases[1]?.reference, cases[2]?.reference]);
    clock.advance(2 * 5 * SECOND - 1);
    expect(await other.runOnce()).toMatchObject({ due: 0 });
    clock.advance(1);
    expect(await other.runOnce()).toMatchObject({ delivered: 1 });
    expect(survivor.sent.at(-1)).toBe(cases[0]?.reference);
  });

  it('retries a timed-out attempt only after the lease time, and keeps a card that arrives late', async () => {
    const created = await repository.create(newCaseInput());
    let arrive: (receipt: DeliveryReceipt) => void = () => undefined;
    const slow: CaseNotifier = {
      deliver: () =>
        new Promise<DeliveryReceipt>((resolve) => {
          arrive = resolve;
        }),
    };
    // A retry base of 1 s, well below the lease time of 2 × 5 s.
    const sender = new DeliveryWorker({
      repository,
      notifier: slow,
      clock,
      logger: silentLogger(),
      scheduler,
      random: () => 1,
      intervalMs: 15 * SECOND,
      retryBaseMs: SECOND,
      retryMaxMs: 3600 * SECOND,
      attemptTimeoutMs: 5 * SECOND,
    });
    const run = sender.runOnce();
    await new Promise((resolve) => setImmediate(resolve));
    scheduler.fire(5 * SECOND);
    expect(await run).toMatchObject({ failed: 1 });
    const failed = await repository.get(created.reference);
    // The call may still land: no retry before twice the attempt timeout.
    expect(failed?.delivery.nextAttemptAt).toBe(
      new Date(clock.now().getTime() + 10 * SECOND).toISOString(),
    );
    arrive({ channel: 'msteams', externalId: 'late-card' });
    await vi.waitFor(async () =>
      expect((await repository.get(created.reference))?.delivery).toMatchObject({
        state: 'delivered',
        receipt: { channel: 'msteams', externalId: 'late-card' },
      }),
    );
  });

  it('says what a late answer was: a case delivered after all, or a card update that stays failed', async () => {
    const arrivals: Array<(receipt: DeliveryReceipt) => void> = [];
    const slow: CaseNotifier = {
      deliver: () => new Promise<DeliveryReceipt>((resolve) => void arrivals.push(resolve)),
    };
    const logs = captureLogger();
    const sender = worker(slow, logs.logger);
    const timedOut = async () => {
      const run = sender.runOnce();
      await new Promise((resolve) => setImmediate(resolve));
      scheduler.fire(5 * SECOND);
      expect(await run).toMatchObject({ failed: 1 });
    };
    const lateLines = () =>
      logs.lines().filter((line) => /timeout|timed-out/.test(String(line.msg)));

    // A first card that lands late: the case is delivered after all.
    const posted = await repository.create(newCaseInput());
    await timedOut();
    arrivals[0]?.({ channel: 'msteams', externalId: 'late-card' });
    await vi.waitFor(() => expect(lateLines()).toHaveLength(1));
    expect(lateLines()[0]).toMatchObject({
      msg: 'case delivered after a timeout',
      reference: posted.reference,
      state: 'delivered',
    });

    // An update of a recorded card that lands late: the case stays failed and due again.
    const updated = await repository.create(newCaseInput({ residentKey: 'resident-key-0002' }));
    await repository.updateDelivery(updated.reference, (current) => ({
      ...current.delivery,
      state: 'failed',
      receipt: { channel: 'msteams', externalId: 'recorded-card' },
    }));
    await timedOut();
    arrivals[1]?.({ channel: 'msteams', externalId: 'recorded-card' });
    await vi.waitFor(() => expect(lateLines()).toHaveLength(2));
    expect(lateLines()[1]).toMatchObject({
      msg: 'a timed-out card update arrived late; the case stays due and its card is updated again',
      reference: updated.reference,
      state: 'failed',
    });
    expect((await repository.get(updated.reference))?.delivery).toMatchObject({
      state: 'failed',
      receipt: { channel: 'msteams', externalId: 'recorded-card' },
    });
    expect(logs.text()).not.toMatch(/two cards/);
  });

  it('logs a late card it cannot record with WW-6012, and stop() waits for one being written', async () => {
    const created = await repository.create(newCaseInput());
    const arrivals: Array<(receipt: DeliveryReceipt) => void> = [];
    const slow: CaseNotifier = {
      deliver: () => new Promise<DeliveryReceipt>((resolve) => void arrivals.push(resolve)),
    };
    const logs = captureLogger();
    const sender = worker(slow, logs.logger);
    const timedOut = async () => {
      const run = sender.runOnce();
      await new Promise((resolve) => setImmediate(resolve));
      scheduler.fire(5 * SECOND);
      expect(await run).toMatchObject({ failed: 1 });
    };
    await timedOut();
    // The store refuses the late receipt (closed meanwhile): said with a code, not swallowed.
    const refuse = vi
      .spyOn(repository, 'updateDelivery')
      .mockRejectedValueOnce(new WijkwijzerError('WW-3004'));
    arrivals[0]?.({ channel: 'msteams', externalId: 'late-card' });
    await vi.waitFor(() =>
      expect(logs.lines()).toContainEqual(
        expect.objectContaining({
          code: 'WW-6012',
          cause: 'WW-3004',
          reference: created.reference,
        }),
      ),
    );
    refuse.mockRestore();

    // A second late card, arriving as the worker stops: its receipt is written before stop() ends.
    clock.advance(3600 * SECOND);
    await timedOut();
    let release: () => void = () => undefined;
    const update = repository.updateDelivery.bind(repository);
    vi.spyOn(repository, 'updateDelivery').mockImplementationOnce(async (reference, change) => {
      await new Promise<void>((resolve) => (release = resolve));
      return update(reference, change);
    });
    arrivals[1]?.({ channel: 'msteams', externalId: 'later-card' });
    await new Promise((resolve) => setImmediate(resolve));
    const stopped = sender.stop();
    release();
    await stopped;
    expect((await repository.get(created.reference))?.delivery.receipt).toEqual({
      channel: 'msteams',
      externalId: 'later-card',
    });
  });

  it('does not send cases that were cancelled before delivery', async () => {
    const created = await repository.create(newCaseInput());
    await transitionCase(repository, created.reference, { type: 'cancel' }, coordinator, 1, clock);
    const notifier = new ScriptedNotifier('ok');
    const sender = worker(notifier);
    expect(await sender.runOnce()).toMatchObject({ due: 0 });
    expect(notifier.sent).toEqual([]);
    expect(await sender.counts()).toMatchObject({
      pending: 0,
      failed: 0,
      oldestWaitingSince: null,
    });
  });

  it('keeps going when one case cannot be recorded (deleted meanwhile)', async () => {
    const first = await repository.create(newCaseInput());
    const second = await repository.create(newCaseInput());
    const notifier: CaseNotifier = {
      deliver: async (caseToSend) => {
        if (caseToSend.reference === first.reference) await repository.delete(first.reference);
        return { channel: 'msteams', externalId: caseToSend.reference };
      },
    };
    const sender = worker(notifier);
    await sender.runOnce();
    expect((await repository.get(second.reference))?.delivery.state).toBe('delivered');
  });
});

describe('DeliveryWorker with a case in doubt', () => {
  /** A reconciler that answers from a script and remembers what it was asked. */
  class ScriptedReconciler implements DeliveryReconciler {
    readonly asked: Array<{ reference: string; since: string }> = [];
    constructor(private readonly answer: DeliveryReceipt | undefined | Error) {}
    findDelivered(caseToFind: Case, since: Date): Promise<DeliveryReceipt | undefined> {
      this.asked.push({ reference: caseToFind.reference, since: since.toISOString() });
      return this.answer instanceof Error
        ? Promise.reject(this.answer)
        : Promise.resolve(this.answer);
    }
  }

  /** A case whose attempt began at 08:59 on a process that died before it heard the outcome. */
  async function caseInDoubt(): Promise<Case> {
    const created = await repository.create(newCaseInput());
    return repository.updateDelivery(created.reference, (current) => ({
      ...current.delivery,
      attemptStartedAt: '2026-03-02T08:59:00.000Z',
    }));
  }

  it('records that an attempt starts, durably, before the notifier is called', async () => {
    const created = await repository.create(newCaseInput());
    const seen: Array<string | null | undefined> = [];
    const notifier: CaseNotifier = {
      deliver: async (current) => {
        seen.push((await repository.get(current.reference))?.delivery.attemptStartedAt);
        return { channel: 'msteams', externalId: 'activity-1' };
      },
    };
    const reconciler = new ScriptedReconciler(undefined);
    await worker(notifier, silentLogger(), reconciler).runOnce();
    expect(seen).toEqual(['2026-03-02T09:00:00.000Z']);
    // A fresh case is not in doubt: nobody is asked, and the receipt ends the doubt.
    expect(reconciler.asked).toEqual([]);
    expect((await repository.get(created.reference))?.delivery).toMatchObject({
      state: 'delivered',
      attemptStartedAt: null,
    });
  });

  it('keeps the doubt after a failed attempt, so the next one looks first', async () => {
    const created = await repository.create(newCaseInput());
    await worker(new ScriptedNotifier('fail')).runOnce();
    expect((await repository.get(created.reference))?.delivery).toMatchObject({
      state: 'failed',
      attemptStartedAt: '2026-03-02T09:00:00.000Z',
      receipt: null,
    });
  });

  /** Updates the message a case names, as the Teams notifier does; sends when it names none. */
  class UpdatingNotifier implements CaseNotifier {
    readonly calls: Array<{ reference: string; receipt: string | null; status: string }> = [];
    constructor(private readonly outcome: 'ok' | 'fail' = 'ok') {}
    deliver(caseToSend: Case): Promise<DeliveryReceipt> {
      const receipt = caseToSend.delivery.receipt;
      this.calls.push({
        reference: caseToSend.reference,
        receipt: receipt?.externalId ?? null,
        status: caseToSend.status,
      });
      if (this.outcome === 'fail') return Promise.reject(new WijkwijzerError('WW-7202'));
      return Promise.resolve(receipt ?? { channel: 'msteams', externalId: 'a-new-message' });
    }
  }

  const found = {
    channel: 'msteams',
    externalId: '1764752400001|19:channel;messageid=1764752400001',
  };

  it('records the message it finds, updates it once and sends nothing again', async () => {
    const stuck = await caseInDoubt();
    const notifier = new UpdatingNotifier();
    const reconciler = new ScriptedReconciler(found);
    const logs = captureLogger();
    expect(await worker(notifier, logs.logger, reconciler).runOnce()).toMatchObject({
      delivered: 1,
      failed: 0,
    });
    // One call, naming the found message: an update of that card, never a second one.
    expect(notifier.calls).toEqual([
      { reference: stuck.reference, receipt: found.externalId, status: 'nieuw' },
    ]);
    expect(reconciler.asked).toEqual([
      { reference: stuck.reference, since: '2026-03-02T08:59:00.000Z' },
    ]);
    expect((await repository.get(stuck.reference))?.delivery).toMatchObject({
      state: 'delivered',
      attemptStartedAt: null,
      receipt: found,
    });
    expect(logs.text()).toMatch(/attempt in doubt: recorded and brought up to date/);
    // Delivered: the next run leaves it alone.
    await worker(notifier, silentLogger(), reconciler).runOnce();
    expect(notifier.calls).toHaveLength(1);
  });

  it('after finding the message, a failed update leaves a case that updates it next time', async () => {
    const stuck = await caseInDoubt();
    await worker(
      new UpdatingNotifier('fail'),
      silentLogger(),
      new ScriptedReconciler(found),
    ).runOnce();
    // No longer in doubt: the found message is recorded, the update is what is still due.
    expect((await repository.get(stuck.reference))?.delivery).toMatchObject({
      state: 'failed',
      attemptStartedAt: null,
      receipt: found,
    });
    clock.advance(60 * 60_000);
    const reconciler = new ScriptedReconciler(undefined);
    const notifier = new UpdatingNotifier();
    await worker(notifier, silentLogger(), reconciler).runOnce();
    expect(reconciler.asked).toEqual([]);
    expect(notifier.calls).toEqual([
      { reference: stuck.reference, receipt: found.externalId, status: 'nieuw' },
    ]);
    expect((await repository.get(stuck.reference))?.delivery.state).toBe('delivered');
  });

  it('sends nothing when the message it found cannot be recorded', async () => {
    const stuck = await caseInDoubt();
    const notifier = new UpdatingNotifier();
    const refusing: CaseRepository = Object.create(repository) as CaseRepository;
    refusing.updateDelivery = (reference, change, options) =>
      options?.keepLease === true && change(stuck).receipt !== null
        ? Promise.reject(new Error('store down'))
        : repository.updateDelivery(reference, change, options);
    const logs = captureLogger();
    const dying = new DeliveryWorker({
      repository: refusing,
      notifier,
      reconciler: new ScriptedReconciler(found),
      clock,
      logger: logs.logger,
      scheduler,
      intervalMs: 15 * SECOND,
      retryBaseMs: 30 * SECOND,
      retryMaxMs: 3600 * SECOND,
      attemptTimeoutMs: 5 * SECOND,
    });
    expect(await dying.runOnce()).toMatchObject({ delivered: 0, failed: 1 });
    expect(notifier.calls).toEqual([]);
    expect((await repository.get(stuck.reference))?.delivery).toMatchObject({
      receipt: null,
      attemptStartedAt: '2026-03-02T08:59:00.000Z',
    });
    expect(logs.text()).toMatch(/could not record the message found for a case in doubt/);
  });

  it('sends once when the message is not found', async () => {
    const stuck = await caseInDoubt();
    const notifier = new ScriptedNotifier('ok');
    const reconciler = new ScriptedReconciler(undefined);
    await worker(notifier, silentLogger(), reconciler).runOnce();
    expect(notifier.sent).toEqual([stuck.reference]);
    expect((await repository.get(stuck.reference))?.delivery).toMatchObject({
      state: 'delivered',
      attemptStartedAt: null,
      receipt: { channel: 'msteams', externalId: 'activity-1' },
    });
  });

  it('sends when it cannot look (Graph down): at least once, and says so with the code', async () => {
    const stuck = await caseInDoubt();
    const notifier = new ScriptedNotifier('ok');
    const reconciler = new ScriptedReconciler(new WijkwijzerError('WW-7204'));
    const logs = captureLogger();
    await worker(notifier, logs.logger, reconciler).runOnce();
    expect(notifier.sent).toEqual([stuck.reference]);
    const warning = logs
      .lines()
      .find((line) => String(line['msg']).startsWith('could not check a case in doubt'));
    expect(warning).toMatchObject({ level: 40, code: 'WW-7204', reference: stuck.reference });
    expect((await repository.get(stuck.reference))?.delivery.state).toBe('delivered');
  });

  it('sends when the lookup does not answer in half an attempt time', async () => {
    const stuck = await caseInDoubt();
    const notifier = new ScriptedNotifier('ok');
    const hanging: DeliveryReconciler = { findDelivered: () => new Promise(() => undefined) };
    const run = worker(notifier, silentLogger(), hanging).runOnce();
    await waitFor(() => scheduler.delays().includes(2.5 * SECOND));
    scheduler.fire(2.5 * SECOND);
    await run;
    expect(notifier.sent).toEqual([stuck.reference]);
  });

  it('without a reconciler sends a case in doubt again, and says so for the case', async () => {
    const stuck = await caseInDoubt();
    const notifier = new ScriptedNotifier('ok');
    const logs = captureLogger();
    await worker(notifier, logs.logger).runOnce();
    expect(notifier.sent).toEqual([stuck.reference]);
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        reference: stuck.reference,
        msg: 'case in doubt is sent again: it may arrive twice',
      }),
    );
  });
});

describe('DeliveryWorker scheduling', () => {
  it('runs at start, then every interval; kick asks for an early run; stop ends it', async () => {
    const created = await repository.create(newCaseInput());
    const notifier = new ScriptedNotifier('fail', 'ok');
    const sender = worker(notifier);
    sender.start();
    expect(scheduler.delays()).toEqual([0]);
    scheduler.fire(0);
    await waitFor(() => notifier.sent.length === 1 && scheduler.delays().includes(15 * SECOND));
    expect(scheduler.delays()).toEqual([15 * SECOND]);

    // A new handover: kick replaces the wait with an immediate run.
    const second = await repository.create(newCaseInput());
    sender.kick();
    expect(scheduler.delays()).toEqual([0]);
    scheduler.fire(0);
    await waitFor(() => notifier.sent.includes(second.reference));
    expect((await repository.get(second.reference))?.delivery.state).toBe('delivered');
    // The failed first case waits for its retry time, not for the kick.
    expect(notifier.sent).toEqual([created.reference, second.reference]);

    await sender.stop();
    expect(scheduler.delays()).toEqual([]);
    sender.kick();
    expect(scheduler.delays()).toEqual([]);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let round = 0; round < 200; round += 1) {
    if (condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('condition not reached');
}
