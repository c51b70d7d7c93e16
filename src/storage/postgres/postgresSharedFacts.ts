import type { Clock } from '../../shared/clock.js';
import type { SharedFacts } from '../sharedFacts.js';
import type { Database } from './database.js';

/** `SharedFacts` in the `shared_facts` table: what one instance learns, every instance knows. */
export class PostgresSharedFacts implements SharedFacts {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async get(namespace: string, key: string): Promise<unknown> {
    const result = await this.database.query<{ value: unknown }>(
      `SELECT value FROM shared_facts
        WHERE namespace = $1 AND key = $2 AND (expires_at IS NULL OR expires_at > $3)`,
      [namespace, key, this.clock.now()],
    );
    return result.rows[0]?.value;
  }

  async all(namespace: string): Promise<ReadonlyMap<string, unknown>> {
    const result = await this.database.query<{ key: string; value: unknown }>(
      `SELECT key, value FROM shared_facts
        WHERE namespace = $1 AND (expires_at IS NULL OR expires_at > $2)`,
      [namespace, this.clock.now()],
    );
    return new Map(result.rows.map((row) => [row.key, row.value]));
  }

  async set(namespace: string, key: string, value: unknown, expiresAt?: Date): Promise<void> {
    await this.database.query(
      `INSERT INTO shared_facts (namespace, key, value, expires_at) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (namespace, key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
      [namespace, key, JSON.stringify(value), expiresAt ?? null],
    );
  }

  async setIfAbsent(
    namespace: string,
    key: string,
    value: unknown,
    expiresAt?: Date,
  ): Promise<boolean> {
    // An expired fact counts as absent: it is replaced, and the replacing call wins.
    const result = await this.database.query(
      `INSERT INTO shared_facts AS stored (namespace, key, value, expires_at)
       VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (namespace, key) DO UPDATE
         SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at
         WHERE stored.expires_at IS NOT NULL AND stored.expires_at <= $5
       RETURNING key`,
      [namespace, key, JSON.stringify(value), expiresAt ?? null, this.clock.now()],
    );
    return (result.rowCount ?? 0) === 1;
  }

  async delete(namespace: string, key: string): Promise<void> {
    await this.database.query('DELETE FROM shared_facts WHERE namespace = $1 AND key = $2', [
      namespace,
      key,
    ]);
  }

  /** Drops expired facts (a periodic job; reads already ignore them). */
  async purgeExpired(): Promise<number> {
    const result = await this.database.query(
      'DELETE FROM shared_facts WHERE expires_at IS NOT NULL AND expires_at <= $1',
      [this.clock.now()],
    );
    return result.rowCount ?? 0;
  }
}
