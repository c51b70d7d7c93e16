import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordingInsights } from '../../../src/insights/insights.js';
import { MemoryAggregateStore } from '../../../src/insights/memoryAggregateStore.js';
import { monitorKnowledge } from '../../../src/insights/report/monitorKnowledge.js';
import type {
  MonitorKnowledge,
  MonitorReport,
  ReportTable,
} from '../../../src/insights/report/monitorReport.js';
import { reportHtml } from '../../../src/insights/report/renderHtml.js';
import {
  reportCsv,
  reportMarkdown,
  rowHeaderOf,
  tableCsv,
} from '../../../src/insights/report/renderText.js';
import { loadKnowledge } from '../../../src/knowledge/loader.js';
import { ManualClock } from '../../support/manualClock.js';
import { oneWijkKnowledge } from './oneWijkKnowledge.js';
import { marchReport } from './marchReport.js';

/**
 * Questions for a care provider in the gemeente's monitor (ADR 0017, care amendment): when the
 * wijkwijzer gives the care reply (huisarts, tandarts, fysiotherapeut; `soort: zorg` in
 * knowledge/gemeentediensten.yaml), the monitor counts the care entry by its id, for the whole
 * city, in a table right after the questions for the gemeente itself, with the same hidden small
 * numbers, and the page and the exports carry it. Two care entries here, though Enschede's file has
 * one, so the table's rows per entry are tested too.
 */
const knowledge: MonitorKnowledge = oneWijkKnowledge({
  gemeenteDiensten: [{ id: 'vergunningen', label: 'Vergunningen en bouwen' }],
  zorgDiensten: [
    { id: 'huisarts', label: 'Huisarts en huisartsenpost' },
    { id: 'tandarts', label: 'Tandarts en mondzorg' },
  ],
});

/** March: the events as the intake records them, through the real port (validation included). */
async function march(area = 'stad'): Promise<MonitorReport> {
  const store = new MemoryAggregateStore();
  const insights = new RecordingInsights({ store, clock: new ManualClock('2026-03-10T09:00:00Z') });
  const count = async (
    kind: 'care_question' | 'gemeente_question',
    dienst: string,
    times: number,
    day: string,
  ) => {
    for (let i = 0; i < times; i += 1)
      await insights.record({ kind, dienst }, new Date(`${day}T10:00:00Z`));
  };
  await count('care_question', 'huisarts', 8, '2026-03-03');
  await count('care_question', 'tandarts', 3, '2026-03-17');
  // A care entry the gemeente has since taken out of its file.
  await count('care_question', 'apotheek', 6, '2026-03-19');
  await count('gemeente_question', 'vergunningen', 9, '2026-03-04');
  return marchReport(store, knowledge, { area });
}

const tablesOf = (report: MonitorReport) => report.sections.flatMap((section) => section.tables);
const find = (tables: readonly ReportTable[], id: string) =>
  tables.find((table) => table.id === id);
const cells = (table: ReportTable | undefined) =>
  Object.fromEntries((table?.rows ?? []).map((row) => [row.id, row.cells[0]?.text]));

describe('questions for a care provider in the monitor', () => {
  it('counts them per care entry, hides a small number and one more, and keeps a removed entry in the total', async () => {
    const table = find(tablesOf(await march()), 'zorgvragen');
    expect(table?.title).toBe('Vragen voor de huisarts, tandarts of andere zorg');
    expect(rowHeaderOf(table!)).toBe('Soort zorg');
    expect(table?.rows.map((row) => row.label)).toEqual([
      'Huisarts en huisartsenpost',
      'Tandarts en mondzorg',
      'Andere zorg',
      'Totaal',
    ]);
    // Tandarts (3) is below five: hidden; so is the smallest other number (6), or 3 could be
    // worked out from the total. The total and the largest number stay.
    expect(cells(table)).toEqual({
      huisarts: '8',
      tandarts: 'x',
      'andere-zorg': 'x',
      totaal: '17',
    });
    expect(table?.rows.find((row) => row.id === 'tandarts')?.cells[0]?.value).toBeNull();
  });

  it('shows everything when no number is small', async () => {
    const store = new MemoryAggregateStore();
    const insights = new RecordingInsights({ store });
    for (let i = 0; i < 5; i += 1)
      await insights.record(
        { kind: 'care_question', dienst: 'tandarts' },
        new Date('2026-03-05T10:00:00Z'),
      );
    const report = await marchReport(store, knowledge, { granularity: 'month' });
    expect(cells(find(tablesOf(report), 'zorgvragen'))).toEqual({
      huisarts: '0',
      tandarts: '5',
      'andere-zorg': '0',
      totaal: '5',
    });
  });

  it('stands in the routes section right after the questions for the gemeente, apart from them', async () => {
    const report = await march();
    const routes = report.sections.find((section) => section.id === 'routes');
    const ids = routes?.tables.map((table) => table.id) ?? [];
    expect(ids.indexOf('zorgvragen')).toBe(ids.indexOf('gemeentevragen') + 1);
    // Care is not a service of the gemeente: its count does not change the gemeente's table.
    expect(cells(find(tablesOf(report), 'gemeentevragen'))).toEqual({
      vergunningen: '9',
      'andere-dienst': '0',
      totaal: '9',
    });
    expect(routes?.intro).toContain('huisarts of tandarts');
  });

  it('is for the whole city: a wijk chosen shows the city figure and says so', async () => {
    const table = find(tablesOf(await march('wijk:Wesselerbrink')), 'zorgvragen');
    expect(table?.cityOnly).toBe(true);
    expect(cells(table).totaal).toBe('17');
  });

  it('is in the CSV and Markdown exports with the hidden mark, never a hidden number', async () => {
    const report = await march();
    const table = find(tablesOf(report), 'zorgvragen');
    const csv = tableCsv(table!);
    expect(csv).toContain('Soort zorg,Aantal');
    expect(csv).toContain('Huisarts en huisartsenpost,8');
    expect(csv).toContain('Tandarts en mondzorg,x');
    expect(csv).not.toMatch(/Tandarts en mondzorg,3/);
    const all = reportCsv(report);
    expect(all).toContain('2026-03,stad,routes,zorgvragen,Totaal,Aantal,17');
    expect(all).toContain('2026-03,stad,routes,zorgvragen,Andere zorg,Aantal,x');
    expect(reportMarkdown(report)).toContain('| Tandarts en mondzorg | x |');
  });

  it('is a real table on the page: caption, headers with scope, a keyboard-reachable region, the hidden mark named', async () => {
    const html = reportHtml(await march());
    const start = html.indexOf('<section class="report-table" id="tabel-zorgvragen"');
    expect(start).toBeGreaterThan(-1);
    const section = html.slice(start, html.indexOf('</section>', start));
    expect(section).toContain('aria-labelledby="zorgvragen-title"');
    expect(section).toContain(
      '<h3 id="zorgvragen-title">Vragen voor de huisarts, tandarts of andere zorg</h3>',
    );
    expect(section).toContain(
      '<caption class="visually-hidden">Vragen voor de huisarts, tandarts of andere zorg</caption>',
    );
    expect(section).toContain('role="region" tabindex="0" aria-labelledby="zorgvragen-title"');
    expect(section).toContain('<th scope="col">Soort zorg</th>');
    expect(section).toContain('<th scope="row">Tandarts en mondzorg</th>');
    expect(section).toContain(
      '<td class="cell--hidden">x<span class="visually-hidden"> (verborgen)</span></td>',
    );
    expect(section).toContain('data-csv="zorgvragen"');
  });

  it("never counts the resident's words: an event with a sentence for the entry is dropped", async () => {
    const store = new MemoryAggregateStore();
    const insights = new RecordingInsights({ store });
    await insights.record({ kind: 'care_question', dienst: 'ik zoek een huisarts in de buurt' });
    await insights.record({ kind: 'care_question', dienst: 'huisarts-en-zorg' });
    expect((await store.read({})).map((row) => [row.kind, row.dimensions])).toEqual([
      ['care_question', { dienst: 'huisarts-en-zorg' }],
    ]);
  });

  it("names the care entries of the gemeente's file from the real knowledge", async () => {
    const loaded = await loadKnowledge(path.resolve('knowledge'), {
      clock: new ManualClock('2026-03-02T09:00:00Z'),
    });
    if (!loaded.ok) throw new Error('the real knowledge does not load');
    const real = monitorKnowledge(loaded.catalogue, [], []);
    expect(real.zorgDiensten).toEqual([
      { id: 'huisarts-en-zorg', label: 'Huisarts, tandarts en andere zorg' },
    ]);
    expect(real.gemeenteDiensten?.map((dienst) => dienst.id)).not.toContain('huisarts-en-zorg');
  });
});
