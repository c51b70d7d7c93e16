import type { InsightFilter, InsightIncrement, InsightRow } from './insightCounts.js';

/**
 * Where the counters live (ADR 0017 §2). Only aggregates: a counter per day, kind and dimensions,
 * never a raw event. The embedded default keeps one file per month (DayFileAggregateStore), so
 * a write touches one month and a read only the months it asks for; the PostgreSQL store
 * (postgresAggregateStore.ts, chosen with DATABASE_URL, docs/adr/0019) implements the same contract with one row per counter and `INSERT … ON CONFLICT DO UPDATE SET count =
 * count + excluded.count`, which is what lets several processes count together
 * (test/insights/aggregateStoreContract.ts states the contract every implementation passes).
 */
export interface InsightAggregateStore {
  /** Adds each increment to its counter; durable when the promise resolves. */
  add(increments: readonly InsightIncrement[]): Promise<void>;
  /** Counters with a day in [from, to] (and of one kind, if given), in day, kind, dimension order. */
  read(filter: InsightFilter): Promise<readonly InsightRow[]>;
  /** Removes the counters of days before `day` (jjjj-mm-dd); resolves with how many went. */
  pruneBefore(day: string): Promise<number>;
  /** What is stored: counters and bytes, for the benchmark and `/readyz`-style checks. */
  size(): Promise<AggregateStoreSize>;
  close(): Promise<void>;
}

export interface AggregateStoreSize {
  readonly rows: number;
  readonly bytes: number;
  /** The months held, jjjj-mm, oldest first. */
  readonly months: readonly string[];
}

/** jjjj-mm of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}
