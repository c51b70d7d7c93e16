import type { AggregateStoreSize, InsightAggregateStore } from './aggregateStore.js';
import { monthOf } from './aggregateStore.js';
import {
  matchesFilter,
  rowKey,
  sortRows,
  type InsightFilter,
  type InsightIncrement,
  type InsightRow,
} from './insightCounts.js';

/** Counters in memory: for tests and trials; forgets everything on a restart. */
export class MemoryAggregateStore implements InsightAggregateStore {
  readonly #rows = new Map<string, InsightRow>();

  add(increments: readonly InsightIncrement[]): Promise<void> {
    for (const increment of increments) {
      const key = rowKey(increment.day, increment.kind, increment.dimensions);
      const existing = this.#rows.get(key);
      this.#rows.set(key, {
        day: increment.day,
        kind: increment.kind,
        dimensions: { ...increment.dimensions },
        count: (existing?.count ?? 0) + increment.count,
      });
    }
    return Promise.resolve();
  }

  read(filter: InsightFilter): Promise<readonly InsightRow[]> {
    const rows = [...this.#rows.values()]
      .filter((row) => matchesFilter(row, filter))
      .map((row) => ({ ...row, dimensions: { ...row.dimensions } }));
    return Promise.resolve(sortRows(rows));
  }

  pruneBefore(day: string): Promise<number> {
    let removed = 0;
    for (const [key, row] of this.#rows) {
      if (row.day < day) {
        this.#rows.delete(key);
        removed += 1;
      }
    }
    return Promise.resolve(removed);
  }

  size(): Promise<AggregateStoreSize> {
    const rows = [...this.#rows.values()];
    return Promise.resolve({
      rows: rows.length,
      bytes: Buffer.byteLength(JSON.stringify(rows)),
      months: [...new Set(rows.map((row) => monthOf(row.day)))].sort(),
    });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
