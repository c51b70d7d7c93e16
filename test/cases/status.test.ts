import { describe, expect, it } from 'vitest';
import type { Actor, Case } from '../../src/cases/case.js';
import {
  applyTransition,
  canApply,
  caseEventSchema,
  caseEventTypes,
  caseStatuses,
  transitionTable,
  type CaseEvent,
  type CaseEventType,
  type CaseStatus,
} from '../../src/cases/status.js';
import {
  alice,
  bob,
  coordinator,
  FakeClock,
  otherResident,
  owner,
  sampleCase,
  system,
} from './fixtures/caseFixtures.js';

/** Written out by hand from the ADR, not derived from the code's table: this is the specification. */
const expectedTarget: Record<CaseStatus, Record<CaseEventType, CaseStatus | null>> = {
  nieuw: {
    claim: 'opgepakt',
    contact_made: null,
    close: null,
    release: null,
    cancel: 'geannuleerd',
  },
  opgepakt: {
    claim: null,
    contact_made: 'contact_gelegd',
    close: 'afgerond',
    release: 'nieuw',
    cancel: 'geannuleerd',
  },
  contact_gelegd: {
    claim: null,
    contact_made: null,
    close: 'afgerond',
    release: 'nieuw',
    cancel: 'geannuleerd',
  },
  afgerond: { claim: null, contact_made: null, close: null, release: null, cancel: null },
  geannuleerd: { claim: null, contact_made: null, close: null, release: null, cancel: null },
};

const aliceAssignee = { staffId: 'aad-alice', displayName: 'Alice de Vries' };

function inStatus(status: CaseStatus): Case {
  const base = sampleCase();
  const claimed = status !== 'nieuw';
  return {
    ...base,
    status,
    assignee: claimed ? aliceAssignee : null,
    version: 4,
  };
}

function eventOf(type: CaseEventType): CaseEvent {
  return type === 'close' ? { type, outcome: 'voorliggend_opgelost' } : { type };
}

/** An actor that is allowed to send this event whenever the table allows it at all. */
function permittedActor(type: CaseEventType): Actor {
  return type === 'claim' ? bob : coordinator;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const clock = new FakeClock('2026-03-03T10:00:00.000Z');

describe('the transition table, pair by pair', () => {
  it('covers exactly the five statuses and five events', () => {
    expect([...caseStatuses].sort()).toEqual(Object.keys(expectedTarget).sort());
    expect([...caseEventTypes].sort()).toEqual(Object.keys(expectedTarget.nieuw).sort());
  });

  for (const from of Object.keys(expectedTarget) as CaseStatus[]) {
    for (const [type, to] of Object.entries(expectedTarget[from]) as [
      CaseEventType,
      CaseStatus | null,
    ][]) {
      it(`${from} --${type}--> ${to ?? 'refused'}`, () => {
        const current = deepFreeze(inStatus(from));
        const result = applyTransition(current, eventOf(type), permittedActor(type), 4, clock);
        if (to === null) {
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.refusal).toMatchObject({
              kind: 'not_allowed',
              code: 'WW-6003',
              status: from,
              event: type,
            });
          }
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.case.status).toBe(to);
        expect(result.case.version).toBe(5);
        expect(result.case.history).toHaveLength(current.history.length + 1);
        expect(result.case.history.slice(0, -1)).toEqual(current.history);
        expect(result.entry).toMatchObject({ from, to, at: '2026-03-03T10:00:00.000Z' });
        expect(result.case.history.at(-1)).toEqual(result.entry);
        expect(result.case.updatedAt).toBe('2026-03-03T10:00:00.000Z');
        // The input is frozen: applyTransition must not have touched it.
        expect(current.status).toBe(from);
      });
    }
  }
});

describe('who may do what', () => {
  const actors: Record<string, Actor> = { alice, bob, coordinator, owner, otherResident, system };
  /** From a status where the event is allowed; alice is the assignee where there is one. */
  const expectedActors: Record<CaseEventType, { status: CaseStatus; allowed: string[] }> = {
    claim: { status: 'nieuw', allowed: ['alice', 'bob', 'coordinator'] },
    contact_made: { status: 'opgepakt', allowed: ['alice', 'coordinator'] },
    close: { status: 'contact_gelegd', allowed: ['alice', 'coordinator'] },
    release: { status: 'opgepakt', allowed: ['alice', 'coordinator'] },
    cancel: { status: 'opgepakt', allowed: ['alice', 'coordinator', 'owner', 'system'] },
  };

  for (const [type, { status, allowed }] of Object.entries(expectedActors) as [
    CaseEventType,
    { status: CaseStatus; allowed: string[] },
  ][]) {
    for (const [name, actor] of Object.entries(actors)) {
      const may = allowed.includes(name);
      it(`${type} by ${name} from ${status}: ${may ? 'allowed' : 'refused'}`, () => {
        const current = inStatus(status);
        const result = applyTransition(current, eventOf(type), actor, 4, clock);
        expect(result.ok).toBe(may);
        expect(canApply(current, type, actor)).toBe(may);
        if (!result.ok) {
          expect(result.refusal).toMatchObject({
            kind: 'actor_not_allowed',
            code: 'WW-6005',
            assignee: current.assignee,
          });
        }
      });
    }
  }

  it('a resident may cancel only while the case is linked to their chat', () => {
    const unlinked = { ...inStatus('nieuw'), residentKey: null };
    expect(applyTransition(unlinked, { type: 'cancel' }, owner, 4, clock).ok).toBe(false);
  });
});

describe('applyTransition details', () => {
  it('refuses a stale version first and says who changed the case and when', () => {
    const claimed = applyTransition(inStatus('nieuw'), { type: 'claim' }, alice, 4, clock);
    if (!claimed.ok) throw new Error('claim failed');
    // Bob clicked "Ik pak dit op" on a card that still showed version 4.
    const late = applyTransition(claimed.case, { type: 'claim' }, bob, 4, clock);
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.refusal).toEqual({
      kind: 'conflict',
      code: 'WW-6002',
      expectedVersion: 4,
      currentVersion: 5,
      lastChange: {
        at: '2026-03-03T10:00:00.000Z',
        actor: { kind: 'staff', id: 'aad-alice', name: 'Alice de Vries' },
        action: 'opgepakt',
      },
      assignee: aliceAssignee,
    });
  });

  it('a claim records the claimer as assignee; release clears it', () => {
    const claimed = applyTransition(inStatus('nieuw'), { type: 'claim' }, bob, 4, clock);
    if (!claimed.ok) throw new Error('claim failed');
    expect(claimed.case.assignee).toEqual({ staffId: 'aad-bob', displayName: 'Bob Jansen' });
    const released = applyTransition(
      claimed.case,
      { type: 'release', note: 'Ben ziek' },
      bob,
      5,
      clock,
    );
    if (!released.ok) throw new Error('release failed');
    expect(released.case.assignee).toBeNull();
    expect(released.case.status).toBe('nieuw');
    expect(released.entry).toMatchObject({ action: 'teruggezet', note: 'Ben ziek' });
  });

  it('closing needs an outcome and records it, with the closing time', () => {
    const missing = applyTransition(inStatus('contact_gelegd'), { type: 'close' }, alice, 4, clock);
    expect(missing).toEqual({
      ok: false,
      refusal: { kind: 'outcome_missing', code: 'WW-6004' },
    });
    const closed = applyTransition(
      inStatus('contact_gelegd'),
      { type: 'close', outcome: 'maatwerkindicatie', note: 'Indicatie begeleiding' },
      alice,
      4,
      clock,
    );
    if (!closed.ok) throw new Error('close failed');
    expect(closed.case.outcome).toBe('maatwerkindicatie');
    expect(closed.case.closedAt).toBe('2026-03-03T10:00:00.000Z');
    expect(closed.entry).toMatchObject({ action: 'afgerond', outcome: 'maatwerkindicatie' });
  });

  it('cancel also sets the closing time, so retention starts counting', () => {
    const cancelled = applyTransition(inStatus('nieuw'), { type: 'cancel' }, owner, 4, clock);
    if (!cancelled.ok) throw new Error('cancel failed');
    expect(cancelled.case.closedAt).toBe('2026-03-03T10:00:00.000Z');
    expect(cancelled.case.outcome).toBeNull();
  });

  it('records a resident without their chat key and a coordinator as coordinator', () => {
    const cancelled = applyTransition(inStatus('nieuw'), { type: 'cancel' }, owner, 4, clock);
    if (!cancelled.ok) throw new Error('cancel failed');
    expect(cancelled.entry.actor).toEqual({ kind: 'resident', id: 'inwoner' });
    expect(JSON.stringify(cancelled.case.history)).not.toContain('resident-key-0001');
    const closed = applyTransition(
      inStatus('opgepakt'),
      { type: 'close', outcome: 'geen_contact' },
      coordinator,
      4,
      clock,
    );
    if (!closed.ok) throw new Error('close failed');
    expect(closed.entry.actor).toEqual({
      kind: 'staff',
      id: 'aad-carla',
      name: 'Carla Smit',
      coordinator: true,
    });
  });

  it('masks identifiers that staff type into a note', () => {
    const result = applyTransition(
      inStatus('opgepakt'),
      { type: 'contact_made', note: 'Gebeld op 06-12345678, BSN 123456782 genoteerd' },
      alice,
      4,
      clock,
    );
    if (!result.ok) throw new Error('contact failed');
    expect(result.entry.note).not.toMatch(/12345678/);
    expect(result.entry.note).toContain('[BSN weggehaald]');
  });
});

describe('caseEventSchema (what a card may send)', () => {
  it('accepts the five events and refuses anything else', () => {
    for (const type of Object.keys(transitionTable)) {
      expect(caseEventSchema.safeParse({ type }).success).toBe(true);
    }
    expect(caseEventSchema.safeParse({ type: 'delete' }).success).toBe(false);
    expect(caseEventSchema.safeParse({ type: 'close', outcome: 'weet niet' }).success).toBe(false);
  });
});
