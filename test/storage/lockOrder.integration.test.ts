import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { PostgresStateStorage } from '../../src/bot/postgresStateStorage.js';
import { Database } from '../../src/storage/postgres/database.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { testDatabase } from '../support/storageBackends.js';

/**
 * Two instances writing overlapping keys in opposite orders at the same moment, on a real
 * PostgreSQL (docs/adr/0019-storage-that-grows.md, fifth amendment). A statement or
 * transaction locks its rows in the order it writes them; if one instance went a→z and the other
 * z→a, each would hold what the other waits for, and PostgreSQL would kill one with a deadlock
 * (SQLSTATE 40P01, WW-3010). Rows are written in key order, so the second simply waits.
 *
 * To make the meeting certain rather than lucky, a third connection holds the row in the middle
 * while both instances start: each locks its half and waits there; when the middle is let go,
 * the two would cross.
 */
const provided = inject('postgres');

const KEYS = Array.from({ length: 40 }, (_, index) => `order/conversations/c${index + 100}/`);
const MIDDLE = KEYS[20] ?? '';

describe.skipIf('unavailable' in provided)('two instances writing the same keys', () => {
  let first: Database;
  let second: Database;
  let holder: Database;
  let drop: () => Promise<void>;
  const clock = new ManualClock('2026-03-02T09:00:00Z');

  beforeEach(async () => {
    const created = await testDatabase();
    drop = created.drop;
    const open = () => Database.open({ url: created.url, poolSize: 4, logger: silentLogger() });
    first = await open();
    second = await open();
    holder = await open();
    const storage = new PostgresStateStorage(first, clock);
    await storage.write(Object.fromEntries(KEYS.map((key) => [key, { turn: 0, eTag: '*' }])));
  });

  afterEach(async () => {
    await Promise.all([first.close(), second.close(), holder.close()]);
    await drop();
  });

  /** Both writes wait for a row lock (on the middle row, or on a row the other holds). */
  async function bothWaiting(): Promise<void> {
    await expect
      .poll(
        async () => {
          const result = await holder.query<{ waiting: string }>(
            `SELECT count(*) AS waiting FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          return Number(result.rows[0]?.waiting ?? 0);
        },
        { timeout: 5_000, interval: 20 },
      )
      .toBe(2);
  }

  /** Runs both writes while the middle row is held, then lets it go. */
  async function crossing(
    write: (storage: PostgresStateStorage, keys: readonly string[]) => Promise<void>,
  ): Promise<PromiseSettledResult<void>[]> {
    const a = new PostgresStateStorage(first, clock);
    const b = new PostgresStateStorage(second, clock);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const hold = holder.transaction(async (client) => {
      await client.query('SELECT 1 FROM bot_state WHERE key = $1 FOR UPDATE', [MIDDLE]);
      held();
      await released;
    });
    await holding;
    const writes = Promise.allSettled([write(a, KEYS), write(b, [...KEYS].reverse())]);
    await bothWaiting();
    release();
    await hold;
    return writes;
  }

  it('saves without an eTag check (one statement each) both, one after the other', async () => {
    const settled = await crossing((storage, keys) =>
      storage.write(Object.fromEntries(keys.map((key) => [key, { turn: 1, eTag: '*' }]))),
    );
    expect(settled.map((result) => (result.status === 'rejected' ? result.reason : 'ok'))).toEqual([
      'ok',
      'ok',
    ]);
  });

  it('saves with an eTag check (one transaction each): the later one is refused as stale, not killed', async () => {
    const reader = new PostgresStateStorage(holder, clock);
    const current = await reader.read([...KEYS]);
    const settled = await crossing((storage, keys) =>
      storage.write(
        Object.fromEntries(keys.map((key) => [key, { turn: 2, eTag: current[key]?.eTag }])),
      ),
    );
    const refused = settled.flatMap((result) =>
      result.status === 'rejected' ? [result.reason as unknown] : [],
    );
    // Exactly one wins; the other saw a row changed under it: WW-3001, the eTag rule.
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ code: 'WW-3001' });
  });
});
