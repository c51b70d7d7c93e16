import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/cases/case.js';
import { transitionCase, type CaseRepository } from '../../src/cases/caseRepository.js';
import { FileCaseRepository } from '../../src/cases/fileCaseRepository.js';
import { PickupReminder, type ReminderReconciler } from '../../src/cases/pickupReminder.js';
import { loadConfig } from '../../src/config.js';
import { openEmbeddedBackend } from '../../src/storage/storageBackend.js';
import type { SharedFacts } from '../../src/storage/sharedFacts.js';
import { MemorySharedFacts } from '../../src/storage/sharedFacts.js';
import { silentLogger } from '../support/logs.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';
import { alice, FakeClock, newCaseInput } from './fixtures/caseFixtures.js';

/** The pick-up reminder on the embedded store: the case files in a temporary DATA_DIR. */

/** The repository with every read of cases written down (list, get, count), the rest untouched. */
function countingReads(repository: CaseRepository): {
  repository: CaseRepository;
  reads: string[];
} {
  const reads: string[] = [];
  const counted = Object.assign(Object.create(repository) as CaseRepository, {
    list: (filter?: Parameters<CaseRepository['list']>[0]) => {
      reads.push(`list ${JSON.stringify(filter ?? {})}`);
      return repository.list(filter);
    },
    get: (reference: string) => {
      reads.push(`get ${reference}`);
      return repository.get(reference);
    },
    count: (filter?: Parameters<CaseRepository['count']>[0]) => {
      reads.push(`count ${JSON.stringify(filter ?? {})}`);
      return repository.count(filter);
    },
  });
  return { repository: counted, reads };
}

describe('pick-up reminder on the case files', () => {
  let temp: TempDirectory;
  let repository: FileCaseRepository;
  const clock = new FakeClock('2026-12-03T09:00:00.000Z'); // 10:00 in Enschede

  async function deliveredCase(residentKey: string): Promise<Case> {
    const created = await repository.create(
      newCaseInput({
        residentKey,
        consent: { given: true, at: clock.now().toISOString(), textVersion: 'overdracht-2026-01' },
      }),
    );
    return repository.updateDelivery(created.reference, (item) => ({
      ...item.delivery,
      state: 'delivered',
      deliveredAt: clock.now().toISOString(),
      receipt: { channel: 'msteams', externalId: `1|19:x@thread.tacv2;messageid=${residentKey}` },
    }));
  }

  beforeEach(async () => {
    clock.set('2026-12-03T09:00:00.000Z');
    temp = await createTempDirectory();
    repository = await FileCaseRepository.open({
      dir: temp.file('data/cases'),
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
  });

  afterEach(async () => {
    await repository.close();
    await temp.remove();
  });

  it('reads the cases once per run, also when it drops the record of a claimed case', async () => {
    const waiting = await deliveredCase('resident-key-0001');
    const claimed = await deliveredCase('resident-key-0002');
    const facts = new MemorySharedFacts(clock);
    const counted = countingReads(repository);
    const reminded: string[] = [];
    const reminder = new PickupReminder({
      repository: counted.repository,
      clock,
      logger: silentLogger(),
      thresholdHours: 4,
      reminders: facts,
      target: {
        remind: (item) => {
          reminded.push(item.reference);
          return Promise.resolve(true);
        },
      },
    });

    clock.set('2026-12-03T13:00:00.000Z'); // 14:00: four working hours
    expect(await reminder.runOnce()).toBe(2);
    expect(counted.reads).toEqual(['list {"status":"nieuw"}']);
    expect([...(await facts.all('pickup-reminder')).keys()].sort()).toEqual(
      [waiting.reference, claimed.reference].sort(),
    );

    await transitionCase(repository, claimed.reference, { type: 'claim' }, alice, 1, clock);
    counted.reads.length = 0;
    clock.set('2026-12-03T13:05:00.000Z');
    expect(await reminder.runOnce()).toBe(0);
    expect(counted.reads).toEqual(['list {"status":"nieuw"}']);
    // The claimed case's record is gone, the waiting one's kept.
    expect([...(await facts.all('pickup-reminder')).keys()]).toEqual([waiting.reference]);
    expect(reminded.sort()).toEqual([waiting.reference, claimed.reference].sort());
  });
});

describe('pick-up reminder in doubt on the embedded store, across a restart', () => {
  let temp: TempDirectory;

  beforeEach(async () => {
    temp = await createTempDirectory();
  });

  afterEach(async () => {
    await temp.remove();
  });

  it('remembers a reminder whose posting began and was not recorded, and looks it up first', async () => {
    const clock = new FakeClock('2026-12-03T09:00:00.000Z');
    const config = loadConfig({ DATA_DIR: temp.path });
    const reminded: string[] = [];
    const asked: string[] = [];
    const reconciler: ReminderReconciler = {
      findReminder: (item, since) => {
        asked.push(`${item.reference}@${since.toISOString()}`);
        return Promise.resolve(true);
      },
    };
    const reminderOn = (cases: CaseRepository, reminders: SharedFacts) =>
      new PickupReminder({
        repository: cases,
        clock,
        logger: silentLogger(),
        thresholdHours: 4,
        reminders,
        reconciler,
        target: {
          remind: (item) => {
            reminded.push(item.reference);
            return Promise.resolve(true);
          },
        },
      });

    const first = await openEmbeddedBackend({ config, logger: silentLogger(), clock });
    const created = await first.cases.create(
      newCaseInput({
        consent: { given: true, at: clock.now().toISOString(), textVersion: 'overdracht-2026-01' },
      }),
    );
    await first.cases.updateDelivery(created.reference, (item) => ({
      ...item.delivery,
      state: 'delivered',
      deliveredAt: clock.now().toISOString(),
      receipt: { channel: 'msteams', externalId: '1|19:x@thread.tacv2;messageid=1' },
    }));
    // The process dies after the line reached the thread, before its posting was recorded.
    const dying: SharedFacts = Object.create(first.durableFacts) as SharedFacts;
    dying.set = (namespace, key, value, expiresAt) =>
      namespace === 'pickup-reminder'
        ? Promise.reject(new Error('process killed'))
        : first.durableFacts.set(namespace, key, value, expiresAt);
    clock.set('2026-12-03T13:00:00.000Z'); // 14:00 in Enschede: four working hours
    expect(await reminderOn(first.cases, dying).runOnce()).toBe(1);
    expect(reminded).toEqual([created.reference]);
    await first.close();

    // A new process on the same DATA_DIR knows the reminder is in doubt.
    clock.set('2026-12-03T13:05:00.000Z');
    const second = await openEmbeddedBackend({ config, logger: silentLogger(), clock });
    try {
      expect(await second.durableFacts.get('pickup-reminder-attempt', created.reference)).toBe(
        '2026-12-03T13:00:00.000Z',
      );
      expect(await reminderOn(second.cases, second.durableFacts).runOnce()).toBe(0);
      expect(asked).toEqual([`${created.reference}@2026-12-03T13:00:00.000Z`]);
      expect(reminded).toEqual([created.reference]);
      // Recorded as posted when it began: nothing is in doubt any more.
      expect(await second.durableFacts.get('pickup-reminder', created.reference)).toBe(
        '2026-12-03T13:00:00.000Z',
      );
      expect(await second.durableFacts.all('pickup-reminder-attempt')).toEqual(new Map());
    } finally {
      await second.close();
    }
  });
});
