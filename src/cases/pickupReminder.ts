import type { Case } from './case.js';
import type { CaseRepository } from './caseRepository.js';
import { dutchCalendarDay, isWorkingDay, type CalendarDay } from './workingDays.js';
import { nl } from '../i18n/nl/index.js';
import type { Clock } from '../shared/clock.js';
import { wallClock } from '../shared/gemeenteTime.js';
import { statusCodeOf } from '../shared/errorFields.js';
import { isWijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { MemorySharedFacts, type SharedFacts } from '../storage/sharedFacts.js';

/**
 * "Niet opgepakt na 4 werkuren": a new case that nobody claimed within TEAMS_PICKUP_WORKING_HOURS
 * is raised again in its channel thread, and again after every further period, so it does not
 * scroll out of sight. Working hours are 09:00–17:00 Amsterdam time on Dutch working days
 * (src/cases/workingDays.ts). Run `runOnce` from a periodic job (src/shared/periodicJob.ts).
 *
 * Once per case per period, also when a process dies while posting one (docs/adr/0008, amendment
 * 2026-12-03): the start of a reminder is recorded before it is posted, and a reminder whose start
 * is recorded but whose posting is not ("in doubt") is first looked up in the card's thread by a
 * `ReminderReconciler` (Microsoft Graph). Without one, such a reminder is posted again.
 */

export const OFFICE_OPENS_MINUTE = 9 * 60;
export const OFFICE_CLOSES_MINUTE = 17 * 60;

/** Minutes Amsterdam is ahead of UTC at this moment (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(moment: Date): number {
  const clock = wallClock(moment);
  const local = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  return Math.round((local - Math.floor(moment.getTime() / 60_000) * 60_000) / 60_000);
}

/** The moment of a wall-clock minute of the day on an Amsterdam calendar day. */
function amsterdamMoment(day: CalendarDay, minuteOfDay: number): number {
  const guess = Date.UTC(day.year, day.month - 1, day.day, 0, minuteOfDay);
  return guess - amsterdamOffsetMinutes(new Date(guess)) * 60_000;
}

/** Office minutes (09:00–17:00 on working days, Amsterdam) between two moments. */
export function workingMinutesBetween(from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  let total = 0;
  let day = dutchCalendarDay(from);
  const last = dutchCalendarDay(to);
  for (let guard = 0; guard < 400; guard += 1) {
    if (isWorkingDay(day)) {
      const opens = Math.max(from.getTime(), amsterdamMoment(day, OFFICE_OPENS_MINUTE));
      const closes = Math.min(to.getTime(), amsterdamMoment(day, OFFICE_CLOSES_MINUTE));
      if (closes > opens) total += (closes - opens) / 60_000;
    }
    if (day.year === last.year && day.month === last.month && day.day === last.day) break;
    const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
    day = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
  }
  return Math.floor(total);
}

/** Where a reminder goes: the card's thread in the channel. */
export interface PickupReminderTarget {
  /** Posts `text` in the thread of the case's card; resolves false when the case has no card. */
  remind(current: Case, text: string): Promise<boolean>;
}

/**
 * Finds a reminder in doubt: whether the bot's line for this case was posted in its card's thread
 * at or after `since`. Throws when it cannot tell: the reminder is then posted again.
 */
export interface ReminderReconciler {
  findReminder(current: Case, since: Date): Promise<boolean>;
}

export interface PickupReminderOptions {
  readonly repository: CaseRepository;
  readonly target: PickupReminderTarget;
  readonly clock: Clock;
  readonly logger: Logger;
  /** TEAMS_PICKUP_WORKING_HOURS. */
  readonly thresholdHours: number;
  /**
   * Where the last reminder per case and a reminder in doubt are kept: a file on the embedded store
   * (`StorageBackend.durableFacts`), PostgreSQL when several instances share the cases. Default:
   * this process's memory, which a restart forgets (at worst a line early, or one in doubt twice).
   */
  readonly reminders?: SharedFacts;
  /** Looks up a reminder in doubt before posting it again; without one it is posted again. */
  readonly reconciler?: ReminderReconciler;
}

const NAMESPACE = 'pickup-reminder';
/** When the posting of a case's reminder began, until it is recorded as posted (or not). */
const ATTEMPT_NAMESPACE = 'pickup-reminder-attempt';
/** A reminder record outlives any case that is still new; it is deleted once the case moved on. */
const REMEMBER_MS = 60 * 24 * 60 * 60 * 1000;

export class PickupReminder {
  private readonly reminders: SharedFacts;
  private readonly logger: Logger;

  constructor(private readonly options: PickupReminderOptions) {
    this.logger = moduleLogger(options.logger, 'teams-pickup');
    this.reminders = options.reminders ?? new MemorySharedFacts(options.clock);
  }

  /**
   * One case: a reminder in doubt is looked up first (found: recorded as posted when it began);
   * otherwise its start is recorded, durably, before it is posted, and the posting after.
   */
  private async raise(item: Case, now: Date): Promise<boolean> {
    const reference = item.reference;
    let startedAt: string;
    try {
      const inDoubt = await this.reminders.get(ATTEMPT_NAMESPACE, reference);
      if (typeof inDoubt === 'string' && (await this.foundInDoubt(item, new Date(inDoubt)))) {
        await this.recordPosted(reference, new Date(inDoubt));
        this.logger.info({ reference }, 'reminder in doubt was posted: recorded, not posted again');
        return false;
      }
      // The earliest start is kept, so a lookup covers every attempt in doubt.
      startedAt = typeof inDoubt === 'string' ? inDoubt : now.toISOString();
      await this.reminders.set(
        ATTEMPT_NAMESPACE,
        reference,
        startedAt,
        new Date(now.getTime() + REMEMBER_MS),
      );
    } catch (error) {
      // Not recorded, so not posted: the case stays due for the next run.
      this.logger.warn(
        { reference, code: isWijkwijzerError(error) ? error.code : null },
        'could not record that a pickup reminder starts; not posting',
      );
      return false;
    }
    const hours = Math.floor(workingMinutesBetween(new Date(item.updatedAt), now) / 60);
    let posted: boolean;
    try {
      posted = await this.options.target.remind(item, nl.teams.channel.reminder(reference, hours));
    } catch (error) {
      // It may still have reached the thread: the start stays, so the next run looks first.
      this.logger.warn({ reference, status: statusCodeOf(error) }, 'pickup reminder failed');
      return false;
    }
    try {
      if (posted) await this.recordPosted(reference, now);
      else await this.reminders.delete(ATTEMPT_NAMESPACE, reference);
    } catch (error) {
      this.logger.warn(
        { reference, code: isWijkwijzerError(error) ? error.code : null },
        'pickup reminder posted but not recorded: the next run looks it up first',
      );
    }
    return posted;
  }

  /** Whether the reconciler finds the reminder in doubt; false when there is none or it cannot tell. */
  private async foundInDoubt(item: Case, since: Date): Promise<boolean> {
    const reconciler = this.options.reconciler;
    if (reconciler === undefined) {
      this.logger.warn(
        { reference: item.reference },
        'pickup reminder in doubt is posted again: it may show twice',
      );
      return false;
    }
    try {
      return await reconciler.findReminder(structuredClone(item), since);
    } catch (error) {
      this.logger.warn(
        {
          reference: item.reference,
          code: isWijkwijzerError(error) ? error.code : null,
          detail: isWijkwijzerError(error) ? error.detail : null,
        },
        'could not check a pickup reminder in doubt; posting it again: it may show twice',
      );
      return false;
    }
  }

  private async recordPosted(reference: string, at: Date): Promise<void> {
    await this.reminders.set(
      NAMESPACE,
      reference,
      at.toISOString(),
      new Date(at.getTime() + REMEMBER_MS),
    );
    await this.reminders.delete(ATTEMPT_NAMESPACE, reference);
  }

  private async lastReminder(reference: string): Promise<Date | undefined> {
    const stored = await this.reminders.get(NAMESPACE, reference);
    return typeof stored === 'string' ? new Date(stored) : undefined;
  }

  /** Cases that waited a full period since they arrived or were last raised. */
  async due(): Promise<readonly Case[]> {
    const waiting = await this.options.repository.list({ status: 'nieuw' });
    return this.dueAmong(waiting, this.options.clock.now());
  }

  private async dueAmong(waiting: readonly Case[], now: Date): Promise<readonly Case[]> {
    const threshold = this.options.thresholdHours * 60;
    const due: Case[] = [];
    for (const item of waiting) {
      if (item.delivery.state !== 'delivered') continue;
      const since = (await this.lastReminder(item.reference)) ?? new Date(item.updatedAt);
      if (workingMinutesBetween(since, now) >= threshold) due.push(item);
    }
    return due;
  }

  /** Raises every due case once; resolves with how many were raised. */
  async runOnce(): Promise<number> {
    const now = this.options.clock.now();
    // One read of the cases per run: it tells what is due and which records may go.
    const waiting = await this.options.repository.list({ status: 'nieuw' });
    let raised = 0;
    for (const item of await this.dueAmong(waiting, now)) {
      if (await this.raise(item, now)) raised += 1;
    }
    // Records of a case that was no longer new when the run began are dropped; one claimed
    // during the run keeps its record until the next run, where it is not read as due.
    const stillWaiting = new Set(waiting.map((item) => item.reference));
    for (const namespace of [NAMESPACE, ATTEMPT_NAMESPACE]) {
      for (const reference of (await this.reminders.all(namespace)).keys()) {
        if (!stillWaiting.has(reference)) await this.reminders.delete(namespace, reference);
      }
    }
    if (raised > 0) this.logger.info({ raised }, 'unclaimed cases raised again');
    return raised;
  }
}
