import { afterEach, describe, expect, it, vi } from 'vitest';
import { startJobs } from '../../src/compose/jobs.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import { loadConfig } from '../../src/config.js';
import { MemoryAggregateStore } from '../../src/insights/memoryAggregateStore.js';
import type { StorageBackend } from '../../src/storage/storageBackend.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The periodic jobs part of the composition root: every job goes through the storage's job gate
 * under its own name and interval (what makes it run once across instances), on its own schedule.
 */
describe('the periodic jobs', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function start() {
    vi.useFakeTimers();
    const gated: Array<{ name: string; intervalMs: number }> = [];
    const done: string[] = [];
    const storage: Pick<StorageBackend, 'jobs' | 'state' | 'insights'> = {
      jobs: {
        runOnce: async (name, intervalMs, work) => {
          gated.push({ name, intervalMs });
          await work();
          return true;
        },
      },
      state: {
        deleteExpired: () => {
          done.push('state purged');
          return Promise.resolve(0);
        },
        eraseAbandonedContacts: () => {
          done.push('contacts erased');
          return Promise.resolve(0);
        },
      } as unknown as StorageBackend['state'],
      insights: new MemoryAggregateStore(),
    };
    const clock = new ManualClock('2026-03-02T09:00:00Z');
    const logger = silentLogger();
    const config = loadConfig({ NODE_ENV: 'test', TEAMS_PICKUP_CHECK_SECONDS: '600' });
    const ran = (what: string) => ({
      runOnce: () => {
        done.push(what);
        return Promise.resolve();
      },
    });
    const jobs = startJobs({
      config,
      logger,
      clock,
      stores: {
        storage,
        cases: new InMemoryCaseRepository({ clock, referencePrefix: 'WW', logger }),
      },
      pickupReminder: ran('pickup reminder'),
      partners: { reminders: ran('review reminders'), retention: ran('partner log retention') },
    });
    return { jobs, gated, done, config };
  }

  it('runs each job through the job gate, spread out after start, then once per interval', async () => {
    const { jobs, gated, done, config } = start();
    expect(config.storage.pickupCheckSeconds).toBe(600);

    await vi.advanceTimersByTimeAsync(59_999);
    expect(gated).toEqual([]);
    await vi.advanceTimersByTimeAsync(2.5 * MINUTE);
    expect(gated).toEqual([
      { name: 'case-retention', intervalMs: DAY },
      // Hourly: anonymous state is promised gone 48 hours after its last change (docs/privacy.md),
      // and a daily run kept it up to a day longer.
      { name: 'state-retention', intervalMs: HOUR },
      { name: 'insights-retention', intervalMs: DAY },
      { name: 'partner-log-retention', intervalMs: DAY },
    ]);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(gated.slice(4)).toEqual([
      { name: 'pickup-reminder', intervalMs: 10 * MINUTE },
      { name: 'review-reminders', intervalMs: DAY },
    ]);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(gated.slice(6)).toEqual([
      { name: 'contact-sweep', intervalMs: 15 * MINUTE },
      { name: 'pickup-reminder', intervalMs: 10 * MINUTE },
    ]);
    // A day later each daily job ran once more, no more.
    await vi.advanceTimersByTimeAsync(DAY);
    expect(gated.filter((run) => run.name === 'case-retention')).toHaveLength(2);
    expect(gated.filter((run) => run.name === 'review-reminders')).toHaveLength(2);
    expect(gated.filter((run) => run.name === 'state-retention')).toHaveLength(25);
    expect(done).toEqual(
      expect.arrayContaining([
        'state purged',
        'pickup reminder',
        'partner log retention',
        'review reminders',
        'contacts erased',
      ]),
    );

    await jobs.stop();
    const before = gated.length;
    await vi.advanceTimersByTimeAsync(2 * DAY);
    expect(gated).toHaveLength(before);
  });
});
