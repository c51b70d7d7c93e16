import { WijkwijzerError } from '../shared/errors.js';
import type { Database } from '../storage/postgres/database.js';
import { inBoundedStatements } from '../storage/postgres/boundedStatements.js';
import {
  GROUP_COMMIT_LIMITS,
  GroupCommit,
  type GroupCommitLimits,
} from '../storage/postgres/groupCommit.js';
import { type AggregateStoreSize, type InsightAggregateStore } from './aggregateStore.js';
import {
  rowKey,
  sortRows,
  type InsightFilter,
  type InsightIncrement,
  type InsightRow,
} from './insightCounts.js';

/**
 * The aggregate store on PostgreSQL (DATABASE_URL; docs/adr/0019-storage-that-grows.md): one row
 * per counter in `insight_counts`, raised with `INSERT … ON CONFLICT DO UPDATE SET count = count +
 * excluded.count`, so any number of processes count into the same rows and none overwrites
 * another's count. A read costs the days it asks for (the primary key starts with the day).
 */

interface MergedIncrement {
  readonly day: string;
  readonly kind: string;
  /** Canonical JSON of the sorted [key, value] pairs: the counter's identity with day and kind. */
  readonly dimensions: string;
  count: number;
}

/** The stored form of a counter's dimensions: sorted pairs, so key order never splits a counter. */
export function canonicalDimensions(dimensions: Readonly<Record<string, string>>): string {
  return JSON.stringify(
    Object.keys(dimensions)
      .sort()
      .map((key) => [key, dimensions[key] ?? '']),
  );
}

/**
 * Increments merged per counter and in key order: one statement may not touch a row twice, and
 * two processes that lock rows in the same order cannot deadlock each other.
 */
export function mergeIncrements(increments: readonly InsightIncrement[]): MergedIncrement[] {
  const merged = new Map<string, MergedIncrement>();
  for (const increment of increments) {
    if (!Number.isSafeInteger(increment.count) || increment.count < 1) continue;
    const key = rowKey(increment.day, increment.kind, increment.dimensions);
    const existing = merged.get(key);
    if (existing !== undefined) existing.count += increment.count;
    else {
      merged.set(key, {
        day: increment.day,
        kind: increment.kind,
        dimensions: canonicalDimensions(increment.dimensions),
        count: increment.count,
      });
    }
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, m]) => m);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A stored row, checked by hand (a year is ~10⁵ rows; a zod parse per row was most of a read). */
function storedRow(row: {
  day: string;
  kind: string;
  dimensions: string;
  count: string;
}): InsightRow {
  const refuse = () =>
    new WijkwijzerError('WW-3012', { detail: { table: 'insight_counts', day: row.day } });
  const count = Number(row.count);
  if (!DAY.test(row.day) || !Number.isSafeInteger(count) || count < 1) throw refuse();
  let pairs: unknown;
  try {
    pairs = JSON.parse(row.dimensions);
  } catch {
    throw refuse();
  }
  if (!Array.isArray(pairs)) throw refuse();
  const dimensions: Record<string, string> = {};
  for (const pair of pairs) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
      throw refuse();
    }
    dimensions[pair[0]] = pair[1];
  }
  return { day: row.day, kind: row.kind, dimensions, count };
}

export class PostgresAggregateStore implements InsightAggregateStore {
  /**
   * Counts made while one is on its way go together in the next statement (group commit,
   * docs/adr/0019 third amendment): 50 conversations at once were one upsert each.
   */
  private readonly adds: GroupCommit<readonly InsightIncrement[]>;

  /** `limits`: rows per statement and rows waiting (docs/adr/0019, fourth amendment). */
  constructor(
    private readonly database: Database,
    private readonly limits: GroupCommitLimits = GROUP_COMMIT_LIMITS,
  ) {
    this.adds = new GroupCommit<readonly InsightIncrement[]>({
      name: 'insight-counts-add',
      run: async (units) => {
        await this.addNow(units.flat());
        return units.map(() => undefined);
      },
      rows: (increments) => increments.length,
      ...limits,
    });
  }

  async add(increments: readonly InsightIncrement[]): Promise<void> {
    if (increments.length === 0) return;
    await this.adds.submit(increments);
  }

  private async addNow(increments: readonly InsightIncrement[]): Promise<void> {
    const merged = mergeIncrements(increments);
    if (merged.length === 0) return;
    // Atomic across parts: a retry of a failed batch must not count its first part twice.
    await inBoundedStatements(
      this.database,
      merged,
      this.limits.maxRows,
      (part) => ({
        text: `INSERT INTO insight_counts AS stored (day, kind, dimensions, count)
       SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::bigint[])
       ON CONFLICT (day, kind, dimensions) DO UPDATE SET count = stored.count + EXCLUDED.count`,
        values: [
          part.map((item) => item.day),
          part.map((item) => item.kind),
          part.map((item) => item.dimensions),
          part.map((item) => item.count),
        ],
        name: 'insight-counts-add',
      }),
      { atomic: true },
    );
  }

  async read(filter: InsightFilter): Promise<readonly InsightRow[]> {
    const result = await this.database.query<{
      day: string;
      kind: string;
      dimensions: string;
      count: string;
    }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, dimensions, count FROM insight_counts
        WHERE ($1::date IS NULL OR day >= $1) AND ($2::date IS NULL OR day <= $2)
          AND ($3::text IS NULL OR kind = $3)`,
      [filter.from ?? null, filter.to ?? null, filter.kind ?? null],
    );
    // The contract's order is the row key's (test/insights/aggregateStoreContract.ts): one helper
    // for every store, rather than a collation that might differ on some character.
    return sortRows(result.rows.map(storedRow));
  }

  async pruneBefore(day: string): Promise<number> {
    const result = await this.database.query('DELETE FROM insight_counts WHERE day < $1::date', [
      day,
    ]);
    return result.rowCount ?? 0;
  }

  async size(): Promise<AggregateStoreSize> {
    const result = await this.database.query<{
      rows: string;
      bytes: string | null;
      months: string[] | null;
    }>(
      `SELECT count(*) AS rows, sum(pg_column_size(insight_counts.*)) AS bytes,
              array_agg(DISTINCT to_char(day, 'YYYY-MM')) AS months
         FROM insight_counts`,
    );
    const row = result.rows[0];
    return {
      rows: Number(row?.rows ?? 0),
      bytes: Number(row?.bytes ?? 0),
      months: [...(row?.months ?? [])].sort(),
    };
  }

  /** The database is the backend's to close (it is shared with every other store). */
  close(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * `wijkwijzer storage migrate`: adds what the day files counted beyond what an earlier run took
   * from them (`imported`), so a second run adds nothing and counts made in PostgreSQL meanwhile
   * stay. Resolves with the number of counters that changed.
   */
  async importRows(rows: readonly InsightRow[]): Promise<number> {
    const merged = mergeIncrements(rows);
    if (merged.length === 0) return 0;
    const result = await this.database.query(
      `INSERT INTO insight_counts AS stored (day, kind, dimensions, count, imported)
       SELECT day, kind, dimensions, count, count
         FROM unnest($1::date[], $2::text[], $3::text[], $4::bigint[])
           AS incoming (day, kind, dimensions, count)
       ON CONFLICT (day, kind, dimensions) DO UPDATE
         SET count = stored.count + (EXCLUDED.imported - stored.imported),
             imported = EXCLUDED.imported
         WHERE EXCLUDED.imported > stored.imported`,
      [
        merged.map((item) => item.day),
        merged.map((item) => item.kind),
        merged.map((item) => item.dimensions),
        merged.map((item) => item.count),
      ],
    );
    return result.rowCount ?? 0;
  }
}
