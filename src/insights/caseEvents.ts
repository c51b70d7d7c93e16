import type { Case, HistoryEntry } from '../cases/case.js';
import type { CaseRepository } from '../cases/caseRepository.js';
import type { Outcome } from '../cases/status.js';
import { dutchCalendarDay, isWorkingDay, type CalendarDay } from '../cases/workingDays.js';
import type { Insights } from './insights.js';
import {
  UNKNOWN_LEVENSGEBIED,
  workingDayBucket,
  type InsightEvent,
  type PilotOutcome,
} from './insightEvents.js';

/**
 * Case events for the monitor, recorded where every case change passes: the repository. So the
 * Teams card, the Casusbord, the CLI and the resident's chat are all counted alike, without each
 * of them having to remember to count (ADR 0017 §4). Cases are deleted after CASE_RETENTION_DAYS;
 * these counts stay, so a year's figures do not shrink when old cases go.
 */

/** The pilot's terms for a stored outcome ("Wat is ermee gebeurd?", 000_b8d3056d4c63618c.txt:421). */
export function pilotOutcome(outcome: Outcome): PilotOutcome {
  switch (outcome) {
    case 'voorliggend_opgelost':
      return 'voorliggend_opgelost';
    case 'wijkteam_hulpverleend':
      return 'wijkteam_zelf_geholpen';
    case 'maatwerkindicatie':
      return 'maatwerk_indicatie_nodig';
    case 'geen_contact':
      return 'geen_contact';
    case 'ingetrokken':
      return 'ingetrokken';
    case 'doorverwezen':
      return 'doorverwezen_oud';
  }
}

function nextDay(day: CalendarDay): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function sameOrBefore(a: CalendarDay, b: CalendarDay): boolean {
  return Date.UTC(a.year, a.month - 1, a.day) <= Date.UTC(b.year, b.month - 1, b.day);
}

/**
 * Working days from the day a case arrived to the day of `to`, in Dutch time: the same day is 0,
 * Friday to Monday is 1. Stops counting at 60, past every bucket.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const last = dutchCalendarDay(to);
  let day = nextDay(dutchCalendarDay(from));
  let count = 0;
  while (sameOrBefore(day, last) && count < 60) {
    if (isWorkingDay(day)) count += 1;
    day = nextDay(day);
  }
  return count;
}

function caseArea(current: Case) {
  return {
    ...(current.story.wijk === null ? {} : { wijk: current.story.wijk }),
    ...(current.story.stadsdeel === null ? {} : { stadsdeel: current.story.stadsdeel }),
  };
}

/** What a new case counts. */
export function createdEvent(current: Case): InsightEvent {
  return {
    kind: 'case_created',
    wijkteam: current.wijkteam,
    levensgebied: current.story.levensgebieden[0] ?? UNKNOWN_LEVENSGEBIED,
    ...caseArea(current),
  };
}

/** What the history entries added by one change count: a first claim, a close, a withdrawal. */
export function transitionEvents(
  before: Case,
  added: readonly HistoryEntry[],
): { event: InsightEvent; at: Date }[] {
  const created = new Date(before.createdAt);
  let claimedBefore = before.history.some((entry) => entry.action === 'opgepakt');
  const events: { event: InsightEvent; at: Date }[] = [];
  for (const entry of added) {
    const at = new Date(entry.at);
    const days = workingDayBucket(workingDaysBetween(created, at));
    const base = { wijkteam: before.wijkteam, days, ...caseArea(before) };
    if (entry.action === 'opgepakt' && !claimedBefore) {
      claimedBefore = true;
      events.push({ event: { kind: 'case_picked_up', ...base }, at });
    } else if (entry.action === 'afgerond' && entry.outcome !== undefined) {
      events.push({
        event: { kind: 'case_closed', outcome: pilotOutcome(entry.outcome), ...base },
        at,
      });
    } else if (entry.action === 'geannuleerd') {
      events.push({ event: { kind: 'case_closed', outcome: 'ingetrokken', ...base }, at });
    }
  }
  return events;
}

/** The same repository; every create and every change is also counted through `insights`. */
export function countingRepository(repository: CaseRepository, insights: Insights): CaseRepository {
  return {
    create: async (input) => {
      const created = await repository.create(input);
      await insights.record(createdEvent(created), new Date(created.createdAt));
      return created;
    },
    get: (reference) => repository.get(reference),
    update: async (reference, expectedVersion, change) => {
      let before: Case | undefined;
      const after = await repository.update(reference, expectedVersion, (current) => {
        before = current;
        return change(current);
      });
      if (before !== undefined) {
        for (const { event, at } of transitionEvents(
          before,
          after.history.slice(before.history.length),
        )) {
          await insights.record(event, at);
        }
      }
      return after;
    },
    updateDelivery: (reference, change, options) =>
      repository.updateDelivery(reference, change, options),
    list: (filter) => repository.list(filter),
    count: (filter) => repository.count(filter),
    wijkteams: () => repository.wijkteams(),
    listDeliveryDue: (now) => repository.listDeliveryDue(now),
    leaseDeliveryDue: (now, lease) => repository.leaseDeliveryDue(now, lease),
    eraseResidentContacts: (residentKey) => repository.eraseResidentContacts(residentKey),
    delete: (reference) => repository.delete(reference),
    deliveryBacklog: () => repository.deliveryBacklog(),
  };
}
