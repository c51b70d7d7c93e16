import { describe, expect, it } from 'vitest';
import { MemoryAggregateStore } from '../../../src/insights/memoryAggregateStore.js';
import type {
  MonitorKnowledge,
  MonitorReport,
} from '../../../src/insights/report/monitorReport.js';
import { reportHtml } from '../../../src/insights/report/renderHtml.js';
import { reportMarkdown } from '../../../src/insights/report/renderText.js';
import { oneWijkKnowledge } from './oneWijkKnowledge.js';
import { marchReport } from './marchReport.js';

/** March without events: a city-only table still says, under it, that it counts the whole gemeente. */
function march(knowledge: MonitorKnowledge, area: string): Promise<MonitorReport> {
  return marchReport(new MemoryAggregateStore(), knowledge, { area });
}

/**
 * The monitor names the whole gemeente as its knowledge does (gebieden.yaml `gemeente`): "heel
 * Hengelo" for Hengelo, "de hele gemeente" without a name, never Enschede's.
 */
describe('the whole gemeente in the monitor', () => {
  it('is named by the knowledge’s gemeente, in the title and in the city-only note', async () => {
    const knowledge = { ...oneWijkKnowledge({}), gemeente: 'Hengelo' };
    const whole = await march(knowledge, 'stad');
    expect(whole.area.label).toBe('heel Hengelo');
    expect(whole.title).toBe('Monitor digitale wijkwijzer: maart 2026, heel Hengelo');
    const zuid = await march(knowledge, 'stadsdeel:zuid');
    expect(zuid.area.label).toBe('stadsdeel Zuid');
    const note =
      'Deze cijfers zijn er alleen voor heel Hengelo. Bij een gesprek weten we de wijk vaak nog niet.';
    expect(reportMarkdown(zuid)).toContain(note);
    expect(reportHtml(zuid)).toContain(note);
    expect(reportMarkdown(zuid)).not.toContain('Enschede');
  });

  it('says "de hele gemeente" when the knowledge names none', async () => {
    const report = await march(oneWijkKnowledge({}), 'stad');
    expect(report.area.label).toBe('de hele gemeente');
    expect(report.city).toBe('de hele gemeente');
  });
});
