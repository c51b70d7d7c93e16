import { nl } from '../../i18n/nl/index.js';
import { workingDayBuckets } from '../insightEvents.js';
import { CITY, type AreaTree } from './areaTree.js';
import { MIN_CELL } from './cube.js';
import { describeNode, nodeRange, type Period } from './period.js';
import type { BuiltCube, PreparedRow } from './reportCubes.js';
import type { ChartKind, ReportCell, ReportRow, ReportTable } from './reportModel.js';

/**
 * The views of a cube the report shows: categories over the period, a series per week or month,
 * categories by week or month, and the time per wijkteam with its median. Every number comes from
 * the suppressed cube, never from the counters themselves.
 */

const texts = nl.monitor.report;

// ---- formatting -----------------------------------------------------------------------------

export const numberFormat = new Intl.NumberFormat('nl-NL');

export function cell(value: number, hidden: boolean): ReportCell {
  return hidden ? { value: null, text: texts.marker } : { value, text: numberFormat.format(value) };
}

export function textCell(text: string): ReportCell {
  return { value: null, text };
}

export function nodeLabel(year: number, node: number): string {
  const info = describeNode(node);
  if (info.kind === 'year') return texts.year(year);
  if (info.kind === 'quarter') return texts.quarter(info.quarter, year);
  const month = texts.months[info.month - 1] ?? '';
  if (info.kind === 'month') return `${month} ${year}`;
  const range = nodeRange(year, node);
  return texts.week(
    Number(range.from.slice(8)),
    Number(range.to.slice(8)),
    texts.monthsShort[info.month - 1] ?? '',
  );
}

/** For a chart axis: "mrt" for a month, "8-14 mrt" for a week. */
export function shortLabel(year: number, node: number): string {
  const info = describeNode(node);
  return info.kind === 'month' ? (texts.monthsShort[info.month - 1] ?? '') : nodeLabel(year, node);
}

export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

export interface Scope {
  readonly period: Period;
  readonly areaNode: number;
  readonly buckets: readonly number[];
  readonly granularityLabel: string;
}

export function areaNodeFor(built: BuiltCube, scope: Scope): number {
  return built.areaAware ? scope.areaNode : 0;
}

export function cityOnlyFlag(built: BuiltCube | undefined, scope: Scope): { cityOnly?: true } {
  return (built === undefined || !built.areaAware) && scope.areaNode !== 0
    ? { cityOnly: true }
    : {};
}

/** A table of one axis' categories (rows) over the period: one column "Aantal". */
export function categoryTable(
  id: string,
  title: string,
  built: BuiltCube,
  scope: Scope,
  options: { note?: string; chart?: ChartKind; rows?: readonly number[] } = {},
): ReportTable {
  const [first] = built.axes;
  if (first === undefined) throw new TypeError('a category table needs an axis');
  const area = areaNodeFor(built, scope);
  const order =
    options.rows ?? first.ids.map((_, index) => index).filter((index) => index !== first.total);
  const rows: ReportRow[] = order.map((index) => {
    const found = built.cube.cell([scope.period.node, area, index]);
    return {
      id: first.ids[index] ?? '',
      label: first.labels[index] ?? '',
      cells: [cell(found.value, found.hidden)],
    };
  });
  if (first.total >= 0) {
    const found = built.cube.cell([scope.period.node, area, first.total]);
    rows.push({
      id: 'totaal',
      label: texts.total,
      cells: [cell(found.value, found.hidden)],
      total: true,
    });
  }
  return {
    id,
    title,
    ...(options.note === undefined ? {} : { note: options.note }),
    columns: [{ id: 'aantal', label: texts.count }],
    rows,
    chart: options.chart ?? 'bars',
    ...cityOnlyFlag(built, scope),
  };
}

/** The total of an additive axis per time bucket (rows), plus the period. */
export function seriesTable(
  id: string,
  title: string,
  built: BuiltCube,
  scope: Scope,
): ReportTable {
  const [first] = built.axes;
  const total = first?.total ?? 0;
  const area = areaNodeFor(built, scope);
  const rows: ReportRow[] = scope.buckets.map((node) => {
    const found = built.cube.cell([node, area, total]);
    return {
      id: nodeRange(scope.period.year, node).from,
      label: nodeLabel(scope.period.year, node),
      short: shortLabel(scope.period.year, node),
      cells: [cell(found.value, found.hidden)],
    };
  });
  const found = built.cube.cell([scope.period.node, area, total]);
  rows.push({
    id: 'totaal',
    label: texts.total,
    cells: [cell(found.value, found.hidden)],
    total: true,
  });
  return {
    id,
    title,
    columns: [{ id: 'aantal', label: texts.count }],
    rows,
    chart: 'columns',
    ...cityOnlyFlag(built, scope),
  };
}

/** Categories (rows) by time bucket (columns), with the period's total as last column. */
export function categoryOverTimeTable(
  id: string,
  title: string,
  built: BuiltCube,
  scope: Scope,
): ReportTable {
  const [first] = built.axes;
  if (first === undefined) throw new TypeError('needs an axis');
  const area = areaNodeFor(built, scope);
  const columns = [
    ...scope.buckets.map((node) => ({
      id: nodeRange(scope.period.year, node).from,
      label: nodeLabel(scope.period.year, node),
    })),
    { id: 'totaal', label: texts.total },
  ];
  const nodes = [...scope.buckets, scope.period.node];
  const order = [...first.ids.keys()].filter((index) => index !== first.total);
  if (first.total >= 0) order.push(first.total);
  const rows = order.map((index) => ({
    id: index === first.total ? 'totaal' : (first.ids[index] ?? ''),
    label: first.labels[index] ?? '',
    cells: nodes.map((node) => {
      const found = built.cube.cell([node, area, index]);
      return cell(found.value, found.hidden);
    }),
    ...(index === first.total ? { total: true } : {}),
  }));
  return { id, title, columns, rows, chart: 'none' };
}

/** Wijkteams (rows) by within / later / total (columns), with the median from the day buckets. */
export function timeTable(
  id: string,
  title: string,
  built: BuiltCube,
  scope: Scope,
  rows: readonly PreparedRow[],
  promiseDays: number,
  areas: AreaTree,
): ReportTable {
  const [teams, split] = built.axes;
  if (teams === undefined || split === undefined) throw new TypeError('needs two axes');
  const area = areaNodeFor(built, scope);
  const inPeriod = rows.filter(
    (row) =>
      row.day >= scope.period.from &&
      row.day <= scope.period.to &&
      isUnder(areas, row.area, scope.areaNode),
  );
  const medianOf = (team: string | undefined): string => {
    const histogram = workingDayBuckets.map((bucket) =>
      inPeriod
        .filter(
          (row) =>
            row.dimensions.days === bucket &&
            (team === undefined || row.dimensions.wijkteam === team),
        )
        .reduce((sum, row) => sum + row.count, 0),
    );
    const n = histogram.reduce((sum, count) => sum + count, 0);
    if (n === 0) return texts.columns.none;
    if (n < MIN_CELL) return texts.marker;
    let seen = 0;
    for (const [index, count] of histogram.entries()) {
      seen += count;
      if (seen * 2 >= n) {
        const bucket = workingDayBuckets[index] ?? '0';
        return bucket === '11+' ? texts.columns.moreThanTen : bucket;
      }
    }
    return texts.marker;
  };
  const order = [...teams.ids.keys()].filter((index) => index !== teams.total);
  order.push(teams.total);
  // Only contact is promised: the time to close counts the same days, without the word promise.
  const closing = id === 'afronden';
  const columns = [
    {
      id: 'binnen',
      label: closing
        ? fill(texts.columns.withinDays, { days: promiseDays })
        : texts.columns.withinPromise,
    },
    { id: 'later', label: texts.columns.later },
    { id: 'totaal', label: texts.total },
    { id: 'mediaan', label: texts.columns.median },
  ];
  const tableRows = order.map((index) => {
    const counts = [split.index('binnen'), split.index('later'), split.total].map((column) => {
      const found = built.cube.cell([scope.period.node, area, index, column]);
      return cell(found.value, found.hidden);
    });
    const team = index === teams.total ? undefined : teams.ids[index];
    const totalHidden = counts[2]?.value === null;
    return {
      id: team ?? 'totaal',
      label: teams.labels[index] ?? '',
      cells: [...counts, textCell(totalHidden ? texts.marker : medianOf(team))],
      ...(index === teams.total ? { total: true } : {}),
    };
  });
  return {
    id,
    title,
    note: fill(closing ? texts.notes.closeTime : texts.notes.time, { days: promiseDays }),
    columns,
    rows: tableRows,
    chart: 'stacked',
  };
}

export function isUnder(areas: AreaTree, node: number, ancestor: number): boolean {
  let current = node;
  for (let guard = 0; guard < 10 && current >= 0; guard += 1) {
    if (current === ancestor) return true;
    current = areas.nodes[current]?.parent ?? -1;
  }
  return false;
}

export function areaLabel(areas: AreaTree, node: number): string {
  const found = areas.nodes[node];
  // The city node carries the gemeente's name the tree was built with ("heel Enschede").
  if (found === undefined || found.id === CITY) return areas.nodes[0]?.name ?? texts.city();
  return found.kind === 'stadsdeel' ? texts.stadsdeel(found.name) : texts.wijk(found.name);
}

/** Builds the whole report; reads one year of counters from the store. */
