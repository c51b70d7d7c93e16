import { beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/cases/case.js';
import { transitionCase } from '../../src/cases/caseRepository.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import {
  PickupReminder,
  workingMinutesBetween,
  type ReminderReconciler,
} from '../../src/cases/pickupReminder.js';
import { MemorySharedFacts, type SharedFacts } from '../../src/storage/sharedFacts.js';
import { captureLogger, silentLogger } from '../support/logs.js';

/** A wall-clock time in Enschede, written with its UTC offset. */
const at = (local: string) => new Date(local);

describe('working minutes (09:00-17:00, Dutch working days, Amsterdam time)', () => {
  it('counts office time only', () => {
    expect(workingMinutesBetween(at('2026-12-03T10:15+01:00'), at('2026-12-03T12:15+01:00'))).toBe(
      120,
    );
    expect(workingMinutesBetween(at('2026-12-03T07:00+01:00'), at('2026-12-03T08:30+01:00'))).toBe(
      0,
    );
    expect(workingMinutesBetween(at('2026-12-03T16:30+01:00'), at('2026-12-04T09:30+01:00'))).toBe(
      60,
    );
    expect(workingMinutesBetween(at('2026-12-03T12:00+01:00'), at('2026-12-03T11:00+01:00'))).toBe(
      0,
    );
  });

  it('skips weekends and holidays such as the Christmas days', () => {
    // Friday 16:00 to Monday 10:00.
    expect(workingMinutesBetween(at('2026-12-04T16:00+01:00'), at('2026-12-07T10:00+01:00'))).toBe(
      120,
    );
    // Thursday 24 December 16:00; 25 (Fri) and 26 (Sat) are days off; Monday 28th 10:00.
    expect(workingMinutesBetween(at('2026-12-24T16:00+01:00'), at('2026-12-28T10:00+01:00'))).toBe(
      120,
    );
  });

  it('follows summer time', () => {
    expect(workingMinutesBetween(at('2026-07-01T10:00+02:00'), at('2026-07-01T18:00+02:00'))).toBe(
      420,
    );
    // Across the switch to winter time (Sunday 25 October 2026): Friday 16:00 to Monday 10:00.
    expect(workingMinutesBetween(at('2026-10-23T16:00+02:00'), at('2026-10-26T10:00+01:00'))).toBe(
      120,
    );
  });
});

describe('pick-up reminder', () => {
  let now: Date;
  let repository: InMemoryCaseRepository;
  let reminded: Array<{ reference: string; text: string }>;
  let reminder: PickupReminder;
  let current: Case;
  const clock = { now: () => new Date(now) };

  beforeEach(async () => {
    now = at('2026-12-03T10:00+01:00');
    repository = new InMemoryCaseRepository({
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    current = await repository.create({
      wijkteam: 'centrum',
      story: {
        summary: 'Ik zoek iemand om mee te praten.',
        levensgebieden: ['eenzaamheid'],
        wijk: null,
        stadsdeel: 'centrum',
        forWhom: 'zelf',
        ageBand: null,
        triedAlready: '',
        voorzieningenShown: [],
        conversationCount: 1,
      },
      consent: { given: true, at: now.toISOString(), textVersion: 'overdracht-2026-01' },
      melder: {
        name: 'Jan',
        phone: null,
        email: 'jan@example.nl',
        bestMoment: null,
        noCalls: true,
      },
      residentKey: 'resident-2',
    });
    await repository.updateDelivery(current.reference, (item) => ({
      ...item.delivery,
      state: 'delivered',
      deliveredAt: now.toISOString(),
      receipt: { channel: 'msteams', externalId: '1|19:x@thread.tacv2;messageid=1' },
    }));
    reminded = [];
    reminder = new PickupReminder({
      repository,
      clock,
      logger: silentLogger(),
      thresholdHours: 4,
      target: {
        remind: (item, text) => {
          reminded.push({ reference: item.reference, text });
          return Promise.resolve(true);
        },
      },
    });
  });

  it('raises an unclaimed case after 4 working hours, once per period', async () => {
    now = at('2026-12-03T13:59+01:00');
    expect(await reminder.runOnce()).toBe(0);
    now = at('2026-12-03T14:00+01:00');
    expect(await reminder.runOnce()).toBe(1);
    expect(reminded).toEqual([
      {
        reference: current.reference,
        text: `Casus ${current.reference} wacht al 4 werkuren. Wie pakt hem op?`,
      },
    ]);
    expect(await reminder.runOnce()).toBe(0);
    // Three office hours left today, one tomorrow morning: the next period ends Friday 10:00.
    now = at('2026-12-04T09:59+01:00');
    expect(await reminder.runOnce()).toBe(0);
    now = at('2026-12-04T10:00+01:00');
    expect(await reminder.runOnce()).toBe(1);
    expect(reminded[1]!.text).toContain('wacht al 8 werkuren');
  });

  it('leaves claimed cases alone', async () => {
    await transitionCase(
      repository,
      current.reference,
      { type: 'claim' },
      { kind: 'staff', id: 'aad-anna', name: 'Anna' },
      1,
      clock,
    );
    now = at('2026-12-07T10:00+01:00');
    expect(await reminder.runOnce()).toBe(0);
  });

  it('leaves cases that are not in Teams yet to the delivery outbox', async () => {
    await repository.updateDelivery(current.reference, (item) => ({
      ...item.delivery,
      state: 'failed',
    }));
    now = at('2026-12-07T10:00+01:00');
    expect(await reminder.runOnce()).toBe(0);
  });

  describe('a reminder in doubt (its posting began, its record did not follow)', () => {
    /** Shared facts whose record of a posted reminder fails while `dying` is set. */
    function dyingFacts(): { facts: SharedFacts; die: (on: boolean) => void } {
      const facts = new MemorySharedFacts(clock);
      let dying = false;
      const wrapped: SharedFacts = Object.create(facts) as SharedFacts;
      wrapped.set = (namespace, key, value, expiresAt) =>
        dying && namespace === 'pickup-reminder'
          ? Promise.reject(new Error('process killed'))
          : facts.set(namespace, key, value, expiresAt);
      return { facts: wrapped, die: (on) => (dying = on) };
    }

    function withFacts(
      facts: SharedFacts,
      reconciler: ReminderReconciler | undefined,
      logger = silentLogger(),
    ): PickupReminder {
      return new PickupReminder({
        repository,
        clock,
        logger,
        thresholdHours: 4,
        reminders: facts,
        ...(reconciler === undefined ? {} : { reconciler }),
        target: {
          remind: (item, text) => {
            reminded.push({ reference: item.reference, text });
            return Promise.resolve(true);
          },
        },
      });
    }

    it('is looked up first and, when found, recorded and not posted again', async () => {
      const { facts, die } = dyingFacts();
      const asked: string[] = [];
      const reconciler: ReminderReconciler = {
        findReminder: (item, since) => {
          asked.push(`${item.reference}@${since.toISOString()}`);
          return Promise.resolve(true);
        },
      };
      now = at('2026-12-03T14:00+01:00');
      die(true);
      // Posted, but the process dies before the record: in doubt.
      expect(await withFacts(facts, reconciler).runOnce()).toBe(1);
      expect(reminded).toHaveLength(1);
      die(false);
      now = at('2026-12-03T14:05+01:00');
      const logs = captureLogger();
      await withFacts(facts, reconciler, logs.logger).runOnce();
      expect(reminded).toHaveLength(1);
      expect(asked).toEqual([`${current.reference}@2026-12-03T13:00:00.000Z`]);
      expect(logs.text()).toMatch(/reminder in doubt was posted: recorded, not posted again/);
      // Recorded as posted when it began: the next period ends Friday 10:00, as without doubt.
      now = at('2026-12-04T09:59+01:00');
      expect(await withFacts(facts, reconciler).runOnce()).toBe(0);
      now = at('2026-12-04T10:00+01:00');
      expect(await withFacts(facts, reconciler).runOnce()).toBe(1);
      expect(asked).toHaveLength(1);
    });

    it('is posted once more when the lookup does not find it, or cannot tell', async () => {
      for (const answer of [false, new Error('Graph down')]) {
        reminded = [];
        const { facts, die } = dyingFacts();
        const reconciler: ReminderReconciler = {
          findReminder: () =>
            answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer),
        };
        now = at('2026-12-03T14:00+01:00');
        die(true);
        await withFacts(facts, reconciler).runOnce();
        die(false);
        expect(await withFacts(facts, reconciler).runOnce()).toBe(1);
        expect(reminded).toHaveLength(2);
        expect(await withFacts(facts, reconciler).runOnce()).toBe(0);
      }
    });

    it('without a reconciler is posted again, and says it may show twice', async () => {
      const { facts, die } = dyingFacts();
      now = at('2026-12-03T14:00+01:00');
      die(true);
      await withFacts(facts, undefined).runOnce();
      die(false);
      const logs = captureLogger();
      expect(await withFacts(facts, undefined, logs.logger).runOnce()).toBe(1);
      expect(reminded).toHaveLength(2);
      expect(logs.text()).toMatch(/pickup reminder in doubt is posted again: it may show twice/);
    });
  });
});
