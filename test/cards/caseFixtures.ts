import { buildCase, type Actor, type Case } from '../../src/cases/case.js';
import { applyTransition, type CaseEvent, type CaseStatus } from '../../src/cases/status.js';
import type { Clock } from '../../src/shared/clock.js';

/** Cases in every status, built through the real state machine, for card and verb tests. */

export const ARRIVED = new Date('2026-12-03T09:15:00Z');

export const anna: Actor = { kind: 'staff', id: 'aad-anna', name: 'Anna de Vries' };
export const bram: Actor = { kind: 'staff', id: 'aad-bram', name: 'Bram Jansen' };
export const coordinator: Actor = {
  kind: 'staff',
  id: 'aad-carla',
  name: 'Carla Smit',
  coordinator: true,
};

/** Contact details that must never appear on a card for anyone but the assignee. */
export const melder = {
  name: 'Fatma Yilmaz',
  phone: '06-12345678',
  email: 'fatma.yilmaz@example.nl',
  bestMoment: 'Op werkdagen voor 12 uur',
  noCalls: false,
};
export const contactStrings = [
  'Fatma',
  'Yilmaz',
  '0612345678',
  '06 12345678',
  '12345678',
  'fatma.yilmaz@example.nl',
];

export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso) };
}

export function newCase(reference = 'WW-2026-000123', wijkteam = 'west'): Case {
  return buildCase(
    {
      wijkteam,
      story: {
        summary:
          'Ik heb schulden en de brieven stapelen zich op. Ik weet niet waar ik moet beginnen.',
        levensgebieden: ['geld', 'wonen'],
        wijk: 'Boswinkel',
        stadsdeel: 'west',
        forWhom: 'zelf',
        ageBand: '27-66',
        triedAlready: 'Zelf de bank gebeld voor een betalingsregeling.',
        voorzieningenShown: ['formulierenbrigade', 'schuldhulp-maatje'],
        conversationCount: 2,
      },
      consent: { given: true, at: ARRIVED.toISOString(), textVersion: 'overdracht-2026-01' },
      melder,
      residentKey: 'resident-key-1',
    },
    reference,
    ARRIVED,
  ).case;
}

function step(current: Case, event: CaseEvent, actor: Actor, clock: Clock): Case {
  const result = applyTransition(current, event, actor, current.version, clock);
  if (!result.ok) throw new Error(`fixture transition refused: ${result.refusal.kind}`);
  return result.case;
}

/** A case in `status`, claimed by Anna where a claim is needed. */
export function caseInStatus(status: CaseStatus, reference = 'WW-2026-000123'): Case {
  const clock = fixedClock('2026-12-03T10:00:00Z');
  const created = newCase(reference);
  if (status === 'nieuw') return created;
  if (status === 'geannuleerd') return step(created, { type: 'cancel' }, coordinator, clock);
  const claimed = step(created, { type: 'claim' }, anna, clock);
  if (status === 'opgepakt') return claimed;
  const contacted = step(claimed, { type: 'contact_made' }, anna, clock);
  if (status === 'contact_gelegd') return contacted;
  return step(
    contacted,
    {
      type: 'close',
      outcome: 'voorliggend_opgelost',
      note: 'Aangemeld bij de formulierenbrigade.',
    },
    anna,
    clock,
  );
}
