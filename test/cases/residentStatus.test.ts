import { describe, expect, it } from 'vitest';
import { applyTransition } from '../../src/cases/status.js';
import { residentStatusText } from '../../src/cases/residentStatus.js';
import type { Case } from '../../src/cases/case.js';
import { alice, FakeClock, owner, sampleCase } from './fixtures/caseFixtures.js';

function step(current: Case, result: ReturnType<typeof applyTransition>): Case {
  if (!result.ok) throw new Error(`refused: ${result.refusal.kind}`);
  expect(result.case.version).toBe(current.version + 1);
  return result.case;
}

describe('residentStatusText', () => {
  const clock = new FakeClock('2026-12-03T10:00:00.000Z');
  const created = sampleCase('WW-2026-000001', new Date('2026-12-01T16:00:00.000Z'));
  const claimed = step(created, applyTransition(created, { type: 'claim' }, alice, 1, clock));

  it('tells a resident whose question is waiting when it arrived and who will call', () => {
    expect(residentStatusText(created, 'West')).toBe(
      'Uw vraag ligt sinds 1 december bij wijkteam West. Iemand van het wijkteam neemt contact met u op.',
    );
  });

  it('names the colleague by first name when the case is claimed, or only the team', () => {
    expect(residentStatusText(claimed, 'West')).toBe(
      'Uw vraag is opgepakt door Alice van wijkteam West op 3 december.',
    );
    expect(residentStatusText(claimed, 'West', { staffFirstName: false })).toBe(
      'Uw vraag is opgepakt door wijkteam West op 3 december.',
    );
  });

  it('uses the Dutch calendar day (23:30 UTC is already the next day in winter)', () => {
    const lateClock = new FakeClock('2026-12-03T23:30:00.000Z');
    const late = step(created, applyTransition(created, { type: 'claim' }, alice, 1, lateClock));
    expect(residentStatusText(late, 'West')).toContain('op 4 december');
  });

  it('covers contact, closing and cancelling', () => {
    clock.set('2026-12-04T10:00:00.000Z');
    const contacted = step(
      claimed,
      applyTransition(claimed, { type: 'contact_made' }, alice, 2, clock),
    );
    expect(residentStatusText(contacted, 'West')).toBe(
      'Wijkteam West heeft op 4 december contact met u gehad over uw vraag.',
    );
    clock.set('2026-12-10T10:00:00.000Z');
    const closed = step(
      contacted,
      applyTransition(
        contacted,
        { type: 'close', outcome: 'wijkteam_hulpverleend' },
        alice,
        3,
        clock,
      ),
    );
    expect(residentStatusText(closed, 'West')).toMatch(
      /^Wijkteam West heeft uw vraag op 10 december afgerond\./,
    );
    const cancelled = step(created, applyTransition(created, { type: 'cancel' }, owner, 1, clock));
    expect(residentStatusText(cancelled, 'West')).toMatch(/^Uw vraag is op 10 december gestopt\./);
  });
});
