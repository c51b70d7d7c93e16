import { nl } from '../../i18n/nl/index.js';
import type { InsightRow } from '../insightCounts.js';
import { cityOnly, type AreaTree } from './areaTree.js';
import { Cube, MIN_CELL, type Hierarchy } from './cube.js';
import { timeHierarchy, weekNodeOf } from './period.js';

/**
 * From stored counters to cubes: category axes with their totals, the counters prepared once per
 * kind (week node, area leaf), and one suppressed cube per table (ADR 0017 §5).
 */

const texts = nl.monitor.report;

// ---- category axes --------------------------------------------------------------------------

export interface Axis {
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  readonly hierarchy: Hierarchy;
  /** Index of the total node, or -1 when the categories do not add up to one. */
  readonly total: number;
  index(id: string): number;
}

export function axis(
  categories: readonly { id: string; label: string }[],
  additive: boolean,
): Axis {
  const ids = additive ? ['__total', ...categories.map((c) => c.id)] : categories.map((c) => c.id);
  const labels = additive
    ? [texts.total, ...categories.map((c) => c.label)]
    : categories.map((c) => c.label);
  const byId = new Map(ids.map((id, index) => [id, index]));
  return {
    ids,
    labels,
    hierarchy: { parents: ids.map((_, index) => (additive ? (index === 0 ? -1 : 0) : -1)) },
    total: additive ? 0 : -1,
    index: (id) => byId.get(id) ?? -1,
  };
}

export function labelled(ids: readonly string[], labels: Readonly<Record<string, string>>) {
  return ids.map((id) => ({ id, label: labels[id] ?? id }));
}

// ---- cubes ----------------------------------------------------------------------------------

/** One counted entry: its day, area dimensions and a category per axis. */
/** Something counted: its week node, its area leaf (0 for city-only tables), its dimensions. */
export interface Countable {
  readonly week: number;
  readonly area: number;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly count: number;
}

/** The category of a counter on each axis (a string for one axis), or undefined to skip it. */
export type CategoryOf = (
  dimensions: Readonly<Record<string, string>>,
) => string | readonly [string, string] | undefined;

/** A stored counter with its week and area leaf worked out once, for every table that uses it. */
export interface PreparedRow {
  readonly day: string;
  readonly week: number;
  readonly area: number;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly count: number;
}

/** The rows grouped by kind, with week and area computed once (a year is ~10⁵ counters). */
export function prepareRows(
  rows: readonly InsightRow[],
  areas: AreaTree,
): ReadonlyMap<string, readonly PreparedRow[]> {
  const byKind = new Map<string, PreparedRow[]>();
  // Rows come day by day: the week changes rarely; the area leaf is looked up per wijk, then per
  // stadsdeel (no string building per row: a year holds ~10⁵ counters).
  let lastDay = '';
  let week = 0;
  const byWijk = new Map<string, Map<string, number>>();
  const byStadsdeel = new Map<string, number>();
  for (const row of rows) {
    if (row.day !== lastDay) {
      lastDay = row.day;
      week = weekNodeOf(row.day);
    }
    const { wijk, stadsdeel } = row.dimensions;
    let inWijk = wijk === undefined ? undefined : byWijk.get(wijk);
    if (wijk !== undefined && inWijk === undefined) {
      inWijk = new Map();
      byWijk.set(wijk, inWijk);
    }
    const cache = inWijk ?? byStadsdeel;
    let area = cache.get(stadsdeel ?? '');
    if (area === undefined) {
      area = areas.leafOf(row.dimensions);
      cache.set(stadsdeel ?? '', area);
    }
    let list = byKind.get(row.kind);
    if (list === undefined) {
      list = [];
      byKind.set(row.kind, list);
    }
    list.push({ day: row.day, week, area, dimensions: row.dimensions, count: row.count });
  }
  return byKind;
}

export interface BuiltCube {
  readonly cube: Cube;
  readonly axes: readonly Axis[];
  readonly areaAware: boolean;
}

export function buildCube(
  entries: readonly Countable[],
  categoryOf: CategoryOf,
  axes: readonly Axis[],
  areas: AreaTree | undefined,
): BuiltCube {
  const cube = new Cube([
    timeHierarchy,
    areas?.hierarchy ?? cityOnly,
    ...axes.map((a) => a.hierarchy),
  ]);
  const coords = [0, 0, 0, 0].slice(0, 2 + axes.length);
  for (const entry of entries) {
    coords[0] = entry.week;
    coords[1] = areas === undefined ? 0 : entry.area;
    const category = categoryOf(entry.dimensions);
    if (category === undefined) continue;
    let known = true;
    for (let index = 0; index < axes.length; index += 1) {
      const id = typeof category === 'string' ? category : category[index];
      const found = axes[index]?.index(id ?? '') ?? -1;
      if (found < 0) known = false;
      coords[2 + index] = found;
    }
    if (known) cube.add(coords, entry.count);
  }
  cube.finish(MIN_CELL);
  return { cube, axes, areaAware: areas !== undefined };
}
