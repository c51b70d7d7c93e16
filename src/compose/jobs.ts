import { runRetention } from '../cases/retention.js';
import type { Config } from '../config.js';
import { CONTACT_SWEEP_MINUTES, contactHoldCutoff } from '../conversation/heldContact.js';
import { insightsRetentionCutoff } from '../insights/insightsRetention.js';
import type { Clock } from '../shared/clock.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { startPeriodicJob } from '../shared/periodicJob.js';
import type { StorageBackend } from '../storage/storageBackend.js';
import type { Stores } from './stores.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** A job whose work another part owns (pick-up reminders, review reminders, log retention). */
export interface RunsOnce {
  runOnce(): Promise<unknown>;
}

export interface JobsPartDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly stores: {
    /** The job gate, the state to purge and the counters to prune. */
    readonly storage: Pick<StorageBackend, 'jobs' | 'state' | 'insights'>;
    readonly cases: Stores['cases'];
  };
  /** The Teams part's reminder for cases nobody picked up (composeTeams). */
  readonly pickupReminder: RunsOnce;
  /** The partner page's "klopt dit nog?" round and its change-log retention. */
  readonly partners: { readonly reminders: RunsOnce; readonly retention: RunsOnce };
}

export interface JobsPart {
  /** Stops every timer and waits for runs in progress. */
  stop(): Promise<void>;
}

/**
 * The periodic jobs part of the composition root (src/index.ts): retention, the idle-state purge,
 * reminders and the contact sweep. Each run goes through the storage's job gate
 * (`storage.jobs.runOnce`), so with PostgreSQL one instance does it per interval, however many run
 * (`JobGate`, ADR 0019). The first runs are spread out after start-up, so housekeeping does not slow it.
 */
export function startJobs(deps: JobsPartDeps): JobsPart {
  const { config, logger, clock, pickupReminder, partners } = deps;
  const { storage, cases } = deps.stores;
  const log = moduleLogger(logger, 'app');
  const pickupIntervalMs = config.storage.pickupCheckSeconds * 1000;
  const contactSweepMs = CONTACT_SWEEP_MINUTES * 60_000;
  // Every job's work goes through the gate under the job's own name and interval: the timer runs
  // on every instance, the gate lets one of them do the work.
  const gated = (
    name: string,
    intervalMs: number,
    firstRunAfterMs: number,
    work: () => Promise<unknown>,
  ) =>
    startPeriodicJob({
      name,
      intervalMs,
      firstRunAfterMs,
      logger,
      run: async () => {
        await storage.jobs.runOnce(name, intervalMs, async () => {
          await work();
        });
      },
    });
  const jobs = [
    gated('case-retention', DAY_MS, 60_000, () =>
      runRetention({ repository: cases, clock, policy: config.cases.retention, logger }),
    ),
    // Hourly, not daily: anonymous state is promised gone ANONYMOUS_STATE_RETENTION_HOURS (48)
    // after its last change (docs/privacy.md); a daily run kept it up to a day longer.
    gated('state-retention', HOUR_MS, 90_000, async () => {
      const deleted = await storage.state.deleteExpired(clock.now(), {
        residentMs: config.stateRetentionDays * DAY_MS,
        anonymousMs: config.storage.anonymousStateRetentionHours * 60 * 60 * 1000,
      });
      log.info({ deleted }, 'idle conversation state deleted');
    }),
    gated('insights-retention', DAY_MS, 120_000, () =>
      storage.insights.pruneBefore(
        insightsRetentionCutoff(clock.now(), config.insights.retentionMonths),
      ),
    ),
    gated('pickup-reminder', pickupIntervalMs, Math.min(5 * 60_000, pickupIntervalMs), () =>
      pickupReminder.runOnce(),
    ),
    gated('review-reminders', DAY_MS, 10 * 60_000, () => partners.reminders.runOnce()),
    gated('contact-sweep', contactSweepMs, contactSweepMs, async () => {
      const erased = await storage.state.eraseAbandonedContacts(contactHoldCutoff(clock.now()));
      log.info({ erased }, 'abandoned contact details erased from conversation state');
    }),
    gated('partner-log-retention', DAY_MS, 150_000, () => partners.retention.runOnce()),
  ];
  return {
    stop: async () => {
      await Promise.all(jobs.map((job) => job.stop()));
    },
  };
}
