import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { total } from '../../src/insights/insightCounts.js';
import type { InsightEvent } from '../../src/insights/insightEvents.js';
import { crisisRecorderOn, unmetNeedsRecorderOn } from '../../src/insights/insightsRecorder.js';
import { InsightsStore } from '../../src/insights/insightsStore.js';
import { MemoryInsights } from '../../src/insights/memoryInsights.js';
import { recordCrisis } from '../../src/safety/crisisRecorder.js';
import { detectCrisis, type CrisisDetected } from '../../src/safety/detectCrisis.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

describe('InsightsStore', () => {
  let dir: TempDirectory;
  beforeEach(async () => {
    dir = await createTempDirectory();
  });
  afterEach(async () => {
    await dir.remove();
  });

  it('counts per day in Dutch time and keeps the counts across a restart', async () => {
    const file = dir.file('insights.json');
    const store = await InsightsStore.open({ file, logger: silentLogger() });
    // 23:30 UTC on 1 March is already 2 March in Enschede.
    const late = new Date('2026-03-01T23:30:00Z');
    await store.count({ kind: 'helped', answer: 'helped' }, late);
    await store.count({ kind: 'helped', answer: 'helped' }, late);
    await store.count({ kind: 'helped', answer: 'search_again' }, late);
    await store.count({ kind: 'handover', step: 'proposed', reason: 'no_good_match' }, late);
    await store.close();

    const reopened = await InsightsStore.open({ file, logger: silentLogger() });
    const helped = await reopened.rows({ kind: 'helped' });
    expect(helped.map((row) => [row.day, row.dimensions.answer, row.count])).toEqual([
      ['2026-03-02', 'helped', 2],
      ['2026-03-02', 'search_again', 1],
    ]);
    expect(total(await reopened.rows({ kind: 'handover' }), { step: 'proposed' })).toBe(1);
    expect(await reopened.rows({ from: '2026-03-03' })).toEqual([]);
    await reopened.close();
  });

  it('refuses an event that could carry a sentence, and stores nothing of it', async () => {
    const file = dir.file('insights.json');
    const store = await InsightsStore.open({ file, logger: silentLogger() });
    const sneaky = {
      kind: 'unmet_need',
      levensgebied: 'ik heb schulden en niemand helpt',
    } as unknown as InsightEvent;
    await expect(store.count(sneaky, new Date())).rejects.toMatchObject({ code: 'WW-9101' });
    const extra = { kind: 'score', score: 4, text: 'geheim' } as unknown as InsightEvent;
    await expect(store.count(extra, new Date())).rejects.toMatchObject({ code: 'WW-9101' });
    await store.close();
    const onDisk = await readFile(file, 'utf8').catch(() => '');
    expect(onDisk).not.toContain('schulden');
    expect(onDisk).not.toContain('geheim');
  });
});

describe('recorders on the counts', () => {
  it('records a crisis as kind and day only', async () => {
    const insights = new MemoryInsights();
    const clock = new ManualClock('2026-03-02T09:00:00Z');
    const assessment = detectCrisis('ik wil niet meer leven');
    expect(assessment.isCrisis).toBe(true);
    await recordCrisis(crisisRecorderOn(insights), assessment as CrisisDetected, clock);
    const rows = await insights.rows({ kind: 'crisis' });
    expect(rows).toEqual([
      { day: '2026-03-02', kind: 'crisis', dimensions: { crisisKind: 'suicide' }, count: 1 },
    ]);
  });

  it('records unmet needs per levensgebied and wijk, and reports them per month', async () => {
    const insights = new MemoryInsights();
    const recorder = unmetNeedsRecorderOn(insights);
    await recorder.record({
      levensgebieden: ['geld', 'wonen'],
      wijk: 'Stadsveld',
      at: new Date('2026-03-02T10:00:00Z'),
    });
    await recorder.record({
      levensgebieden: ['geld'],
      wijk: 'Stadsveld',
      at: new Date('2026-03-20T10:00:00Z'),
    });
    await recorder.record({ levensgebieden: [], at: new Date('2026-04-01T10:00:00Z') });
    expect(await recorder.counts()).toEqual([
      { month: '2026-03', levensgebied: 'geld', wijk: 'Stadsveld', count: 2 },
      { month: '2026-03', levensgebied: 'wonen', wijk: 'Stadsveld', count: 1 },
      { month: '2026-04', levensgebied: 'onbekend', wijk: null, count: 1 },
    ]);
  });
});
