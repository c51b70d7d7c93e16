import type pg from 'pg';
import { chunks } from '../../shared/chunks.js';
import type { Database } from './database.js';

/** One statement over some rows: its text, its values and, for a prepared one, its name. */
export interface RowStatement {
  readonly text: string;
  readonly values: unknown[];
  readonly name?: string;
}

/** What a batched write needs to know of its rows. */
export interface BoundedOptions<T> {
  /** The parts run in one transaction: the rows are applied whole or not at all. */
  readonly atomic: boolean;
  /**
   * The row's key, for a statement that locks rows: the rows are written in key order, in every
   * part, so two instances writing overlapping keys lock them in the same order and the second
   * waits instead of deadlocking (docs/adr/0019-storage-that-grows.md, fifth amendment).
   */
  readonly key?: (row: T) => string;
}

/**
 * Rows sorted by key in code-unit order: any fixed total order serves, as long as every instance
 * uses the same one, and this one does not depend on a collation.
 */
export function inKeyOrder<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return rows
    .map((row) => ({ row, key: key(row) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.row);
}

/**
 * Runs `statement` over `rows` in statements of at most `maxRows` rows each (docs/adr/0019,
 * fourth amendment): one statement when they fit, as before. More rows are split; when `atomic`,
 * the parts run in one transaction, so a call is still applied whole or not at all (a state write
 * of several keys, a batch of insight counts that must not be counted twice on a retry); reads
 * run the parts one after another.
 */
export async function inBoundedStatements<T, R extends pg.QueryResultRow = pg.QueryResultRow>(
  database: Database,
  given: readonly T[],
  maxRows: number,
  statement: (rows: readonly T[]) => RowStatement,
  options: BoundedOptions<T>,
): Promise<pg.QueryResult<R>[]> {
  const rows = options.key === undefined ? given : inKeyOrder(given, options.key);
  if (rows.length <= maxRows) {
    const { text, values, name } = statement(rows);
    return [await database.query<R>(text, values, name)];
  }
  const parts = chunks(rows, maxRows).map(statement);
  if (!options.atomic) {
    const results: pg.QueryResult<R>[] = [];
    for (const { text, values, name } of parts) {
      results.push(await database.query<R>(text, values, name));
    }
    return results;
  }
  return database.transaction(async (client) => {
    const results: pg.QueryResult<R>[] = [];
    for (const { text, values, name } of parts) {
      results.push(
        await client.query<R>(name === undefined ? { text, values } : { name, text, values }),
      );
    }
    return results;
  });
}
