import path from 'node:path';
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import { errorCodeOf } from '../../shared/errorFields.js';
import { isWijkwijzerError, WijkwijzerError } from '../../shared/errors.js';
import { moduleLogger, type Logger } from '../../shared/logger.js';
import { findProjectRoot } from '../../shared/projectRoot.js';

/**
 * The connection to PostgreSQL (DATABASE_URL) every PostgreSQL store shares: one `pg` pool per
 * process, the schema brought up to date at open by node-pg-migrate from the SQL files in
 * `migrations/` (versioned, recorded in `pgmigrations`, guarded by an advisory lock so two
 * processes starting together migrate once). See docs/adr/0019-storage-that-grows.md.
 */
export interface DatabaseOptions {
  readonly url: string;
  readonly poolSize: number;
  readonly logger: Logger;
  /** Name shown in pg_stat_activity, such as `wijkwijzer-4711`. */
  readonly applicationName?: string;
}

/** Anything that runs one statement: the pool (via Database) or a transaction's client. */
export interface Queryable {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

export class Database implements Queryable {
  readonly pool: pg.Pool;
  private readonly logger: Logger;
  private readonly options: DatabaseOptions;
  /** Connections that only hold advisory locks while other work runs on `pool` (no deadlock). */
  private lockPool: pg.Pool | undefined;
  private closed = false;

  private constructor(pool: pg.Pool, logger: Logger, options: DatabaseOptions) {
    this.pool = pool;
    this.logger = logger;
    this.options = options;
  }

  static async open(options: DatabaseOptions): Promise<Database> {
    const logger = moduleLogger(options.logger, 'postgres');
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize,
      application_name: options.applicationName ?? `wijkwijzer-${process.pid}`,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client that loses its connection (server restart) emits here; the pool replaces it.
    pool.on('error', (error) =>
      logger.warn({ code: pgCode(error) }, 'idle database client failed'),
    );
    const database = new Database(pool, logger, options);
    try {
      await database.migrate();
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return database;
  }

  /**
   * One statement on any pooled connection. Failures become WW-3008/WW-3010 with the SQLSTATE.
   * `name` makes it a prepared statement on each connection, parsed and planned once there: for
   * the statements every turn runs (docs/adr/0019, third amendment).
   */
  async query<R extends pg.QueryResultRow>(
    text: string,
    values: unknown[] = [],
    name?: string,
  ): Promise<pg.QueryResult<R>> {
    try {
      if (name !== undefined) return await this.pool.query<R>({ name, text, values });
      return await this.pool.query<R>(text, values);
    } catch (error) {
      throw databaseError(error);
    }
  }

  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back when
   * it throws (the error is passed on unchanged when it is ours).
   */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.dedicatedClient();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      // The caller's own errors (a refused change) pass unchanged; the database's get a code.
      throw isDatabaseFailure(error) ? databaseError(error) : error;
    } finally {
      client.release();
    }
  }

  /** A connection of its own, for LISTEN and session advisory locks; release it when done. */
  async dedicatedClient(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      throw databaseError(error);
    }
  }

  /**
   * Runs `work` while holding a session advisory lock on (`space`, `key`), waiting for it when
   * another process holds it. The lock sits on a connection of a pool of its own, so the work's
   * queries never wait for a connection that a waiting lock holds.
   */
  async withAdvisoryLock<T>(space: string, key: string, work: () => Promise<T>): Promise<T> {
    if (this.lockPool === undefined) {
      this.lockPool = new pg.Pool({
        connectionString: this.options.url,
        max: Math.max(2, Math.ceil(this.options.poolSize / 2)),
        application_name: `${this.options.applicationName ?? `wijkwijzer-${process.pid}`}-locks`,
        connectionTimeoutMillis: 10_000,
      });
      this.lockPool.on('error', (error) =>
        this.logger.warn({ code: pgCode(error) }, 'idle lock client failed'),
      );
    }
    let client: pg.PoolClient;
    try {
      client = await this.lockPool.connect();
    } catch (error) {
      throw databaseError(error);
    }
    let locked = false;
    try {
      await client.query({
        name: 'advisory-lock',
        text: 'SELECT pg_advisory_lock(hashtext($1), hashtext($2))',
        values: [space, key],
      });
      locked = true;
      return await work();
    } finally {
      if (locked) {
        await client
          .query({
            name: 'advisory-unlock',
            text: 'SELECT pg_advisory_unlock(hashtext($1), hashtext($2))',
            values: [space, key],
          })
          .catch(() => undefined);
      }
      client.release();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.lockPool?.end();
    await this.pool.end();
    this.logger.info('database pool closed');
  }

  private async migrate(): Promise<void> {
    const started = performance.now();
    const client = await this.dedicatedClient();
    try {
      const applied = await runner({
        dbClient: client,
        dir: migrationsDirectory(),
        direction: 'up',
        migrationsTable: 'pgmigrations',
        checkOrder: true,
        // A second process starting at the same moment waits, then finds nothing left to do.
        advisoryLockMode: 'wait',
        log: () => undefined,
        logger: silentMigrationLogger,
      });
      this.logger.info(
        {
          applied: applied.map((migration) => migration.name),
          ms: Math.round(performance.now() - started),
        },
        'database schema up to date',
      );
    } catch (error) {
      throw new WijkwijzerError('WW-3009', {
        cause: error,
        detail: { code: pgCode(error), reason: error instanceof Error ? error.name : 'unknown' },
      });
    } finally {
      client.release();
    }
  }
}

const silentMigrationLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** `migrations/` at the project root: the same folder from src/ (tsx) and dist/src/ (a build). */
export function migrationsDirectory(): string {
  return path.join(findProjectRoot(), 'migrations');
}

/**
 * The SQLSTATE of a pg error (such as 40001) or Node's connection code (ECONNREFUSED), never its
 * message (it can quote values). Whole: cut to ten characters, ECONNREFUSED no longer matched the
 * connection failures below.
 */
export function pgCode(error: unknown): string | null {
  return errorCodeOf(error);
}

/** An error from PostgreSQL or the connection to it, as opposed to one thrown by our own code. */
export function isDatabaseFailure(error: unknown): boolean {
  if (isWijkwijzerError(error)) return false;
  if (error instanceof pg.DatabaseError) return true;
  const code = pgCode(error);
  return code !== null && /^E[A-Z]+$/.test(code);
}

/** Connection failures are WW-3008 (the service is unavailable), everything else WW-3010. */
export function databaseError(error: unknown): WijkwijzerError {
  if (isWijkwijzerError(error)) return error;
  const code = pgCode(error);
  const unreachable =
    code === null ||
    code.startsWith('08') ||
    code === '57P01' ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE'].includes(code);
  // A query error's message can quote the values it was given: only connection failures keep it.
  return unreachable
    ? new WijkwijzerError('WW-3008', { cause: error, detail: { code } })
    : new WijkwijzerError('WW-3010', { detail: { code } });
}
