import { describe, expect, it } from 'vitest';
import type { InsightIncrement } from '../../../src/insights/insightCounts.js';
import { MemoryAggregateStore } from '../../../src/insights/memoryAggregateStore.js';
import type { MonitorKnowledge, ReportTable } from '../../../src/insights/report/monitorReport.js';
import { rowHeaderOf, tableCsv } from '../../../src/insights/report/renderText.js';
import { marchReport } from './marchReport.js';

/**
 * Which needs the sociale basis does not meet, as a beleidsmedewerker asks it: read as the
 * gemeente, the monitor showed handovers only per wijkteam, and "geen passende hulp" only for the
 * whole period. A handover is a question the voorliggende voorzieningen did not answer, so the
 * officer needs them per levensgebied and per gebied, and both kinds over time, in tables.
 */
const knowledge = {
  levensgebieden: [
    { id: 'geld', label: 'Geld, schulden en administratie' },
    { id: 'eenzaamheid', label: 'Eenzaamheid en ontmoeting' },
  ],
  stadsdelen: [
    { id: 'zuid', naam: 'Zuid', wijken: [{ naam: 'Wesselerbrink', postcodes: ['7544'] }] },
    { id: 'noord', naam: 'Noord', wijken: [{ naam: 'Deppenbroek', postcodes: ['7522'] }] },
  ],
  wijkteams: [{ id: 'wesselerbrink', name: 'Wesselerbrink' }],
  voorzieningen: [],
  beheerders: [],
} as unknown as MonitorKnowledge;

async function march(): Promise<ReportTable[]> {
  const store = new MemoryAggregateStore();
  const increments: InsightIncrement[] = [
    // 1-7 March: 6 handovers about money in Zuid, 5 about loneliness in Noord.
    {
      day: '2026-03-03',
      kind: 'case_created',
      dimensions: {
        wijkteam: 'wesselerbrink',
        levensgebied: 'geld',
        stadsdeel: 'zuid',
        wijk: 'Wesselerbrink',
      },
      count: 6,
    },
    {
      day: '2026-03-04',
      kind: 'case_created',
      dimensions: {
        wijkteam: 'wesselerbrink',
        levensgebied: 'eenzaamheid',
        stadsdeel: 'noord',
        wijk: 'Deppenbroek',
      },
      count: 5,
    },
    // 15-21 March: 7 more about money in Zuid; 8 questions about money found nothing.
    {
      day: '2026-03-17',
      kind: 'case_created',
      dimensions: {
        wijkteam: 'wesselerbrink',
        levensgebied: 'geld',
        stadsdeel: 'zuid',
        wijk: 'Wesselerbrink',
      },
      count: 7,
    },
    {
      day: '2026-03-18',
      kind: 'unmet_need',
      dimensions: { levensgebied: 'geld', stadsdeel: 'zuid', wijk: 'Wesselerbrink' },
      count: 8,
    },
  ];
  await store.add(increments);
  const report = await marchReport(store, knowledge);
  return report.sections.flatMap((section) => section.tables);
}

const find = (tables: ReportTable[], id: string) => tables.find((table) => table.id === id);
const texts = (table: ReportTable | undefined, row: string) =>
  table?.rows.find((candidate) => candidate.id === row)?.cells.map((cell) => cell.text);

describe('what the sociale basis does not meet, in the monitor', () => {
  it('counts handovers per levensgebied', async () => {
    const table = find(await march(), 'overdrachten-per-levensgebied');
    expect(table?.title).toBe('Overdrachten per levensgebied');
    expect(texts(table, 'geld')).toEqual(['13']);
    expect(texts(table, 'eenzaamheid')).toEqual(['5']);
    expect(rowHeaderOf(table!)).toBe('Levensgebied');
    expect(tableCsv(table!)).toContain('Geld, schulden en administratie');
  });

  it('counts handovers per gebied', async () => {
    const table = find(await march(), 'overdrachten-per-gebied');
    expect(table?.title).toBe('Overdrachten per gebied');
    expect(texts(table, 'stadsdeel:zuid')).toEqual(['13']);
    expect(texts(table, 'stadsdeel:noord')).toEqual(['5']);
    expect(rowHeaderOf(table!)).toBe('Gebied');
  });

  it('shows handovers and questions without a good match per levensgebied over time', async () => {
    const tables = await march();
    const handovers = find(tables, 'overdrachten-levensgebied-per-periode');
    expect(handovers?.title).toBe('Overdrachten per levensgebied per week');
    expect(texts(handovers, 'geld')).toEqual(['6', '0', '7', '0', '13']);
    expect(rowHeaderOf(handovers!)).toBe('Levensgebied');
    const unmet = find(tables, 'ontbrekend-levensgebied-per-periode');
    expect(unmet?.title).toBe('Geen passende hulp, per levensgebied per week');
    expect(texts(unmet, 'geld')).toEqual(['0', '0', '8', '0', '8']);
    expect(rowHeaderOf(unmet!)).toBe('Levensgebied');
  });
});
