import { WijkwijzerError } from '../../shared/errors.js';
import type { Hierarchy } from './cube.js';

/**
 * Periods of the monitor: one whole month, quarter or year, never an arbitrary range (ADR 0017
 * §5): all of them are nodes of one tree per year (year → quarters → months → weeks), so the same
 * numbers are hidden whichever period is chosen. A "week" is a quarter of a month: days 1-7, 8-14,
 * 15-21 and 22 to the end, so weeks add up to their month exactly.
 */

export type PeriodKind = 'month' | 'quarter' | 'year';
export type Granularity = 'week' | 'month';

export interface Period {
  readonly id: string;
  readonly kind: PeriodKind;
  readonly year: number;
  /** The period's node in the year's time tree. */
  readonly node: number;
  /** First and last day, jjjj-mm-dd. */
  readonly from: string;
  readonly to: string;
}

const QUARTER_BASE = 1;
const MONTH_BASE = 5;
const WEEK_BASE = 17;
export const TIME_NODES = 65;

/** The time tree of one year: 1 year, 4 quarters, 12 months, 48 weeks. */
export const timeHierarchy: Hierarchy = {
  parents: Array.from({ length: TIME_NODES }, (_, node) => {
    if (node === 0) return -1;
    if (node < MONTH_BASE) return 0;
    if (node < WEEK_BASE) return QUARTER_BASE + Math.floor((node - MONTH_BASE) / 3);
    return MONTH_BASE + Math.floor((node - WEEK_BASE) / 4);
  }),
};

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The week node (leaf) of a day, within its year's tree. */
export function weekNodeOf(day: string): number {
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const part = date <= 7 ? 0 : date <= 14 ? 1 : date <= 21 ? 2 : 3;
  return WEEK_BASE + (month - 1) * 4 + part;
}

export function monthNode(month: number): number {
  return MONTH_BASE + month - 1;
}

/** 1..12 of a month node, 0..3 of a week node. */
export function describeNode(node: number): {
  kind: PeriodKind | 'week';
  month: number;
  part: number;
  quarter: number;
} {
  if (node === 0) return { kind: 'year', month: 1, part: 0, quarter: 1 };
  if (node < MONTH_BASE)
    return { kind: 'quarter', month: (node - 1) * 3 + 1, part: 0, quarter: node };
  if (node < WEEK_BASE) {
    const month = node - MONTH_BASE + 1;
    return { kind: 'month', month, part: 0, quarter: Math.ceil(month / 3) };
  }
  const month = Math.floor((node - WEEK_BASE) / 4) + 1;
  return { kind: 'week', month, part: (node - WEEK_BASE) % 4, quarter: Math.ceil(month / 3) };
}

/** First and last day of any node of a year's tree. */
export function nodeRange(year: number, node: number): { from: string; to: string } {
  const info = describeNode(node);
  if (info.kind === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (info.kind === 'quarter') {
    const last = info.month + 2;
    return {
      from: `${year}-${pad(info.month)}-01`,
      to: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`,
    };
  }
  const end = lastDayOfMonth(year, info.month);
  if (info.kind === 'month') {
    return { from: `${year}-${pad(info.month)}-01`, to: `${year}-${pad(info.month)}-${pad(end)}` };
  }
  const first = info.part * 7 + 1;
  const last = info.part === 3 ? end : first + 6;
  return {
    from: `${year}-${pad(info.month)}-${pad(first)}`,
    to: `${year}-${pad(info.month)}-${pad(last)}`,
  };
}

/** `2026`, `2026-K1` (or `2026-Q1`) or `2026-03`; WW-8104 for anything else. */
export function parsePeriod(id: string): Period {
  const trimmed = id.trim();
  let match = /^(\d{4})$/.exec(trimmed);
  if (match?.[1] !== undefined) return periodOf(Number(match[1]), 0, 'year', trimmed);
  match = /^(\d{4})-[KkQq]([1-4])$/.exec(trimmed);
  if (match?.[1] !== undefined && match[2] !== undefined) {
    return periodOf(
      Number(match[1]),
      QUARTER_BASE + Number(match[2]) - 1,
      'quarter',
      `${match[1]}-K${match[2]}`,
    );
  }
  match = /^(\d{4})-(\d{2})$/.exec(trimmed);
  if (match?.[1] !== undefined && match[2] !== undefined) {
    const month = Number(match[2]);
    if (month >= 1 && month <= 12)
      return periodOf(Number(match[1]), monthNode(month), 'month', trimmed);
  }
  throw new WijkwijzerError('WW-8104', { detail: { reason: 'period' } });
}

function periodOf(year: number, node: number, kind: PeriodKind, id: string): Period {
  if (year < 2000 || year > 2999)
    throw new WijkwijzerError('WW-8104', { detail: { reason: 'year' } });
  return { id, kind, year, node, ...nodeRange(year, node) };
}

/**
 * The period `--from … --to …` names, for the command line: a whole month, quarter or year, given
 * as days (2026-03-01 … 2026-03-31) or months (2026-01 … 2026-03). WW-8104 for any other range.
 */
export function periodFromRange(from: string, to: string): Period {
  const start = /^\d{4}-\d{2}$/.test(from) ? `${from}-01` : from;
  const endMonth = /^(\d{4})-(\d{2})$/.exec(to);
  const end =
    endMonth?.[1] !== undefined && endMonth[2] !== undefined
      ? `${to}-${pad(lastDayOfMonth(Number(endMonth[1]), Number(endMonth[2])))}`
      : to;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end)) {
    throw new WijkwijzerError('WW-8104', { detail: { reason: 'format' } });
  }
  const year = Number(start.slice(0, 4));
  for (const node of [
    0,
    1,
    2,
    3,
    4,
    ...Array.from({ length: 12 }, (_, index) => monthNode(index + 1)),
  ]) {
    const range = nodeRange(year, node);
    if (range.from === start && range.to === end) {
      const info = describeNode(node);
      const id =
        info.kind === 'year'
          ? String(year)
          : info.kind === 'quarter'
            ? `${year}-K${info.quarter}`
            : `${year}-${pad(info.month)}`;
      return parsePeriod(id);
    }
  }
  throw new WijkwijzerError('WW-8104', { detail: { reason: 'range' } });
}

/** The nodes a series over this period shows: its months, or its weeks. */
export function bucketsOf(period: Period, granularity: Granularity): number[] {
  const info = describeNode(period.node);
  const months =
    info.kind === 'year'
      ? Array.from({ length: 12 }, (_, index) => index + 1)
      : info.kind === 'quarter'
        ? [info.month, info.month + 1, info.month + 2]
        : [info.month];
  if (granularity === 'month') return months.map(monthNode);
  return months.flatMap((month) => [0, 1, 2, 3].map((part) => WEEK_BASE + (month - 1) * 4 + part));
}

/** The period that holds `day`'s month: the default of the page (last month, complete). */
export function monthPeriodOf(day: string): Period {
  return parsePeriod(day.slice(0, 7));
}
