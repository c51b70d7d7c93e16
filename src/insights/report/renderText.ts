import { nl } from '../../i18n/nl/index.js';
import { dutchCalendarDate } from '../../shared/gemeenteTime.js';
import type { MonitorReport, ReportTable } from './monitorReport.js';

/**
 * The report as files: CSV per table (for the page's download buttons), one long CSV of every
 * table, Markdown and JSON (for `wijkwijzer insights report`). Hidden cells stay `x` everywhere.
 */

const texts = nl.monitor.report;

/** Which word heads the first column of a table. */
export function rowHeaderOf(table: Pick<ReportTable, 'id'>): string {
  const headers = texts.rowHeaders;
  // "vragen-per-levensgebied", "overdrachten-levensgebied-per-periode": rows of levensgebieden.
  if (/(^|-)levensgebied(-|$)/.test(table.id)) return headers.levensgebied;
  if (table.id.endsWith('per-periode')) return headers.period;
  if (['oppakken', 'afronden', 'overdrachten-per-wijkteam'].includes(table.id))
    return headers.wijkteam;
  if (table.id.endsWith('-per-gebied')) return headers.area;
  if (table.id === 'ontbrekend-woorden') return headers.term;
  if (table.id === 'actualiteit-per-beheerder') return headers.beheerder;
  if (table.id.endsWith('-getoond')) return headers.voorziening;
  return byTable[table.id] ?? headers.default;
}

/** Tables of categories whose rows are not "onderwerpen": say what they are. */
const byTable: Readonly<Record<string, string>> = {
  'vragen-per-kanaal': texts.rowHeaders.channel,
  'vragen-per-taal': texts.rowHeaders.language,
  zoekresultaat: texts.rowHeaders.outcome,
  'helpt-dit': texts.rowHeaders.answer,
  overdracht: texts.rowHeaders.step,
  crisislijnen: texts.rowHeaders.crisisLine,
  gemeentevragen: texts.rowHeaders.dienst,
  zorgvragen: texts.rowHeaders.zorg,
  uitkomsten: texts.rowHeaders.outcome,
  'is-het-gelukt': texts.rowHeaders.answer,
  waardering: texts.rowHeaders.score,
};

/** A cell a spreadsheet program would run as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * One field. Names come from partners and the redactie (voorzieningen, beheerders, terms), so a
 * text that starts like a formula gets an apostrophe, which spreadsheets show as text; a count,
 * also a negative one, stays a number.
 */
function csvField(value: string): string {
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvValue(cell: { value: number | null; text: string }): string {
  // Raw numbers (no thousands separator), `x` when hidden, texts such as a date as they are.
  return cell.value === null ? cell.text : String(cell.value);
}

/** One table as CSV (RFC 4180, comma-separated, with a BOM so spreadsheet programs read UTF-8). */
export function tableCsv(table: ReportTable): string {
  const lines = [
    [rowHeaderOf(table), ...table.columns.map((column) => column.label)].map(csvField).join(','),
    ...table.rows.map((row) => [row.label, ...row.cells.map(csvValue)].map(csvField).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Every table in one long CSV: section, table, row, column, value. */
export function reportCsv(report: MonitorReport): string {
  const lines = [['periode', 'gebied', 'sectie', 'tabel', 'rij', 'kolom', 'waarde'].join(',')];
  for (const section of report.sections) {
    for (const table of section.tables) {
      for (const row of table.rows) {
        row.cells.forEach((cell, index) => {
          lines.push(
            [
              report.period.id,
              report.area.id,
              section.id,
              table.id,
              row.label,
              table.columns[index]?.label ?? '',
              csvValue(cell),
            ]
              .map(csvField)
              .join(','),
          );
        });
      }
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function markdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function reportMarkdown(report: MonitorReport): string {
  const lines = [
    `# ${report.title}`,
    '',
    texts.generated(dutchCalendarDate(report.generatedOn)),
    texts.privacy,
    texts.markerExplained,
    '',
  ];
  for (const section of report.sections) {
    lines.push(`## ${section.title}`, '', section.intro, '');
    for (const table of section.tables) {
      lines.push(`### ${table.title}`, '');
      if (table.note !== undefined) lines.push(table.note, '');
      if (table.cityOnly === true) lines.push(texts.cityOnly(report.city), '');
      if (table.rows.length === 0) {
        lines.push(texts.noData, '');
        continue;
      }
      lines.push(
        `| ${[rowHeaderOf(table), ...table.columns.map((column) => column.label)].map(markdownCell).join(' | ')} |`,
        `|${[rowHeaderOf(table), ...table.columns].map((_, index) => (index === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
      );
      for (const row of table.rows) {
        const label = row.total === true ? `**${row.label}**` : row.label;
        lines.push(
          `| ${[label, ...row.cells.map((cell) => cell.text)].map(markdownCell).join(' | ')} |`,
        );
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function reportJson(report: MonitorReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
