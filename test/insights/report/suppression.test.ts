import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryAggregateStore } from '../../../src/insights/memoryAggregateStore.js';
import { Cube, type Hierarchy } from '../../../src/insights/report/cube.js';
import {
  buildMonitorReport,
  type MonitorKnowledge,
} from '../../../src/insights/report/monitorReport.js';
import { parsePeriod } from '../../../src/insights/report/period.js';
import { reportCsv, reportMarkdown, tableCsv } from '../../../src/insights/report/renderText.js';
import { marchReport } from './marchReport.js';

/** The anonymity rules of ADR 0017 §5, one test each, plus a property over random tables. */

/** A total with n categories: [total, c1..cn]. */
const categories = (n: number): Hierarchy => ({
  parents: [-1, ...Array.from({ length: n }, () => 0)],
});
/** Every line (a parent and its children) along each hierarchy, as lists of flat coordinates. */
function lines(hierarchies: readonly Hierarchy[]): number[][][] {
  const sizes = hierarchies.map((h) => h.parents.length);
  const all: number[][] = [[]];
  for (const size of sizes) {
    const next: number[][] = [];
    for (const prefix of all) for (let i = 0; i < size; i += 1) next.push([...prefix, i]);
    all.splice(0, all.length, ...next);
  }
  const result: number[][][] = [];
  hierarchies.forEach((hierarchy, dim) => {
    hierarchy.parents.forEach((_, parent) => {
      const kids = hierarchy.parents.flatMap((p, node) => (p === parent ? [node] : []));
      if (kids.length === 0) return;
      for (const coords of all.filter((c) => c[dim] === parent)) {
        result.push([parent, ...kids].map((node) => coords.map((v, d) => (d === dim ? node : v))));
      }
    });
  });
  return result;
}

describe('cell suppression', () => {
  it('rule 1: hides every count of 1 to 4 and shows 0 and 5 or more', () => {
    const cube = new Cube([categories(6)]);
    [0, 1, 4, 5, 9, 20].forEach((value, index) => cube.add([index + 1], value));
    cube.finish();
    const hidden = [1, 2, 3, 4, 5, 6].map((node) => cube.cell([node]).hidden);
    expect(hidden.slice(0, 4)).toEqual([false, true, true, false]);
  });

  it('rule 2: a total cannot reveal a single hidden category: the next smallest goes too', () => {
    const cube = new Cube([categories(3)]);
    cube.add([1], 3);
    cube.add([2], 6);
    cube.add([3], 40);
    cube.finish();
    expect(cube.cell([0])).toEqual({ value: 49, hidden: false });
    expect(cube.cell([1]).hidden).toBe(true);
    expect(cube.cell([2]).hidden).toBe(true);
    expect(cube.cell([3]).hidden).toBe(false);
  });

  it('rule 2 across areas: the city minus the other stadsdelen does not reveal one', () => {
    // city → two stadsdelen → their wijken
    const areas: Hierarchy = { parents: [-1, 0, 0, 1, 1, 2, 2] };
    const cube = new Cube([areas, categories(1)]);
    cube.add([3, 1], 2); // a wijk with 2: hidden
    cube.add([4, 1], 30);
    cube.add([5, 1], 25);
    cube.add([6, 1], 25);
    cube.finish();
    expect(cube.cell([3, 1]).hidden).toBe(true);
    expect(cube.cell([4, 1]).hidden).toBe(true);
    for (const line of lines([areas, categories(1)])) {
      expect(line.filter((coords) => cube.cell(coords).hidden)).not.toHaveLength(1);
    }
  });

  it('rule 2 across periods: a year minus eleven months does not reveal the twelfth', async () => {
    const store = new MemoryAggregateStore();
    const months = Array.from({ length: 12 }, (_, index) => index + 1);
    await store.add(
      months.map((month) => ({
        day: `2026-${String(month).padStart(2, '0')}-10`,
        kind: 'crisis',
        dimensions: { crisisKind: 'danger' },
        count: month === 5 ? 3 : 20,
      })),
    );
    const knowledge: MonitorKnowledge = {
      levensgebieden: [],
      stadsdelen: [],
      wijkteams: [],
      voorzieningen: [],
      beheerders: [],
    };
    const source = {
      store,
      promiseDays: 3,
      today: () => '2026-12-31',
      knowledge: () => Promise.resolve(knowledge),
    };
    const crisisTotal = async (period: string) => {
      const report = await buildMonitorReport(source, {
        period: parsePeriod(period),
        area: 'stad',
        granularity: 'month',
      });
      const table = report.sections.flatMap((s) => s.tables).find((t) => t.id === 'crisislijnen');
      return table?.rows.find((row) => row.total === true)?.cells[0]?.text;
    };
    expect(await crisisTotal('2026-05')).toBe('x');
    const year = await crisisTotal('2026');
    const shownMonths = await Promise.all(
      months.filter((m) => m !== 5).map((m) => crisisTotal(`2026-${String(m).padStart(2, '0')}`)),
    );
    // Either the year is hidden, or at least one other month is: 2026 − 11 months ≠ May.
    expect(year === 'x' || shownMonths.includes('x')).toBe(true);
  });

  it('rule 3: an unpublished leaf that is not zero protects; one that is zero does not', () => {
    const areas: Hierarchy = { parents: [-1, 0, 0, 0], published: [true, true, true, false] };
    const withUnknown = new Cube([areas]);
    withUnknown.add([1], 2);
    withUnknown.add([2], 30);
    withUnknown.add([3], 7);
    withUnknown.finish();
    expect(withUnknown.cell([2]).hidden).toBe(false);
    const withoutUnknown = new Cube([areas]);
    withoutUnknown.add([1], 2);
    withoutUnknown.add([2], 30);
    withoutUnknown.finish();
    expect(withoutUnknown.cell([2]).hidden).toBe(true);
  });

  it('property: no line ever has exactly one hidden number, and no 1-4 is ever shown', () => {
    const time: Hierarchy = { parents: [-1, 0, 0, 1, 1, 2, 2] };
    const areas: Hierarchy = {
      parents: [-1, 0, 0, 1, 2, 0],
      published: [true, true, true, true, true, false],
    };
    const cats = categories(3);
    const dims = [time, areas, cats];
    const leaves = [3, 4, 5, 6].flatMap((t) =>
      [3, 4, 5].flatMap((a) => [1, 2, 3].map((c) => [t, a, c])),
    );
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 12 }), { minLength: leaves.length, maxLength: leaves.length }),
        (counts) => {
          const cube = new Cube(dims);
          leaves.forEach((coords, index) => cube.add(coords, counts[index] ?? 0));
          cube.finish();
          for (const line of lines(dims)) {
            if (line.filter((coords) => cube.cell(coords).hidden).length === 1) return false;
          }
          for (let flat = 0; flat < cube.values.length; flat += 1) {
            const value = cube.values[flat] ?? 0;
            if (value > 0 && value < 5 && cube.hidden[flat] !== 1) return false;
          }
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('exports carry the marker: CSV per table, the long CSV and Markdown', async () => {
    const store = new MemoryAggregateStore();
    await store.add([
      { day: '2026-03-02', kind: 'crisis', dimensions: { crisisKind: 'danger' }, count: 2 },
      { day: '2026-03-02', kind: 'crisis', dimensions: { crisisKind: 'suicide' }, count: 30 },
    ]);
    const report = await marchReport(store, {
      levensgebieden: [],
      stadsdelen: [],
      wijkteams: [],
      voorzieningen: [],
      beheerders: [],
    });
    const crisis = report.sections.flatMap((s) => s.tables).find((t) => t.id === 'crisislijnen');
    if (crisis === undefined) throw new TypeError('no crisis table');
    const csv = tableCsv(crisis);
    expect(csv).toContain('Acuut gevaar (112),x');
    expect(csv).not.toMatch(/,2\r\n/);
    expect(reportCsv(report)).toContain('crisislijnen,Acuut gevaar (112),Aantal,x');
    expect(reportMarkdown(report)).toContain('| Acuut gevaar (112) | x |');
  });
});
