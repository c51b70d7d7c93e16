import { describe, expect, it } from 'vitest';
import { buildCase, type Actor, type Case } from '../../src/cases/case.js';
import { applyTransition, type CaseEvent } from '../../src/cases/status.js';
import { buildCaseCard } from '../../src/cards/caseCard.js';
import { caseCardView, SHARED_VIEWER, type CaseViewer } from '../../src/cards/caseCardView.js';
import { buildHandoverSummaryCard } from '../../src/cards/handoverSummaryCard.js';
import { ARRIVED, fixedClock } from './caseFixtures.js';

/**
 * Every text a person typed (or a partner or gemeente file holds) reaches a card as literal text,
 * never Markdown (src/cards/plainCardText.ts). Each field gets its own hostile link, so the test
 * also shows that every field reached a card, escaped.
 */
const hostile = (field: string) =>
  `[${field}](https://evil.example/${field}) *nu* <b>${field}</b> \`${field}\``;
const escaped = (field: string) => `\\[${field}\\](https://evil.example/${field})`;

const hostileStaff: Actor = { kind: 'staff', id: 'aad-eve', name: hostile('assignee') };

function hostileCase(): Case {
  const clock = fixedClock('2026-12-03T10:00:00Z');
  const created = buildCase(
    {
      wijkteam: 'west',
      story: {
        summary: hostile('summary'),
        levensgebieden: ['geld'],
        wijk: hostile('wijk'),
        stadsdeel: 'west',
        forWhom: 'zelf',
        ageBand: '27-66',
        triedAlready: hostile('tried'),
        voorzieningenShown: ['formulierenbrigade'],
        conversationCount: 1,
      },
      consent: { given: true, at: ARRIVED.toISOString(), textVersion: 'overdracht-2026-01' },
      melder: {
        name: hostile('name'),
        phone: '06-12345678',
        email: 'fatma@example.nl',
        bestMoment: hostile('bestMoment'),
        noCalls: false,
      },
      residentKey: 'resident-key-1',
    },
    'WW-2026-000666',
    ARRIVED,
  ).case;
  const step = (current: Case, event: CaseEvent) => {
    const result = applyTransition(current, event, hostileStaff, current.version, clock);
    if (!result.ok) throw new Error(result.refusal.kind);
    return result.case;
  };
  return step(step(step(created, { type: 'claim' }), { type: 'contact_made' }), {
    type: 'close',
    outcome: 'voorliggend_opgelost',
    note: hostile('closingNote'),
  });
}

/** Every string in a card, wherever it sits. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Nothing of a hostile value is left to read as Markdown: no bare bracket, star, tag or tick. */
function expectPlain(texts: readonly string[]): void {
  for (const text of texts.filter((candidate) => candidate.includes('evil.example'))) {
    expect(text).not.toMatch(/(?<!\\)[[\]*<>`]/);
  }
}

describe('cards built from a hostile case', () => {
  const viewers: CaseViewer[] = [
    SHARED_VIEWER,
    { kind: 'staff', actor: hostileStaff },
    { kind: 'staff', actor: { kind: 'staff', id: 'aad-carla', coordinator: true } },
  ];

  it('show every text field of the case card, for every viewer, as literal text', () => {
    const current = hostileCase();
    const texts = viewers.flatMap((viewer) =>
      strings(
        buildCaseCard(
          caseCardView(current, {
            now: ARRIVED,
            viewer,
            wijkteamName: () => hostile('wijkteam'),
            levensgebiedLabel: () => hostile('levensgebied'),
            voorzieningName: () => hostile('voorziening'),
          }),
        ),
      ),
    );
    expectPlain(texts);
    for (const field of [
      'summary',
      'wijk',
      'tried',
      'name',
      'bestMoment',
      'assignee',
      'closingNote',
      'wijkteam',
      'levensgebied',
      'voorziening',
    ]) {
      expect(
        texts.some((text) => text.includes(escaped(field))),
        field,
      ).toBe(true);
    }
  });

  it('show every text field of the handover summary the resident confirms as literal text', () => {
    const texts = strings(
      buildHandoverSummaryCard({
        wijkteam: hostile('wijkteam'),
        summary: hostile('summary'),
        triedAlready: hostile('tried'),
        forWhom: hostile('forWhom'),
        area: hostile('area'),
        contact: {
          name: hostile('name'),
          phone: '+31 6 12345678',
          email: 'fatma@example.nl',
          bestMoment: hostile('bestMoment'),
          noCalls: true,
        },
      }).body,
    );
    expectPlain(texts);
    for (const field of ['wijkteam', 'summary', 'tried', 'forWhom', 'area', 'name', 'bestMoment']) {
      expect(
        texts.some((text) => text.includes(escaped(field))),
        field,
      ).toBe(true);
    }
  });
});
