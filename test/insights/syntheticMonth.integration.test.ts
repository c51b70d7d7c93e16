import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { MonitorReport, ReportTable } from '../../src/insights/report/monitorReport.js';
import { startApp, type RunningApp } from '../support/app.js';
import { buildSyntheticMonth, type SyntheticMonth } from './syntheticMonth.js';

/**
 * A month of synthetic activity through the real recording paths; then the page's API and the
 * command line must report exactly the same figures, and the figures must be the ones made.
 */

const KNOWLEDGE_DIR = path.resolve('knowledge');
const BELEID = '00000000-0000-4000-8000-00000000a010';

function table(report: MonitorReport, id: string): ReportTable {
  const found = report.sections.flatMap((section) => section.tables).find((t) => t.id === id);
  if (found === undefined) throw new TypeError(`no table ${id}`);
  return found;
}

function value(report: MonitorReport, id: string, row: string, column = 0): number | null {
  return table(report, id).rows.find((r) => r.id === row)?.cells[column]?.value ?? null;
}

describe('a synthetic month: page and command line agree', () => {
  let dataDir: string;
  let made: SyntheticMonth;
  let app: RunningApp;
  let token: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-month-'));
    made = await buildSyntheticMonth(dataDir, KNOWLEDGE_DIR);
    app = await startApp({ BOARD_DEV_LOGIN: 'true', KNOWLEDGE_DIR }, undefined, dataDir);
    const login = await fetch(`${app.baseUrl}/api/monitor/dev-login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ persona: BELEID }),
    });
    token = ((await login.json()) as { token: string }).token;
  }, 180_000);

  afterAll(async () => {
    await app?.stop({ keepData: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  async function pageReport(query: string): Promise<MonitorReport> {
    const response = await fetch(`${app.baseUrl}/api/monitor/report?${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { report: MonitorReport }).report;
  }

  async function cliReport(args: string[]): Promise<MonitorReport> {
    let out = '';
    const code = await main(['insights', 'report', ...args, '--format', 'json'], {
      stdout: (text) => void (out += text),
      stderr: () => undefined,
      env: { DATA_DIR: dataDir, KNOWLEDGE_DIR, LOG_LEVEL: 'silent' },
    });
    expect(code).toBe(0);
    return JSON.parse(out) as MonitorReport;
  }

  it('reports every route and outcome of the month, the same on the page and the command line', async () => {
    const page = await pageReport('period=2026-03&area=stad&per=week');
    const cli = await cliReport(['--from', '2026-03-01', '--to', '2026-03-31']);
    expect(cli.sections).toEqual(page.sections);
    expect(cli.title).toBe(page.title);

    expect(value(page, 'vragen-per-periode', 'totaal')).toBe(made.searches);
    expect(value(page, 'crisislijnen', 'totaal')).toBe(made.crises);
    expect(value(page, 'overdrachten-per-wijkteam', 'totaal')).toBe(made.cases);
    // Every route was taken, often enough to be shown.
    for (const route of ['shown', 'no_match']) {
      expect(value(page, 'zoekresultaat', route)).toBeGreaterThanOrEqual(5);
    }
    for (const answer of ['helped', 'search_again', 'wants_person', 'no_answer']) {
      expect(value(page, 'helpt-dit', answer)).toBeGreaterThanOrEqual(5);
    }
    for (const step of ['proposed', 'accepted', 'declined', 'consent_refused', 'sent']) {
      expect(value(page, 'overdracht', step)).toBeGreaterThanOrEqual(5);
    }
    for (const outcome of [
      'voorliggend_opgelost',
      'wijkteam_zelf_geholpen',
      'maatwerk_indicatie_nodig',
      'geen_contact',
      'ingetrokken',
    ]) {
      expect(value(page, 'uitkomsten', outcome)).toBeGreaterThanOrEqual(5);
    }
    // Residents who came back answered "Is het gelukt?" through the opening dialog.
    const followUpTotal = Object.values(made.followUps).reduce((sum, count) => sum + count, 0);
    expect(value(page, 'is-het-gelukt', 'totaal')).toBe(followUpTotal);
    for (const [outcome, count] of Object.entries(made.followUps)) {
      expect(count).toBeGreaterThanOrEqual(5);
      expect(value(page, 'is-het-gelukt', outcome)).toBe(count);
    }
    // All nine wijkteams had cases; small team counts are hidden, never shown below 5.
    const teams = table(page, 'overdrachten-per-wijkteam').rows.filter((row) => row.total !== true);
    expect(teams.map((row) => row.id)).toEqual(expect.arrayContaining([...made.wijkteams]));
    for (const row of teams) {
      const count = row.cells[0]?.value;
      expect(count === null || count === 0 || (count ?? 0) >= 5).toBe(true);
    }
  });

  it('agrees for a stadsdeel per month too', async () => {
    const page = await pageReport('period=2026-03&area=stadsdeel%3Awest&per=maand');
    const cli = await cliReport([
      '--from',
      '2026-03',
      '--to',
      '2026-03',
      '--area',
      'stadsdeel:west',
      '--per',
      'maand',
    ]);
    expect(cli.sections).toEqual(page.sections);
    expect(page.area.label).toBe('stadsdeel West');
  });

  it('splits the answers and the handover steps by area, as the questions (ADR 0017 §7)', async () => {
    const city = await pageReport('period=2026-03&area=stad&per=maand');
    const zuid = await pageReport('period=2026-03&area=stadsdeel%3Azuid&per=maand');
    const west = await pageReport('period=2026-03&area=stadsdeel%3Awest&per=maand');
    for (const id of ['helpt-dit', 'overdracht']) {
      expect(table(zuid, id).cityOnly).toBeUndefined();
    }
    // The month's searches with an answer were all for postcode 7544 (Boswinkel, west in the
    // test's sociale kaart): their answers are all there and none in zuid.
    for (const answer of ['helped', 'search_again', 'wants_person', 'no_answer', 'totaal']) {
      expect(value(city, 'helpt-dit', answer)).toBeGreaterThanOrEqual(5);
      expect(value(west, 'helpt-dit', answer)).toBe(value(city, 'helpt-dit', answer));
      expect(value(zuid, 'helpt-dit', answer)).toBe(0);
    }
    // Offered and refused after a search in Wesselerbrink (zuid); sent after the postcode 7544.
    for (const step of ['proposed', 'declined', 'consent_refused']) {
      expect(value(city, 'overdracht', step)).toBeGreaterThanOrEqual(5);
      expect(value(zuid, 'overdracht', step)).toBe(value(city, 'overdracht', step));
    }
    expect(value(west, 'overdracht', 'sent')).toBe(value(city, 'overdracht', 'sent'));
    // Crises stay for the whole city only: usually the wijk is not known yet.
    expect(table(zuid, 'crisislijnen').cityOnly).toBe(true);
  });

  it('refuses a period that is not a whole month, quarter or year, on both', async () => {
    const response = await fetch(`${app.baseUrl}/api/monitor/report?period=2026-03-05`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('WW-8104');
    let err = '';
    const code = await main(['insights', 'report', '--from', '2026-03-05', '--to', '2026-03-31'], {
      stdout: () => undefined,
      stderr: (text) => void (err += text),
      env: { DATA_DIR: dataDir, KNOWLEDGE_DIR },
    });
    expect(code).toBe(64);
    expect(err).toContain('Kies een hele maand, een kwartaal of een heel jaar.');
  });
});
