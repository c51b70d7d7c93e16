import { describe, expect, it } from 'vitest';
import { MemoryAggregateStore } from '../../../src/insights/memoryAggregateStore.js';
import type { MonitorReport } from '../../../src/insights/report/monitorReport.js';
import { reportMarkdown, rowHeaderOf } from '../../../src/insights/report/renderText.js';
import { marchReport } from './marchReport.js';

/**
 * The monitor as a beleidsmedewerker reads it, found by reading it: the first column of the tables
 * per kanaal, per taal and of the outcomes was headed "Onderwerp", and a wijkteam without a single
 * case showed its median (and a month without a single score its average) as "x", the mark for a
 * hidden small number, as if there were cases to hide.
 */
async function emptyMonth(): Promise<MonitorReport> {
  return marchReport(new MemoryAggregateStore(), {
    levensgebieden: [],
    stadsdelen: [],
    wijkteams: [{ id: 'centrum', name: 'Centrum' }],
    voorzieningen: [],
    beheerders: [],
  });
}

describe('the tables of the monitor', () => {
  it.each([
    ['vragen-per-kanaal', 'Kanaal'],
    ['vragen-per-taal', 'Taal'],
    ['zoekresultaat', 'Uitkomst'],
    ['helpt-dit', 'Antwoord'],
    ['overdracht', 'Stap'],
    ['crisislijnen', 'Crisislijn'],
    ['gemeentevragen', 'Dienst van de gemeente'],
    ['zorgvragen', 'Soort zorg'],
    ['uitkomsten', 'Uitkomst'],
    ['is-het-gelukt', 'Antwoord'],
    ['waardering', 'Cijfer'],
  ])('heads the rows of %s with "%s"', (id, header) => {
    expect(rowHeaderOf({ id })).toBe(header);
  });

  it('heads no table of a whole report with the vague "Onderwerp"', async () => {
    const report = await emptyMonth();
    const tables = report.sections.flatMap((section) => section.tables);
    expect(tables.length).toBeGreaterThan(10);
    expect(tables.filter((table) => rowHeaderOf(table) === 'Onderwerp')).toEqual([]);
  });

  it('does not call closing within the pick-up days "binnen de belofte": the promise is contact', async () => {
    const tables = (await emptyMonth()).sections.flatMap((section) => section.tables);
    const pickUp = tables.find((table) => table.id === 'oppakken');
    const close = tables.find((table) => table.id === 'afronden');
    expect(pickUp?.columns[0]?.label).toBe('Binnen de belofte');
    expect(close?.columns[0]?.label).toBe('Binnen 3 werkdagen');
    expect(close?.note).not.toContain('belofte');
    expect(close?.note).toContain('binnen 3 werkdagen afgerond');
  });

  it('shows "geen" for a median and an average without any case, not the hidden mark', async () => {
    const report = await emptyMonth();
    const pickUp = report.sections
      .flatMap((section) => section.tables)
      .find((table) => table.id === 'oppakken');
    const centrum = pickUp?.rows.find((row) => row.id === 'centrum');
    expect(centrum?.cells.map((cell) => cell.text)).toEqual(['0', '0', '0', 'geen']);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('Gemiddeld cijfer: geen.');
    expect(markdown).not.toContain('Gemiddeld cijfer: x.');
  });
});
