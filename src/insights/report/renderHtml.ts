import { nl } from '../../i18n/nl/index.js';
import { escapeHtml } from '../../shared/escapeHtml.js';
import { dutchCalendarDate } from '../../shared/gemeenteTime.js';
import type { MonitorReport, ReportRow, ReportTable } from './monitorReport.js';
import { rowHeaderOf } from './renderText.js';

/**
 * The report as HTML for the monitor page: per table a chart drawn on the server as SVG, then the
 * same numbers as a real table (the chart is a picture for sighted readers; screen readers get the
 * table), then a CSV button. Plain SVG with classes, no script and no inline styles, so it passes
 * the page's Content-Security-Policy and prints as it shows. Every text is escaped here.
 */

const texts = nl.monitor.report;

const WIDTH = 480;
const VALUE_WIDTH = 70;
/** A label line above each bar: labels stay readable on a phone, where the chart shrinks. */
const ROW_HEIGHT = 44;

function plotted(table: ReportTable): readonly ReportRow[] {
  return table.rows.filter((row) => row.total !== true);
}

function svgOpen(id: string, height: number, title: string): string {
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${id}-chart-title" focusable="false" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${id}-chart-title">${escapeHtml(texts.chartOf(title))}</title>`
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Horizontal bars of the first column; `stacked`: the first two columns side by side in one bar. */
function barChart(table: ReportTable, stacked: boolean): string {
  const rows = plotted(table);
  if (rows.length === 0) return '';
  const segments = stacked ? 2 : 1;
  const sums = rows.map((row) =>
    row.cells.slice(0, segments).reduce((sum, cell) => sum + (cell.value ?? 0), 0),
  );
  const max = Math.max(1, ...sums);
  const plotWidth = WIDTH - VALUE_WIDTH;
  const height = rows.length * ROW_HEIGHT + 4;
  const parts = [svgOpen(table.id, height, table.title)];
  rows.forEach((row, index) => {
    const y = index * ROW_HEIGHT;
    parts.push(
      `<text class="chart__label" x="0" y="${y + 17}">${escapeHtml(truncate(row.label, 48))}</text>`,
    );
    const barY = y + 23;
    const barHeight = 16;
    let x = 0;
    const hidden = row.cells.slice(0, segments).some((cell) => cell.value === null);
    if (hidden) {
      parts.push(
        `<rect class="chart__hidden" x="0.5" y="${barY}" width="24" height="${barHeight}"/>`,
      );
      x = 24;
    } else {
      row.cells.slice(0, segments).forEach((cell, segment) => {
        const width = ((cell.value ?? 0) / max) * plotWidth;
        if (width > 0) {
          parts.push(
            `<rect class="chart__bar chart__bar--${segment + 1}" x="${x.toFixed(1)}" y="${barY}" width="${width.toFixed(1)}" height="${barHeight}"/>`,
          );
        }
        x += width;
      });
    }
    const label = hidden
      ? texts.marker
      : stacked
        ? row.cells
            .slice(0, segments)
            .map((cell) => cell.text)
            .join(' + ')
        : (row.cells[0]?.text ?? '');
    parts.push(
      `<text class="chart__value" x="${(x + 6).toFixed(1)}" y="${barY + 14}">${escapeHtml(label)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Vertical columns over time; with many weeks only every few labels are written. */
function columnChart(table: ReportTable): string {
  const rows = plotted(table);
  if (rows.length === 0) return '';
  const height = 220;
  const bottom = 180;
  const left = 40;
  const max = Math.max(1, ...rows.map((row) => row.cells[0]?.value ?? 0));
  const step = (WIDTH - left - 10) / rows.length;
  const every = Math.ceil(
    rows.length / (rows.some((row) => (row.short ?? row.label).length > 4) ? 6 : 12),
  );
  const parts = [svgOpen(table.id, height, table.title)];
  parts.push(
    `<line class="chart__axis" x1="${left}" y1="${bottom}" x2="${WIDTH - 10}" y2="${bottom}"/>`,
    `<text class="chart__value" x="${left - 6}" y="20" text-anchor="end">${escapeHtml(new Intl.NumberFormat('nl-NL').format(max))}</text>`,
    `<text class="chart__value" x="${left - 6}" y="${bottom}" text-anchor="end">0</text>`,
  );
  rows.forEach((row, index) => {
    const x = left + index * step + step * 0.15;
    const width = step * 0.7;
    const value = row.cells[0]?.value;
    if (value === null || value === undefined) {
      parts.push(
        `<rect class="chart__hidden" x="${x.toFixed(1)}" y="${bottom - 12}" width="${width.toFixed(1)}" height="12"/>`,
      );
    } else if (value > 0) {
      const barHeight = (value / max) * (bottom - 20);
      parts.push(
        `<rect class="chart__bar chart__bar--1" x="${x.toFixed(1)}" y="${(bottom - barHeight).toFixed(1)}" width="${width.toFixed(1)}" height="${barHeight.toFixed(1)}"/>`,
      );
    }
    if (index % every === 0) {
      parts.push(
        `<text class="chart__tick" x="${(x + width / 2).toFixed(1)}" y="${bottom + 16}" text-anchor="middle">${escapeHtml(truncate(row.short ?? row.label, 12))}</text>`,
      );
    }
  });
  parts.push('</svg>');
  return parts.join('');
}

function chartOf(table: ReportTable): string {
  switch (table.chart) {
    case 'bars':
      return barChart(table, false);
    case 'stacked':
      return barChart(table, true);
    case 'columns':
      return columnChart(table);
    case 'none':
      return '';
  }
}

function cellHtml(text: string, hidden: boolean): string {
  return hidden
    ? `<td class="cell--hidden">${escapeHtml(text)}<span class="visually-hidden"> (${escapeHtml(texts.hidden)})</span></td>`
    : `<td>${escapeHtml(text)}</td>`;
}

function tableHtml(table: ReportTable, city: string): string {
  const titleId = `${table.id}-title`;
  const head = [rowHeaderOf(table), ...table.columns.map((column) => column.label)]
    .map((label) => `<th scope="col">${escapeHtml(label)}</th>`)
    .join('');
  const body = table.rows
    .map(
      (row) =>
        `<tr${row.total === true ? ' class="row--total"' : ''}><th scope="row">${escapeHtml(row.label)}</th>${row.cells
          .map((cell) => cellHtml(cell.text, cell.value === null && cell.text === texts.marker))
          .join('')}</tr>`,
    )
    .join('');
  const notes = [
    table.note === undefined ? '' : `<p class="table-note">${escapeHtml(table.note)}</p>`,
    table.cityOnly === true
      ? `<p class="table-note table-note--city">${escapeHtml(texts.cityOnly(city))}</p>`
      : '',
  ].join('');
  const content =
    table.rows.length === 0
      ? `<p class="table-empty">${escapeHtml(texts.noData)}</p>`
      : `${chartOf(table)}<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${titleId}"><table><caption class="visually-hidden">${escapeHtml(table.title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
  return (
    `<section class="report-table" id="tabel-${table.id}" aria-labelledby="${titleId}">` +
    `<h3 id="${titleId}">${escapeHtml(table.title)}</h3>${notes}${content}` +
    `<p class="no-print"><button type="button" class="button button--small" data-csv="${table.id}">${escapeHtml(nl.monitor.client.downloadCsv)}<span class="visually-hidden">: ${escapeHtml(table.title)}</span></button></p>` +
    `</section>`
  );
}

export function reportHtml(report: MonitorReport): string {
  const parts = [
    `<header class="report-header"><h2 id="report-title" tabindex="-1">${escapeHtml(report.title)}</h2>`,
    `<p>${escapeHtml(texts.generated(dutchCalendarDate(report.generatedOn)))} ${escapeHtml(texts.privacy)}</p>`,
    `<p class="marker-explained">${escapeHtml(texts.markerExplained)}</p></header>`,
  ];
  for (const section of report.sections) {
    parts.push(
      `<section class="report-section" id="sectie-${section.id}" aria-labelledby="sectie-${section.id}-title">`,
      `<h2 id="sectie-${section.id}-title">${escapeHtml(section.title)}</h2>`,
      `<p class="section-intro">${escapeHtml(section.intro)}</p>`,
      ...section.tables.map((table) => tableHtml(table, report.city)),
      '</section>',
    );
  }
  return parts.join('\n');
}
