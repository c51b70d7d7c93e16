import { describe, expect, it } from 'vitest';
import type { InsightAggregateStore } from '../../src/insights/aggregateStore.js';
import { workingDaysBetween } from '../../src/insights/caseEvents.js';
import { buildVocabulary, generalisedTerms } from '../../src/insights/generalisedTerms.js';
import type { InsightEvent } from '../../src/insights/insightEvents.js';
import { MemoryInsights, RecordingInsights } from '../../src/insights/insights.js';
import { MemoryAggregateStore } from '../../src/insights/memoryAggregateStore.js';
import { captureLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';

describe('the Insights port', () => {
  it('counts per day in Dutch time', async () => {
    // 23:30 UTC on 1 March is already 2 March in Enschede.
    const insights = new MemoryInsights({ clock: new ManualClock('2026-03-01T23:30:00Z') });
    await insights.record({ kind: 'helped', answer: 'helped' });
    await insights.record({ kind: 'helped', answer: 'helped' });
    expect(await insights.rows()).toEqual([
      { day: '2026-03-02', kind: 'helped', dimensions: { answer: 'helped' }, count: 2 },
    ]);
  });

  it('never rejects: an event that could carry a sentence is logged by code and dropped', async () => {
    const logs = captureLogger();
    const insights = new MemoryInsights({ logger: logs.logger });
    const sneaky = {
      kind: 'unmet_need',
      levensgebied: 'ik heb schulden en niemand helpt',
    } as unknown as InsightEvent;
    const extra = { kind: 'score', score: 4, text: 'geheim' } as unknown as InsightEvent;
    await expect(insights.record(sneaky)).resolves.toBeUndefined();
    await expect(insights.record(extra)).resolves.toBeUndefined();
    expect(await insights.rows()).toEqual([]);
    const logged = logs.text();
    expect(logged).toContain('WW-9101');
    expect(logged).not.toContain('schulden');
    expect(logged).not.toContain('geheim');
  });

  it('never rejects when the store fails', async () => {
    const memory = new MemoryAggregateStore();
    const broken: InsightAggregateStore = {
      add: () => Promise.reject(new Error('disk full')),
      read: (filter) => memory.read(filter),
      pruneBefore: (day) => memory.pruneBefore(day),
      size: () => memory.size(),
      close: () => memory.close(),
    };
    const insights = new RecordingInsights({ store: broken });
    await expect(insights.record({ kind: 'score', score: 5 })).resolves.toBeUndefined();
  });

  it('drops an unmet term outside the sociale kaart vocabulary', async () => {
    const insights = new MemoryInsights({ vocabulary: (term) => term === 'schulden' });
    await insights.record({ kind: 'unmet_term', term: 'schulden' });
    await insights.record({ kind: 'unmet_term', term: 'jansen' });
    expect((await insights.rows()).map((row) => row.dimensions.term)).toEqual(['schulden']);
  });
});

describe('generalised terms', () => {
  const vocabulary = buildVocabulary({
    synoniemen: [
      { term: 'schulden', levensgebied: 'geld', woorden: ['de deurwaarder', 'rood staan'] },
      { term: 'Maatschappelijk werk', woorden: ['iemand om mee te praten'] },
    ],
    levensgebieden: [
      {
        id: 'wonen',
        label: 'Wonen',
        uitleg: 'Een huis.',
        woorden: ['huis', 'woning', 'huur'],
      },
    ],
  });

  it('keeps only the vocabulary: synonym terms and levensgebied words, never other words', () => {
    expect(
      generalisedTerms('Jan Jansen: de deurwaarder belde over mijn huurschuld', vocabulary),
    ).toEqual(['schulden']);
    expect(generalisedTerms('Ik zoek iemand om mee te praten over mijn huis', vocabulary)).toEqual([
      'maatschappelijk-werk',
      'huis',
    ]);
    expect(generalisedTerms('Mijn buurman Piet is boos', vocabulary)).toEqual([]);
  });
});

describe('working days for pick-up and closing', () => {
  it('counts Dutch working days after the day of arrival', () => {
    const friday = new Date('2026-03-06T15:00:00+01:00');
    expect(workingDaysBetween(friday, new Date('2026-03-06T16:00:00+01:00'))).toBe(0);
    expect(workingDaysBetween(friday, new Date('2026-03-09T09:00:00+01:00'))).toBe(1);
    // Easter Monday 2026 is 6 April: from Thursday 2 April, Friday and Tuesday count.
    expect(
      workingDaysBetween(
        new Date('2026-04-02T10:00:00+02:00'),
        new Date('2026-04-07T10:00:00+02:00'),
      ),
    ).toBe(2);
  });
});
