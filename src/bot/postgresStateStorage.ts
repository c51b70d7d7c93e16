import type { StoreItems } from 'botbuilder';
import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Database, Queryable } from '../storage/postgres/database.js';
import {
  CONVERSATION_KEY,
  HELD_CONTACT_FIELD,
  HELD_CONTACT_PROPERTY,
} from '../conversation/heldContact.js';
import { overwrites, prepareChange, type PreparedChange } from './stateItems.js';
import { stateRetentionClass, type StateRetention } from './stateRetention.js';

/** A time PostgreSQL can cast without an error (anything else counts as unreadable). */
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
import type { StateStorage } from './stateStorage.js';

/**
 * botbuilder `Storage` on PostgreSQL (`bot_state`): the same eTag rules as the file store
 * (MemoryStorage's), enforced by the database so they hold across processes. A change with an eTag
 * is an upsert whose update only applies `WHERE etag = $expected`: of several processes writing
 * with the same eTag exactly one row update happens, the others get WW-3001. A `write` with several
 * keys is one transaction: refused as a whole or applied as a whole.
 * (botbuilder-storage-postgres is broken: stack notes §2.)
 */
export class PostgresStateStorage implements StateStorage {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const result = await this.database.query<{ key: string; etag: string; value: unknown }>(
      'SELECT key, etag, value FROM bot_state WHERE key = ANY($1::text[])',
      [keys],
    );
    const found: StoreItems = {};
    for (const row of result.rows) {
      found[row.key] = { ...(row.value as Record<string, unknown>), eTag: row.etag };
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    const prepared = Object.entries(changes).map(([key, item]) => prepareChange(key, item));
    if (prepared.length === 0) return;
    const updatedAt = this.clock.now();
    const [only] = prepared;
    if (prepared.length === 1 && only !== undefined) {
      await this.upsert(this.database, only, updatedAt);
      return;
    }
    await this.database.transaction(async (client) => {
      for (const change of prepared) await this.upsert(client, change, updatedAt);
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.database.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [keys]);
  }

  async deleteExpired(now: Date, retention: StateRetention): Promise<number> {
    const result = await this.database.query(
      `DELETE FROM bot_state
        WHERE (retention = 'resident' AND updated_at < $1)
           OR (retention = 'anonymous' AND updated_at < $2)`,
      [
        new Date(now.getTime() - retention.residentMs),
        new Date(now.getTime() - retention.anonymousMs),
      ],
    );
    return result.rowCount ?? 0;
  }

  /**
   * The rule of `withoutAbandonedContact` in one statement: conversation items whose held contact
   * details have no readable time or one before `cutoff` get `null` there and a new eTag; the
   * value is otherwise unchanged and `updated_at` stays, so retention still counts from the last
   * turn. A turn writing the same item at the same moment waits for the row lock and overwrites
   * (BotState saves with '*'), as it would have after the sweep.
   */
  async eraseAbandonedContacts(cutoff: Date): Promise<number> {
    const result = await this.database.query(
      `UPDATE bot_state
          SET value = jsonb_set(value::jsonb, $2::text[], 'null'::jsonb)::json,
              etag = gen_random_uuid()::text
        WHERE key ~ $3
          AND coalesce(json_typeof(value #> $2::text[]), 'null') <> 'null'
          AND CASE
                WHEN (value #>> $4::text[]) ~ $5 THEN (value #>> $4::text[])::timestamptz < $1
                ELSE true
              END`,
      [
        cutoff,
        [HELD_CONTACT_PROPERTY, HELD_CONTACT_FIELD],
        CONVERSATION_KEY.source,
        [HELD_CONTACT_PROPERTY, HELD_CONTACT_FIELD, 'collectedAt'],
        ISO_TIME.source,
      ],
    );
    return result.rowCount ?? 0;
  }

  /** The database pool belongs to the backend; nothing to close here. */
  close(): Promise<void> {
    return Promise.resolve();
  }

  private async upsert(target: Queryable, change: PreparedChange, updatedAt: Date): Promise<void> {
    const checked = !overwrites(change.eTag);
    const result = await target.query(
      `INSERT INTO bot_state AS stored (key, etag, value, retention, updated_at)
       VALUES ($1, $2, $3::json, $4, $5)
       ON CONFLICT (key) DO UPDATE
         SET etag = EXCLUDED.etag,
             value = EXCLUDED.value,
             updated_at = EXCLUDED.updated_at,
             -- A memory once kept for a returning resident stays so (src/bot/stateRetention.ts).
             retention = CASE WHEN stored.retention = 'resident' THEN 'resident'
                              ELSE EXCLUDED.retention END
         WHERE NOT $6::boolean OR stored.etag = $7
       RETURNING key`,
      [
        change.key,
        newId(),
        JSON.stringify(change.value),
        stateRetentionClass(change.key, change.value),
        updatedAt,
        checked,
        checked ? String(change.eTag) : null,
      ],
    );
    if ((result.rowCount ?? 0) === 0) {
      throw new WijkwijzerError('WW-3001', { detail: { key: change.key } });
    }
  }
}
