import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { PostgresStateStorage } from '../../src/bot/postgresStateStorage.js';
import { PostgresAggregateStore } from '../../src/insights/postgresAggregateStore.js';
import { total } from '../../src/insights/insightCounts.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { Database } from '../../src/storage/postgres/database.js';
import type { GroupCommitLimits } from '../../src/storage/postgres/groupCommit.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { testDatabase } from '../support/storageBackends.js';

/**
 * The group commit of the PostgreSQL stores, bounded and in order (docs/adr/0019, fourth
 * amendment), on a real PostgreSQL. PostgreSQL itself counts the rows of every statement: a
 * statement-level trigger with a transition table records them, so the assertion is on what the
 * server received, not on what the code meant to send.
 */
const provided = inject('postgres');

const STATEMENT_ROWS = `
  CREATE TABLE statement_rows (
    tbl text NOT NULL, op text NOT NULL, rows bigint NOT NULL, at timestamptz NOT NULL, pid int NOT NULL
  );
  CREATE FUNCTION record_statement_rows() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      INSERT INTO statement_rows
        SELECT TG_TABLE_NAME, TG_OP, count(*), statement_timestamp(), pg_backend_pid() FROM old_rows;
    ELSE
      INSERT INTO statement_rows
        SELECT TG_TABLE_NAME, TG_OP, count(*), statement_timestamp(), pg_backend_pid() FROM new_rows;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER bot_state_inserted AFTER INSERT ON bot_state REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_statement_rows();
  CREATE TRIGGER bot_state_updated AFTER UPDATE ON bot_state REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_statement_rows();
  CREATE TRIGGER bot_state_deleted AFTER DELETE ON bot_state REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_statement_rows();
  CREATE TRIGGER insight_counts_inserted AFTER INSERT ON insight_counts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_statement_rows();
  CREATE TRIGGER insight_counts_updated AFTER UPDATE ON insight_counts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_statement_rows();
`;

/** PostgreSQL's limit of bind parameters in one statement (a 16-bit count in the protocol). */
const BIND_PARAMETER_LIMIT = 65_535;

const SMALL: GroupCommitLimits = { maxRows: 50, maxWaitingRows: 200 };

describe.skipIf('unavailable' in provided)(
  'group commit on PostgreSQL, bounded and in order',
  () => {
    let database: Database;
    let drop: () => Promise<void>;
    const clock = new ManualClock('2026-03-02T09:00:00Z');

    beforeEach(async () => {
      const created = await testDatabase();
      drop = created.drop;
      database = await Database.open({ url: created.url, poolSize: 10, logger: silentLogger() });
      await database.query(STATEMENT_ROWS);
    });

    afterEach(async () => {
      await database.close();
      await drop();
    });

    /** The most rows any one statement changed in `table`, and how many statements changed it. */
    async function statements(table: string): Promise<{ most: number; count: number }> {
      const result = await database.query<{ most: string | null; count: string }>(
        `SELECT max(rows) AS most, count(*) AS count FROM (
         SELECT sum(rows) AS rows FROM statement_rows WHERE tbl = $1 GROUP BY pid, at
       ) AS per_statement`,
        [table],
      );
      return { most: Number(result.rows[0]?.most ?? 0), count: Number(result.rows[0]?.count ?? 0) };
    }

    async function storedKeys(): Promise<string[]> {
      const result = await database.query<{ key: string }>(
        'SELECT key FROM bot_state ORDER BY key',
      );
      return result.rows.map((row) => row.key);
    }

    describe('a burst larger than the queue', () => {
      it('stores what the queue took, refuses the rest at once with WW-3014, and no statement carries more than maxRows rows', async () => {
        const storage = new PostgresStateStorage(database, clock, SMALL);
        const keys = Array.from({ length: 1_000 }, (_, index) => `burst/conversations/c${index}/`);
        const settled = await Promise.allSettled(
          keys.map((key, index) => storage.write({ [key]: { turn: index, eTag: '*' } })),
        );
        const taken = keys.filter((_, index) => settled[index]?.status === 'fulfilled');
        const refused = settled.flatMap((result) =>
          result.status === 'rejected' ? [result.reason as unknown] : [],
        );
        expect(taken).toHaveLength(SMALL.maxWaitingRows);
        expect(refused).toHaveLength(1_000 - SMALL.maxWaitingRows);
        for (const error of refused) {
          expect(error).toBeInstanceOf(WijkwijzerError);
          expect(error).toMatchObject({ code: 'WW-3014', status: 503 });
        }
        // Nothing refused reached the database; everything taken did.
        expect(await storedKeys()).toEqual([...taken].sort());
        const written = await statements('bot_state');
        expect(written.most).toBeLessThanOrEqual(SMALL.maxRows);
        expect(written.count).toBe(SMALL.maxWaitingRows / SMALL.maxRows);
        // Back-pressure, not a broken store: once the queue drained, a save goes through again.
        await storage.write({ 'burst/conversations/later/': { turn: 1, eTag: '*' } });
        expect(await storedKeys()).toContain('burst/conversations/later/');
      });

      it('refuses reads beyond the queue the same way', async () => {
        const storage = new PostgresStateStorage(database, clock, SMALL);
        await storage.write({ 'read/k/': { turn: 1, eTag: '*' } });
        const settled = await Promise.allSettled(
          Array.from({ length: 300 }, () => storage.read(['read/k/'])),
        );
        const read = settled.filter((result) => result.status === 'fulfilled');
        expect(read).toHaveLength(SMALL.maxWaitingRows);
        for (const result of read) expect(result.value['read/k/']).toMatchObject({ turn: 1 });
        expect(settled.filter((result) => result.status === 'rejected')).toHaveLength(100);
      });

      it('counts what the insight queue took, exactly, and refuses the rest', async () => {
        const store = new PostgresAggregateStore(database, SMALL);
        const settled = await Promise.allSettled(
          Array.from({ length: 1_000 }, (_, index) =>
            store.add([
              {
                day: '2026-03-02',
                kind: 'question',
                dimensions: { wijk: `w${index % 120}` },
                count: 1,
              },
            ]),
          ),
        );
        const taken = settled.filter((result) => result.status === 'fulfilled').length;
        expect(taken).toBe(SMALL.maxWaitingRows);
        for (const result of settled) {
          if (result.status === 'rejected')
            expect(result.reason).toMatchObject({ code: 'WW-3014' });
        }
        expect(total(await store.read({ from: '2026-03-02', to: '2026-03-02' }))).toBe(taken);
        expect((await statements('insight_counts')).most).toBeLessThanOrEqual(SMALL.maxRows);
      });
    });

    describe('one call of more rows than a statement may carry', () => {
      it('stores, reads and deletes more keys than PostgreSQL has bind parameters, in statements of at most maxRows rows', async () => {
        const storage = new PostgresStateStorage(database, clock);
        const count = BIND_PARAMETER_LIMIT + 500;
        const changes: Record<string, { n: number; eTag: string }> = {};
        for (let index = 0; index < count; index += 1) {
          changes[`many/conversations/c${index}/`] = { n: index, eTag: '*' };
        }
        await storage.write(changes);
        const written = await statements('bot_state');
        expect(written.most).toBeLessThanOrEqual(500);
        expect(written.count).toBe(Math.ceil(count / 500));

        const keys = Object.keys(changes);
        const items = await storage.read(keys);
        expect(Object.keys(items)).toHaveLength(count);
        expect(items[`many/conversations/c${count - 1}/`]).toMatchObject({ n: count - 1 });

        await storage.delete(keys);
        const left = await database.query<{ n: string }>('SELECT count(*) AS n FROM bot_state');
        expect(Number(left.rows[0]?.n)).toBe(0);
        const deleted = await database.query<{ most: string }>(
          `SELECT max(rows) AS most FROM statement_rows WHERE op = 'DELETE'`,
        );
        expect(Number(deleted.rows[0]?.most)).toBeLessThanOrEqual(500);
      });

      it('is still applied whole or not at all: a refused row in the last part stores nothing', async () => {
        await database.query(
          `ALTER TABLE bot_state ADD CONSTRAINT refuses_poison CHECK (key <> 'poison/')`,
        );
        const storage = new PostgresStateStorage(database, clock, SMALL);
        const changes: Record<string, { n: number; eTag: string }> = {};
        for (let index = 0; index < 120; index += 1)
          changes[`whole/c${index}/`] = { n: index, eTag: '*' };
        changes['poison/'] = { n: -1, eTag: '*' };
        await expect(storage.write(changes)).rejects.toMatchObject({ code: 'WW-3010' });
        expect(await storedKeys()).toEqual([]);
      });
    });

    describe('the order of calls is the order of effects', () => {
      const KEY = 'order/conversations/c1/';

      it('a delete made after a save is not undone by the save landing later', async () => {
        const storage = new PostgresStateStorage(database, clock);
        const saving = storage.write({ [KEY]: { turn: 1, eTag: '*' } });
        const deleting = storage.delete([KEY]);
        await Promise.all([saving, deleting]);
        expect(await storage.read([KEY])).toEqual({});
      });

      it('a save made after a delete stays; so does the last of save, delete, save', async () => {
        const storage = new PostgresStateStorage(database, clock);
        await storage.write({ [KEY]: { turn: 0, eTag: '*' } });
        await Promise.all([
          storage.delete([KEY]),
          storage.write({ [KEY]: { turn: 1, eTag: '*' } }),
        ]);
        expect(await storage.read([KEY])).toMatchObject({ [KEY]: { turn: 1 } });
        await Promise.all([
          storage.write({ [KEY]: { turn: 2, eTag: '*' } }),
          storage.delete([KEY]),
          storage.write({ [KEY]: { turn: 3, eTag: '*' } }),
        ]);
        expect(await storage.read([KEY])).toMatchObject({ [KEY]: { turn: 3 } });
      });

      it('many conversations ending at once: every save followed by its delete leaves nothing', async () => {
        const storage = new PostgresStateStorage(database, clock);
        const keys = Array.from({ length: 60 }, (_, index) => `order/conversations/m${index}/`);
        await Promise.all(
          keys.flatMap((key, index) => [
            storage.write({ [key]: { turn: index, eTag: '*' } }),
            storage.delete([key]),
          ]),
        );
        expect(await storedKeys()).toEqual([]);
      });

      it('a save with an eTag check made after an unchecked save sees that save', async () => {
        const storage = new PostgresStateStorage(database, clock);
        await storage.write({ [KEY]: { turn: 0, eTag: '*' } });
        const before = (await storage.read([KEY]))[KEY]?.eTag as string;
        const unchecked = storage.write({ [KEY]: { turn: 1, eTag: '*' } });
        const checked = storage.write({ [KEY]: { turn: 2, eTag: before } });
        await unchecked;
        await expect(checked).rejects.toMatchObject({ code: 'WW-3001' });
        expect(await storage.read([KEY])).toMatchObject({ [KEY]: { turn: 1 } });
      });
    });
  },
);
