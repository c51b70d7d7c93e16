import { describe, expect, it } from 'vitest';
import {
  addVisit,
  earlierConversationsAbout,
  emptyResidentMemory,
  parseResidentMemory,
  pruneResidentMemory,
  unsolvedEarlierVisit,
  updateVisit,
  visitForFollowUp,
  type Visit,
} from '../../src/conversation/residentMemory.js';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-03-20T10:00:00Z');

function visit(
  id: string,
  daysAgo: number,
  levensgebieden: string[],
  changes: Partial<Visit> = {},
): Visit {
  return {
    id,
    at: new Date(now.getTime() - daysAgo * day).toISOString(),
    levensgebieden,
    answer: null,
    handedOver: false,
    followUp: null,
    followUpAskedAt: null,
    shown: [],
    notSolvedAt: null,
    ...changes,
  };
}

describe('resident memory', () => {
  it('forgets visits older than the memory period and unsent handovers after a week', () => {
    let memory = addVisit(emptyResidentMemory(), visit('old', 31, ['geld']));
    memory = addVisit(memory, visit('recent', 2, ['geld']));
    memory = {
      ...memory,
      pendingHandover: {
        at: new Date(now.getTime() - 8 * day).toISOString(),
        reason: 'no_good_match',
        summary: 'x',
        levensgebieden: ['geld'],
        forWhom: 'zelf',
        caresFor: false,
        ageBand: null,
        wijk: null,
        stadsdeel: null,
        triedAlready: '',
        voorzieningenShown: [],
        conversationCount: 1,
      },
    };
    const pruned = pruneResidentMemory(memory, now, 30);
    expect(pruned.visits.map((v) => v.id)).toEqual(['recent']);
    expect(pruned.pendingHandover).toBeNull();
  });

  it('finds an earlier unsolved visit on the same levensgebied, not a solved or other one', () => {
    let memory = addVisit(emptyResidentMemory(), visit('other', 5, ['wonen']));
    memory = addVisit(memory, visit('solved', 4, ['geld'], { answer: 'helped' }));
    expect(unsolvedEarlierVisit(memory, ['geld'])).toBeUndefined();
    memory = updateVisit(memory, 'solved', (v) => ({ ...v, followUp: 'could_not_reach' }));
    expect(unsolvedEarlierVisit(memory, ['geld'])?.id).toBe('solved');
    expect(unsolvedEarlierVisit(memory, ['geld'], ['solved'])).toBeUndefined();
    expect(earlierConversationsAbout(memory, ['geld', 'wonen'])).toBe(2);
  });

  it('asks the follow-up once, only after a day, and never after a handover', () => {
    const fresh = addVisit(emptyResidentMemory(), visit('v', 0.1, ['geld']));
    expect(visitForFollowUp(fresh, now)).toBeUndefined();
    const old = addVisit(emptyResidentMemory(), visit('v', 2, ['geld']));
    expect(visitForFollowUp(old, now)?.id).toBe('v');
    const asked = updateVisit(old, 'v', (v) => ({ ...v, followUpAskedAt: now.toISOString() }));
    expect(visitForFollowUp(asked, now)).toBeUndefined();
    const handed = addVisit(emptyResidentMemory(), visit('v', 2, ['geld'], { handedOver: true }));
    expect(visitForFollowUp(handed, now)).toBeUndefined();
  });

  it('starts afresh from stored data it does not understand', () => {
    expect(parseResidentMemory({ version: 2, visits: 'x' })).toEqual(emptyResidentMemory());
  });
});
