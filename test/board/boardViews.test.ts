import { describe, expect, it } from 'vitest';
import { boardQuerySchema, selectCases } from '../../src/board/boardQuery.js';
import {
  isOverdue,
  newSince,
  toBoardDetail,
  toBoardSummary,
  type BoardViewContext,
} from '../../src/board/boardViews.js';
import { buildCase, type Case } from '../../src/cases/case.js';
import { applyTransition } from '../../src/cases/status.js';
import { anna, bram, contactStrings, coordinator, melder } from '../cards/caseFixtures.js';

/** Friday 4 December 2026, 16:00 in Enschede. */
const FRIDAY_16H = new Date('2026-12-04T15:00:00Z');

function arrived(at: Date, reference = 'WW-2026-000001'): Case {
  return buildCase(
    {
      wijkteam: 'boswinkel-boekelo',
      story: {
        summary: 'Ik heb schulden. '.repeat(20),
        levensgebieden: ['geld'],
        wijk: 'Boswinkel',
        stadsdeel: 'west',
        forWhom: 'zelf',
        ageBand: null,
        triedAlready: '',
        voorzieningenShown: [],
        conversationCount: 1,
      },
      consent: { given: true, at: at.toISOString(), textVersion: 'overdracht-2026-01' },
      melder,
      residentKey: 'resident-key-1',
    },
    reference,
    at,
  ).case;
}

function context(now: Date): BoardViewContext {
  return { now, wijkteamName: () => 'Boswinkel-Boekelo', pickupWorkingHours: 4 };
}

describe('board views', () => {
  it('overdue counts working hours only: Friday 16:00 plus four is Monday 12:00', () => {
    const current = arrived(FRIDAY_16H);
    expect(isOverdue(current, new Date('2026-12-07T10:59:00Z'), 4)).toBe(false);
    expect(isOverdue(current, new Date('2026-12-07T11:00:00Z'), 4)).toBe(true);
    const summary = toBoardSummary(current, anna, context(new Date('2026-12-07T11:00:00Z')));
    expect(summary).toMatchObject({ overdue: true, waitingLabel: '2 dagen geleden' });
    expect(summary.summaryExcerpt.length).toBeLessThanOrEqual(140);
  });

  it('a claimed case is never overdue; a released one counts again from the release', () => {
    const current = arrived(FRIDAY_16H);
    const clock = { now: () => new Date('2026-12-07T08:30:00Z') };
    const claimed = applyTransition(current, { type: 'claim' }, anna, 1, clock);
    if (!claimed.ok) throw new Error('claim refused');
    expect(isOverdue(claimed.case, new Date('2026-12-08T15:00:00Z'), 4)).toBe(false);
    const released = applyTransition(claimed.case, { type: 'release' }, anna, 2, clock);
    if (!released.ok) throw new Error('release refused');
    expect(newSince(released.case).toISOString()).toBe('2026-12-07T08:30:00.000Z');
    expect(isOverdue(released.case, new Date('2026-12-07T12:29:00Z'), 4)).toBe(false);
    expect(isOverdue(released.case, new Date('2026-12-07T12:30:00Z'), 4)).toBe(true);
  });

  it('the detail shows contact details to the assignee only, buttons as the card would', () => {
    const clock = { now: () => new Date('2026-12-07T08:30:00Z') };
    const claimed = applyTransition(arrived(FRIDAY_16H), { type: 'claim' }, anna, 1, clock);
    if (!claimed.ok) throw new Error('claim refused');
    const now = context(clock.now());
    const mine = toBoardDetail(claimed.case, anna, now);
    expect(mine.contact.kind).toBe('visible');
    expect(mine.actions).toEqual(['contactMade', 'close', 'release']);
    expect(mine.mine).toBe(true);
    for (const viewer of [bram, coordinator]) {
      const theirs = toBoardDetail(claimed.case, viewer, now);
      expect(theirs.contact).toEqual({ kind: 'hidden' });
      for (const secret of contactStrings) expect(JSON.stringify(theirs)).not.toContain(secret);
    }
    expect(toBoardDetail(claimed.case, bram, now).actions).toEqual([]);
    expect(toBoardDetail(claimed.case, coordinator, now).actions).toEqual([
      'contactMade',
      'close',
      'release',
    ]);
    const summary = toBoardSummary(claimed.case, anna, now);
    expect(Object.keys(summary)).not.toContain('contact');
  });

  it('langst wachtend eerst: overdue first, then the longest waiting; filters narrow', () => {
    const now = new Date('2026-12-09T12:00:00Z');
    const old = arrived(FRIDAY_16H, 'WW-2026-000001');
    const clock = { now: () => new Date('2026-12-08T09:00:00Z') };
    const claimedOld = applyTransition(
      arrived(new Date('2026-12-01T09:00:00Z'), 'WW-2026-000002'),
      { type: 'claim' },
      anna,
      1,
      clock,
    );
    if (!claimedOld.ok) throw new Error('claim refused');
    const fresh = arrived(new Date('2026-12-09T11:30:00Z'), 'WW-2026-000003');
    const items = [fresh, claimedOld.case, old].map((item) =>
      toBoardSummary(item, anna, context(now)),
    );
    const order = (query: Record<string, string>) =>
      selectCases(items, boardQuerySchema.parse(query)).map((item) => item.reference);
    expect(order({})).toEqual(['WW-2026-000001', 'WW-2026-000002', 'WW-2026-000003']);
    expect(order({ sort: 'newest' })).toEqual([
      'WW-2026-000003',
      'WW-2026-000001',
      'WW-2026-000002',
    ]);
    expect(order({ mine: 'true' })).toEqual(['WW-2026-000002']);
    expect(order({ age: 'week' })).toEqual(['WW-2026-000002']);
    expect(order({ age: 'overdue' })).toEqual(['WW-2026-000001']);
    expect(order({ status: 'afgerond' })).toEqual([]);
  });
});
