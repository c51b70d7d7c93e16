import type pg from 'pg';
import { chunks } from '../../shared/chunks.js';
import type { Database } from './database.js';

/** One statement over some rows: its text, its values and, for a prepared one, its name. */
export interface RowStatement {
  readonly text: string;
  readonly values: unknown[];
  readonly name?: string;
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
  rows: readonly T[],
  maxRows: number,
  statement: (rows: readonly T[]) => RowStatement,
  options: { readonly atomic: boolean },
): Promise<pg.QueryResult<R>[]> {
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
