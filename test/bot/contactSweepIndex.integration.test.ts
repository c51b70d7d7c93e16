import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FileStateStorage,
  stateDirectory,
  stateFileOf,
  type StateItem,
} from '../../src/bot/fileStateStorage.js';
import type { StateStorage } from '../../src/bot/stateStorage.js';
import {
  CONTACT_HOLD_MINUTES,
  contactHoldCutoff,
  HELD_CONTACT_FIELD,
  HELD_CONTACT_PROPERTY,
  holdsContact,
} from '../../src/conversation/heldContact.js';
import { Database } from '../../src/storage/postgres/database.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { storageBackends, testDatabase, useStateBackend } from '../support/storageBackends.js';
import { createTempDirectory } from '../support/tempDirectory.js';

/**
 * The contact sweep reads only conversations that hold contact details (docs/adr/0019, second
 * amendment): an index of held keys on the embedded files, a generated column with a partial index on
 * PostgreSQL. These tests pin
 * what the index must never change: details stored before a restart, written again after being
 * cleared, or still within their hold are found by the sweep exactly as a full scan would.
 */
const KEY = 'webchat/conversations/resident-1/';
const USER_KEY = 'webchat/users/resident-1/';

function conversation(collectedAt: Date | null): Record<string, unknown> {
  return {
    dialogState: { dialogStack: [] },
    [HELD_CONTACT_PROPERTY]: {
      language: 'nl',
      [HELD_CONTACT_FIELD]:
        collectedAt === null
          ? null
          : { name: 'Fatima', phone: '0612345678', collectedAt: collectedAt.toISOString() },
    },
  };
}

const sweep = (storage: StateStorage, clock: ManualClock) =>
  storage.eraseAbandonedContacts(contactHoldCutoff(clock.now()));

async function heldPhone(storage: StateStorage, key: string): Promise<boolean> {
  return JSON.stringify((await storage.read([key]))[key]).includes('0612345678');
}

for (const backend of storageBackends()) {
  describe(`contact sweep on ${backend.name}: only conversations holding details`, () => {
    const state = useStateBackend(backend);

    it('erases details stored before the store was opened again', async () => {
      await state.storage.write({ [KEY]: { ...conversation(state.clock.now()), eTag: '*' } });
      await state.storage.close();
      state.clock.advanceMinutes(CONTACT_HOLD_MINUTES + 1);
      await state.openAgain();
      expect(await sweep(state.storage, state.clock)).toBe(1);
      expect(await heldPhone(state.storage, KEY)).toBe(false);
    });

    it('keeps details within the hold over sweeps and erases them once it passed', async () => {
      expect(await sweep(state.storage, state.clock)).toBe(0);
      await state.storage.write({
        [KEY]: { ...conversation(state.clock.now()), eTag: '*' },
        [USER_KEY]: { name: 'not a held contact', eTag: '*' },
      });
      state.clock.advanceMinutes(CONTACT_HOLD_MINUTES - 1);
      expect(await sweep(state.storage, state.clock)).toBe(0);
      expect(await heldPhone(state.storage, KEY)).toBe(true);
      state.clock.advanceMinutes(2);
      expect(await sweep(state.storage, state.clock)).toBe(1);
      expect(await heldPhone(state.storage, KEY)).toBe(false);
      expect((await state.storage.read([USER_KEY]))[USER_KEY]).toMatchObject({
        name: 'not a held contact',
      });
      expect(await sweep(state.storage, state.clock)).toBe(0);
    });

    it('finds details written again after a turn cleared them and a sweep passed', async () => {
      await state.storage.write({ [KEY]: { ...conversation(state.clock.now()), eTag: '*' } });
      await state.storage.write({ [KEY]: { ...conversation(null), eTag: '*' } });
      expect(await sweep(state.storage, state.clock)).toBe(0);
      await state.storage.write({ [KEY]: { ...conversation(state.clock.now()), eTag: '*' } });
      state.clock.advanceMinutes(CONTACT_HOLD_MINUTES + 1);
      expect(await sweep(state.storage, state.clock)).toBe(1);
      expect(await heldPhone(state.storage, KEY)).toBe(false);
    });
  });
}

describe('contact sweep on embedded: after its first sweep a store reads only held keys', () => {
  it('leaves a file it never saw holding details to the next process, which erases it', async () => {
    const temp = await createTempDirectory();
    const clock = new ManualClock('2026-03-02T09:00:00Z');
    const dir = stateDirectory(temp.path);
    const open = () => FileStateStorage.open({ dir, logger: silentLogger(), clock });
    try {
      let storage = await open();
      await storage.write({ [KEY]: { ...conversation(null), eTag: '*' } });
      expect(await storage.eraseAbandonedContacts(contactHoldCutoff(clock.now()))).toBe(0);
      // Put details into the file behind the store's back: no write of this store saw them, so
      // only a full read of the directory can find them.
      const file = path.join(dir, stateFileOf(KEY));
      const stored = JSON.parse(await readFile(file, 'utf8')) as StateItem;
      await writeFile(file, JSON.stringify({ ...stored, value: conversation(clock.now()) }));
      clock.advanceMinutes(CONTACT_HOLD_MINUTES + 1);
      expect(await storage.eraseAbandonedContacts(contactHoldCutoff(clock.now()))).toBe(0);
      await storage.close();
      storage = await open();
      expect(await storage.eraseAbandonedContacts(contactHoldCutoff(clock.now()))).toBe(1);
      expect(await heldPhone(storage, KEY)).toBe(false);
      await storage.close();
    } finally {
      await temp.remove();
    }
  });
});

const postgresUnavailable = storageBackends().find((item) => item.name === 'postgres')?.skip;

/** Stored values of every shape the rule of heldContact.ts distinguishes. */
const SHAPES: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  [KEY, conversation(new Date('2026-03-02T09:00:00Z'))],
  ['webchat/conversations/r2/', conversation(null)],
  ['webchat/conversations/r3/', { [HELD_CONTACT_PROPERTY]: { [HELD_CONTACT_FIELD]: 'x' } }],
  ['webchat/conversations/r4/', { [HELD_CONTACT_PROPERTY]: { [HELD_CONTACT_FIELD]: false } }],
  ['webchat/conversations/r5/', { [HELD_CONTACT_PROPERTY]: { [HELD_CONTACT_FIELD]: {} } }],
  ['webchat/conversations/r6/', { [HELD_CONTACT_PROPERTY]: {} }],
  ['webchat/conversations/r7/', { [HELD_CONTACT_PROPERTY]: [{ [HELD_CONTACT_FIELD]: 1 }] }],
  ['webchat/conversations/r8/', { [HELD_CONTACT_PROPERTY]: 'text' }],
  ['webchat/conversations/r9/', {}],
  ['webchat/users/r1/', conversation(new Date('2026-03-02T09:00:00Z'))],
  ['msteams/conversations/19:a@thread.tacv2/', conversation(new Date('2026-03-02T09:00:00Z'))],
  ['conversations/no-channel/', conversation(new Date('2026-03-02T09:00:00Z'))],
];

describe('contact sweep on postgres: the generated column and its partial index', () => {
  it.skipIf(postgresUnavailable !== undefined)(
    'hold the rule of heldContact.ts and are what the sweep reads among thousands of rows',
    async () => {
      const created = await testDatabase();
      const database = await Database.open({
        url: created.url,
        poolSize: 1,
        logger: silentLogger(),
      });
      try {
        for (const [key, value] of SHAPES) {
          await database.query(
            `INSERT INTO bot_state (key, etag, value, retention, updated_at)
             VALUES ($1, 'e', $2::json, 'anonymous', now())`,
            [key, JSON.stringify(value)],
          );
        }
        const column = await database.query<{ key: string; holds_contact: boolean }>(
          'SELECT key, holds_contact FROM bot_state',
        );
        const byKey = new Map(column.rows.map((row) => [row.key, row.holds_contact]));
        for (const [key, value] of SHAPES) {
          expect({ key, holds: byKey.get(key) }).toEqual({ key, holds: holdsContact(key, value) });
        }
        expect([...byKey.values()].filter(Boolean).length).toBeGreaterThan(2);

        await database.query(
          `INSERT INTO bot_state (key, etag, value, retention, updated_at)
           SELECT 'webchat/conversations/c' || n || '/', 'e', $1::json, 'anonymous', now()
             FROM generate_series(1, 5000) AS n`,
          [JSON.stringify(conversation(null))],
        );
        await database.query('ANALYZE bot_state');
        const plan = await database.query<{ 'QUERY PLAN': unknown }>(
          'EXPLAIN (FORMAT JSON) SELECT key FROM bot_state WHERE holds_contact',
        );
        expect(JSON.stringify(plan.rows[0]?.['QUERY PLAN'])).toContain('bot_state_held_contact');
      } finally {
        await database.close();
        await created.drop();
      }
    },
  );
});
