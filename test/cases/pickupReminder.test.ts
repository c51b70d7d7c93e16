import { beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/cases/case.js';
import { transitionCase } from '../../src/cases/caseRepository.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import { PickupReminder, workingMinutesBetween } from '../../src/cases/pickupReminder.js';
import { silentLogger } from '../support/logs.js';

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
});
