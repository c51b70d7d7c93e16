import type { StoreItems } from 'botbuilder';
import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Database, Queryable } from '../storage/postgres/database.js';
import { inBoundedStatements, inKeyOrder } from '../storage/postgres/boundedStatements.js';
import {
  GROUP_COMMIT_LIMITS,
  GroupCommit,
  type GroupCommitLimits,
} from '../storage/postgres/groupCommit.js';
import { HELD_CONTACT_FIELD, HELD_CONTACT_PROPERTY } from '../conversation/heldContact.js';
import { overwrites, prepareChange, type PreparedChange } from './stateItems.js';
import { stateRetentionClass, type StateRetention } from './stateRetention.js';

/** A time PostgreSQL can cast without an error (anything else counts as unreadable). */
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
import type { StateStorage } from './stateStorage.js';

/**
 * What a state write does to a stored row, in both the single and the grouped upsert. A memory
 * once kept for a returning resident stays so (src/bot/stateRetention.ts).
 */
const ON_CONFLICT_REPLACE = `ON CONFLICT (key) DO UPDATE
         SET etag = EXCLUDED.etag,
             value = EXCLUDED.value,
             updated_at = EXCLUDED.updated_at,
             retention = CASE WHEN stored.retention = 'resident' THEN 'resident'
                              ELSE EXCLUDED.retention END`;

/**
 * A change of stored state, in the order made: a save without an eTag check (shares a statement
 * with others), a delete (likewise), or a save with an eTag check (goes alone, as before).
 */
type StateChange =
  | { readonly kind: 'overwrite'; readonly changes: readonly PreparedChange[] }
  | { readonly kind: 'checked'; readonly changes: readonly PreparedChange[] }
  | { readonly kind: 'delete'; readonly keys: readonly string[] };

function changedKeys(change: StateChange): readonly string[] {
  return change.kind === 'delete' ? change.keys : change.changes.map((item) => item.key);
}

/**
 * botbuilder `Storage` on PostgreSQL (`bot_state`): the same eTag rules as the file store
 * (MemoryStorage's), enforced by the database so they hold across processes. A change with an eTag
 * is an upsert whose update only applies `WHERE etag = $expected`: of several processes writing
 * with the same eTag exactly one row update happens, the others get WW-3001. A `write` with several
 * keys is one transaction: refused as a whole or applied as a whole.
 * (botbuilder-storage-postgres is broken: stack notes §2.)
 *
 * Reads, and writes without an eTag check (what BotState saves, with '*'), go by group commit
 * (src/storage/postgres/groupCommit.ts): the conversation and user state of a turn, and those of
 * turns running at the same moment, share one statement (docs/adr/0019, third amendment). Each
 * write is still one statement, so applied as a whole or not at all, and resolves once committed.
 *
 * Every change of state (saves with or without an eTag check, deletes) goes through one queue in
 * the order made, so a delete made after a save is never undone by that save landing later, and a
 * checked save made after an unchecked one sees its eTag (docs/adr/0019, fourth amendment). The
 * queue refuses calls beyond its limit with WW-3014, and no statement carries more than
 * `limits.maxRows` rows: a call of more runs in one transaction of several statements.
 */
export class PostgresStateStorage implements StateStorage {
  private readonly reads: GroupCommit<readonly string[]>;
  private readonly changes: GroupCommit<StateChange>;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly limits: GroupCommitLimits = GROUP_COMMIT_LIMITS,
  ) {
    this.reads = new GroupCommit({
      name: 'bot-state-read',
      run: (units) => this.readAll(units),
      rows: (keys) => keys.length,
      ...limits,
    });
    this.changes = new GroupCommit<StateChange>({
      name: 'bot-state-write',
      run: (units) => this.changeAll(units),
      // One statement may not change a row twice, and changes of a key land in the order made.
      keys: changedKeys,
      kind: (change) => (change.kind === 'checked' ? undefined : change.kind),
      rows: (change) => changedKeys(change).length,
      ...limits,
    });
  }

  read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return Promise.resolve({});
    return this.reads.submit<StoreItems>([...keys]);
  }

  async write(changes: StoreItems): Promise<void> {
    const prepared = Object.entries(changes).map(([key, item]) => prepareChange(key, item));
    if (prepared.length === 0) return;
    const kind = prepared.every((change) => overwrites(change.eTag)) ? 'overwrite' : 'checked';
    await this.changes.submit({ kind, changes: prepared });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.changes.submit({ kind: 'delete', keys: [...keys] });
  }

  /** A batch of the change queue: all of one kind, or one checked save alone. */
  private async changeAll(units: readonly StateChange[]): Promise<undefined[]> {
    const [first] = units;
    if (first?.kind === 'checked' && units.length === 1) await this.writeChecked(first.changes);
    else if (first?.kind === 'delete') await this.deleteAll(units.flatMap(changedKeys));
    else {
      await this.overwriteAll(
        units.flatMap((unit) => (unit.kind === 'overwrite' ? unit.changes : [])),
      );
    }
    return units.map(() => undefined);
  }

  /** A save with an eTag check: one upsert, or one transaction for several keys. */
  private async writeChecked(prepared: readonly PreparedChange[]): Promise<void> {
    const updatedAt = this.clock.now();
    const [only] = prepared;
    if (prepared.length === 1 && only !== undefined) {
      await this.upsert(this.database, only, updatedAt);
      return;
    }
    // In key order, like every batched write: two instances never wait on each other in a circle.
    await this.database.transaction(async (client) => {
      for (const change of inKeyOrder(prepared, (item) => item.key)) {
        await this.upsert(client, change, updatedAt);
      }
    });
  }

  private async deleteAll(keys: readonly string[]): Promise<void> {
    await inBoundedStatements(
      this.database,
      [...new Set(keys)],
      this.limits.maxRows,
      (part) => ({
        text: 'DELETE FROM bot_state WHERE key = ANY($1::text[])',
        values: [part],
        name: 'bot-state-delete',
      }),
      { atomic: true, key: (key) => key },
    );
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
   * The rule of `withoutAbandonedContact` in one statement, over the rows whose generated column
   * `holds_contact` says they hold details (a partial index; migrations/006_held-contacts.sql), so
   * it reads those rows only: conversation items whose held contact
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
        WHERE holds_contact
          AND CASE
                WHEN (value #>> $3::text[]) ~ $4 THEN (value #>> $3::text[])::timestamptz < $1
                ELSE true
              END`,
      [
        cutoff,
        [HELD_CONTACT_PROPERTY, HELD_CONTACT_FIELD],
        [HELD_CONTACT_PROPERTY, HELD_CONTACT_FIELD, 'collectedAt'],
        ISO_TIME.source,
      ],
    );
    return result.rowCount ?? 0;
  }

  /** One SELECT for the keys of every read in the batch; each read gets the items it asked for. */
  private async readAll(units: readonly (readonly string[])[]): Promise<StoreItems[]> {
    const keys = [...new Set(units.flat())];
    const results = await inBoundedStatements<
      string,
      { key: string; etag: string; value: unknown }
    >(
      this.database,
      keys,
      this.limits.maxRows,
      (part) => ({
        text: 'SELECT key, etag, value FROM bot_state WHERE key = ANY($1::text[])',
        values: [part],
        name: 'bot-state-read',
      }),
      { atomic: false },
    );
    const rows = new Map(results.flatMap((result) => result.rows).map((row) => [row.key, row]));
    const handedOut = new Set<string>();
    return units.map((unit) => {
      const found: StoreItems = {};
      for (const key of unit) {
        const row = rows.get(key);
        if (row === undefined) continue;
        // Each read gets an object of its own: a caller changing it must not change another's.
        const value = handedOut.has(key) ? structuredClone(row.value) : row.value;
        handedOut.add(key);
        found[key] = { ...(value as Record<string, unknown>), eTag: row.etag };
      }
      return found;
    });
  }

  /**
   * The writes of the batch (no eTag check, no two of one key) as one upsert: one statement, one
   * commit (beyond `maxRows` rows, one transaction of several). Same columns and retention rule as
   * `upsert`.
   */
  private async overwriteAll(changes: readonly PreparedChange[]): Promise<void> {
    const updatedAt = this.clock.now();
    await inBoundedStatements(
      this.database,
      changes,
      this.limits.maxRows,
      (part) => ({
        text: `INSERT INTO bot_state AS stored (key, etag, value, retention, updated_at)
       SELECT key, etag, value::json, retention, $5::timestamptz
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
           AS incoming (key, etag, value, retention)
       ${ON_CONFLICT_REPLACE}`,
        values: [
          part.map((change) => change.key),
          part.map(() => newId()),
          part.map((change) => JSON.stringify(change.value)),
          part.map((change) => stateRetentionClass(change.key, change.value)),
          updatedAt,
        ],
        name: 'bot-state-overwrite',
      }),
      { atomic: true, key: (change) => change.key },
    );
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
       ${ON_CONFLICT_REPLACE}
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
