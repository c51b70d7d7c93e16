import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordingInsights } from '../../../src/insights/insights.js';
import { MemoryAggregateStore } from '../../../src/insights/memoryAggregateStore.js';
import { monitorKnowledge } from '../../../src/insights/report/monitorKnowledge.js';
import type { MonitorKnowledge, ReportTable } from '../../../src/insights/report/monitorReport.js';
import { reportCsv, rowHeaderOf, tableCsv } from '../../../src/insights/report/renderText.js';
import { loadKnowledge } from '../../../src/knowledge/loader.js';
import { ManualClock } from '../../support/manualClock.js';
import { oneWijkKnowledge } from './oneWijkKnowledge.js';
import { marchReport } from './marchReport.js';

/**
 * The gemeente's own view of the questions that belong to it (ADR 0013 gemeente amendment, ADR
 * 0017): when the wijkwijzer answers "dit is een vraag voor de gemeente zelf", the monitor counts
 * the service by its id in knowledge/gemeentediensten.yaml, for the whole city, with the same
 * hidden small numbers as every table, and the exports carry the table.
 */
const knowledge: MonitorKnowledge = oneWijkKnowledge({
  gemeenteDiensten: [
    { id: 'vergunningen', label: 'Vergunningen en bouwen' },
    { id: 'afval', label: 'Afval en grofvuil' },
    { id: 'parkeren', label: 'Parkeren' },
  ],
});

/** March: the events as the intake records them, through the real port (validation included). */
async function march(area = 'stad'): Promise<{ tables: ReportTable[]; csv: string }> {
  const store = new MemoryAggregateStore();
  const clock = new ManualClock('2026-03-10T09:00:00Z');
  const insights = new RecordingInsights({ store, clock });
  const count = async (dienst: string, times: number, day: string) => {
    for (let i = 0; i < times; i += 1)
      await insights.record({ kind: 'gemeente_question', dienst }, new Date(`${day}T10:00:00Z`));
  };
  await count('vergunningen', 7, '2026-03-03');
  await count('afval', 6, '2026-03-17');
  await count('parkeren', 2, '2026-03-18');
  // A service the gemeente has since removed from its file.
  await count('marktvergunning', 5, '2026-03-19');
  const report = await marchReport(store, knowledge, { area });
  return {
    tables: report.sections.flatMap((section) => section.tables),
    csv: reportCsv(report),
  };
}

const find = (tables: readonly ReportTable[], id: string) =>
  tables.find((table) => table.id === id);
const cells = (table: ReportTable | undefined) =>
  Object.fromEntries((table?.rows ?? []).map((row) => [row.id, row.cells[0]?.text]));

describe('questions for the gemeente itself in the monitor', () => {
  it('counts them per service, hides a small number, and keeps a removed service in the total', async () => {
    const table = find((await march()).tables, 'gemeentevragen');
    expect(table?.title).toBe('Vragen voor de gemeente zelf');
    expect(rowHeaderOf(table!)).toBe('Dienst van de gemeente');
    // Parkeren (2) is below five: hidden, and so is one more cell, so it cannot be worked out.
    const shown = cells(table);
    expect(shown.vergunningen).toBe('7');
    expect(shown.parkeren).toBe('x');
    expect(shown.totaal).toBe('20');
    expect(Object.values(shown).filter((text) => text === 'x').length).toBeGreaterThanOrEqual(2);
    expect(table?.rows.map((row) => row.label)).toEqual([
      'Vergunningen en bouwen',
      'Afval en grofvuil',
      'Parkeren',
      'Andere dienst',
      'Totaal',
    ]);
  });

  it('is in the routes section and in the CSV exports', async () => {
    const { tables, csv } = await march();
    const table = find(tables, 'gemeentevragen');
    expect(tableCsv(table!)).toContain('Vergunningen en bouwen,7');
    expect(csv).toContain('2026-03,stad,routes,gemeentevragen,Vergunningen en bouwen,Aantal,7');
    expect(csv).toContain('2026-03,stad,routes,gemeentevragen,Totaal,Aantal,20');
  });

  it('is for the whole city: a wijk chosen shows the city figure and says so', async () => {
    const table = find((await march('wijk:Wesselerbrink')).tables, 'gemeentevragen');
    expect(table?.cityOnly).toBe(true);
    expect(cells(table).totaal).toBe('20');
  });

  it("never counts the resident's words: an event with a sentence for a service is dropped", async () => {
    const store = new MemoryAggregateStore();
    const insights = new RecordingInsights({ store });
    await insights.record({ kind: 'gemeente_question', dienst: 'ik wil een nieuw paspoort' });
    await insights.record({ kind: 'gemeente_question', dienst: 'paspoort-en-id-kaart' });
    expect((await store.read({})).map((row) => row.dimensions)).toEqual([
      { dienst: 'paspoort-en-id-kaart' },
    ]);
  });

  it('names the services of the gemeente file from the knowledge, not the care kind', async () => {
    const loaded = await loadKnowledge(path.resolve('knowledge'), {
      clock: new ManualClock('2026-03-02T09:00:00Z'),
    });
    if (!loaded.ok) throw new Error('the real knowledge does not load');
    const labels = monitorKnowledge(loaded.catalogue, [], []).gemeenteDiensten;
    expect(labels).toContainEqual({ id: 'vergunningen', label: 'Vergunningen en bouwen' });
    const diensten = loaded.catalogue.gemeenteDiensten?.diensten ?? [];
    // Care for the huisarts or tandarts is no service of the gemeente (ADR 0013, session 14).
    expect(diensten.some((dienst) => dienst.soort === 'zorg')).toBe(true);
    expect(labels?.map((label) => label.id)).toEqual(
      diensten.filter((dienst) => dienst.soort === 'gemeente').map((dienst) => dienst.id),
    );
    expect(labels?.map((label) => label.id)).not.toContain('huisarts-en-zorg');
  });
});
