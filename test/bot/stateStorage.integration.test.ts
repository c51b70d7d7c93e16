import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { ConversationState, TestAdapter, type StatePropertyAccessor } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStateStorage, stateDirectory, stateFileOf } from '../../src/bot/fileStateStorage.js';
import type { StateStorage } from '../../src/bot/stateStorage.js';
import type { Clock } from '../../src/shared/clock.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { silentLogger } from '../support/logs.js';
import { storageBackends, type BackendHarness } from '../support/storageBackends.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

/** A clock the test moves by hand. */
function manualClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

async function rejection(promise: Promise<unknown>): Promise<WijkwijzerError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WijkwijzerError);
  return error as WijkwijzerError;
}

for (const backend of storageBackends()) {
  describe(`StateStorage contract: ${backend.name}`, () => {
    let harness: BackendHarness;
    let clock: ReturnType<typeof manualClock>;
    const opened: StateStorage[] = [];

    async function openStorage(): Promise<StateStorage> {
      const storage = await harness.openState(clock);
      opened.push(storage);
      return storage;
    }

    beforeEach(async (context) => {
      if (backend.skip !== undefined) context.skip(backend.skip);
      clock = manualClock('2025-03-01T09:00:00+01:00');
      harness = await backend.create();
    });

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((storage) => storage.close()));
      await harness?.remove();
    });

    describe('the botbuilder Storage contract', () => {
      it('reads only keys that exist, with the stored value and an eTag', async () => {
        const storage = await openStorage();
        await storage.write({ a: { topic: 'schulden' } });
        const items = await storage.read(['a', 'missing', 'constructor', 'toString']);
        expect(Object.keys(items)).toEqual(['a']);
        expect(items['a']).toMatchObject({ topic: 'schulden' });
        expect(typeof items['a']?.eTag).toBe('string');
      });

      it('returns deep copies: changing what was read changes nothing stored', async () => {
        const storage = await openStorage();
        await storage.write({ a: { nested: { list: [1, 2] } } });
        const first = await storage.read(['a']);
        (first['a'] as { nested: { list: number[] } }).nested.list.push(3);
        const second = await storage.read(['a']);
        expect(second['a']).toMatchObject({ nested: { list: [1, 2] } });
      });

      it('copies a change when write is called, so later edits by the caller are not stored', async () => {
        const storage = await openStorage();
        const item = { count: 1 };
        const writing = storage.write({ a: item });
        item.count = 2;
        await writing;
        expect((await storage.read(['a']))['a']).toMatchObject({ count: 1 });
      });

      it('gives every successful write a fresh eTag', async () => {
        const storage = await openStorage();
        await storage.write({ a: { v: 1 } });
        const first = (await storage.read(['a']))['a']?.eTag;
        await storage.write({ a: { v: 1 } });
        const second = (await storage.read(['a']))['a']?.eTag;
        expect(first).toBeDefined();
        expect(second).toBeDefined();
        expect(second).not.toBe(first);
      });

      it('refuses a stale eTag with WW-3001 and applies nothing of that write call', async () => {
        const storage = await openStorage();
        await storage.write({ a: { v: 1 }, b: { v: 1 } });
        const read = await storage.read(['a']);
        const staleETag = read['a']?.eTag as string;
        await storage.write({ a: { v: 2 } }); // someone else wins

        const error = await rejection(
          storage.write({ b: { v: 'should not land' }, a: { v: 3, eTag: staleETag } }),
        );
        expect(error.code).toBe('WW-3001');
        expect(error.detail).toMatchObject({ key: 'a' });
        const after = await storage.read(['a', 'b']);
        expect(after['a']).toMatchObject({ v: 2 });
        expect(after['b']).toMatchObject({ v: 1 });
      });

      it('accepts the current eTag', async () => {
        const storage = await openStorage();
        await storage.write({ a: { v: 1 } });
        const current = (await storage.read(['a']))['a'];
        await storage.write({ a: { ...current, v: 2 } });
        expect((await storage.read(['a']))['a']).toMatchObject({ v: 2 });
      });

      it("overwrites with '*' or without an eTag, as botbuilder's MemoryStorage does", async () => {
        const storage = await openStorage();
        await storage.write({ a: { v: 1 } });
        await storage.write({ a: { v: 2, eTag: '*' } });
        expect((await storage.read(['a']))['a']).toMatchObject({ v: 2 });
        await storage.write({ a: { v: 3 } });
        expect((await storage.read(['a']))['a']).toMatchObject({ v: 3 });
        // A new key accepts any eTag, like MemoryStorage.
        await storage.write({ fresh: { v: 1, eTag: 'from-elsewhere' } });
        expect((await storage.read(['fresh']))['fresh']).toMatchObject({ v: 1 });
      });

      it('lets exactly one of several concurrent writes with the same eTag win', async () => {
        const storage = await openStorage();
        await storage.write({ a: { claimedBy: null } });
        const eTag = (await storage.read(['a']))['a']?.eTag as string;

        const results = await Promise.allSettled(
          ['worker-1', 'worker-2', 'worker-3', 'worker-4'].map((worker) =>
            storage.write({ a: { claimedBy: worker, eTag } }),
          ),
        );
        const won = results.filter((result) => result.status === 'fulfilled');
        const lost = results.filter(
          (result): result is PromiseRejectedResult => result.status === 'rejected',
        );
        expect(won).toHaveLength(1);
        expect(lost.map((result) => (result.reason as WijkwijzerError).code)).toEqual([
          'WW-3001',
          'WW-3001',
          'WW-3001',
        ]);
        // Which writer wins is the database's (or the file queue's) order, not the call order:
        // the stored value is the one write that was acknowledged.
        const winner = ['worker-1', 'worker-2', 'worker-3', 'worker-4'][
          results.findIndex((result) => result.status === 'fulfilled')
        ];
        expect((await storage.read(['a']))['a']).toMatchObject({ claimedBy: winner });
      });

      it('keeps every turn apart when many read and save at the same moment (docs/adr/0019, group commit)', async () => {
        const storage = await openStorage();
        const keys = Array.from({ length: 30 }, (_, index) => `conversation-${index}`);
        // Save the conversation and the user state of 30 turns in the same moment, as BotState does.
        await Promise.all(
          keys.flatMap((key, index) => [
            storage.write({ [key]: { turn: 1, index, eTag: '*' } }),
            storage.write({ [`user-${index}`]: { name: `u${index}`, eTag: '*' } }),
          ]),
        );
        // Two saves of one key made in the same moment land in the order made.
        await Promise.all([
          storage.write({ 'conversation-0': { turn: 2, index: 0, eTag: '*' } }),
          storage.write({ 'conversation-0': { turn: 3, index: 0, eTag: '*' } }),
        ]);
        const reads = await Promise.all([
          ...keys.map((key) => storage.read([key, 'missing'])),
          storage.read(['conversation-0']),
        ]);
        reads.slice(0, keys.length).forEach((items, index) => {
          expect(Object.keys(items)).toEqual([`conversation-${index}`]);
          expect(items[`conversation-${index}`]).toMatchObject({
            turn: index === 0 ? 3 : 1,
            index,
          });
        });
        // Two reads of one key at the same moment get objects of their own.
        const [first, second] = [reads[0]?.['conversation-0'], reads.at(-1)?.['conversation-0']];
        expect(second).toEqual(first);
        (first as { turn: number }).turn = 99;
        expect(second).toMatchObject({ turn: 3 });
        const users = await storage.read(keys.map((_, index) => `user-${index}`));
        expect(Object.keys(users)).toHaveLength(30);
        expect(users['user-29']).toMatchObject({ name: 'u29' });
      });

      it('deletes keys, and ignores keys it does not have', async () => {
        const storage = await openStorage();
        await storage.write({ a: { v: 1 }, b: { v: 2 } });
        await storage.delete(['a', 'never-written']);
        expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
      });

      it('refuses items that are not objects with WW-3003', async () => {
        const storage = await openStorage();
        const error = await rejection(storage.write({ a: null as unknown as object }));
        expect(error.code).toBe('WW-3003');
      });
    });

    describe('durability and retention', () => {
      it('keeps data and eTags across a restart on the same file', async () => {
        const storage = await openStorage();
        await storage.write({ a: { step: 'vraag-2' } });
        const before = await storage.read(['a']);
        await storage.close();

        const restarted = await openStorage();
        expect(await restarted.read(['a'])).toEqual(before);
      });

      it('purges items last written before the cutoff and reports how many', async () => {
        const storage = await openStorage();
        await storage.write({ old: { v: 1 } });
        clock.advance(2 * HOUR);
        await storage.write({ recent: { v: 1 } });
        clock.advance(HOUR);
        await storage.read(['old']); // reading is not activity

        const idle = { residentMs: 2 * HOUR, anonymousMs: 2 * HOUR };
        expect(await storage.deleteExpired(clock.now(), idle)).toBe(1);
        expect(Object.keys(await storage.read(['old', 'recent']))).toEqual(['recent']);
        expect(await storage.deleteExpired(clock.now(), idle)).toBe(0);

        await storage.close();
        const restarted = await openStorage();
        expect(Object.keys(await restarted.read(['old', 'recent']))).toEqual(['recent']);
      });

      it('purges by the last write across later runs: items stored before the start, written, rewritten and deleted since (docs/adr/0019)', async () => {
        const first = await openStorage();
        await first.write({ before: { v: 1 }, 'before-kept': { v: 1 } });
        await first.close();
        clock.advance(HOUR);
        const storage = await openStorage();
        const idle = { residentMs: 2 * HOUR, anonymousMs: 2 * HOUR };
        // The first run after the start: nothing is old enough yet.
        expect(await storage.deleteExpired(clock.now(), idle)).toBe(0);
        await storage.write({ during: { v: 1 }, gone: { v: 1 } });
        clock.advance(30 * 60 * 1000);
        await storage.write({ 'before-kept': { v: 2 } });
        await storage.delete(['gone']);
        clock.advance(2 * HOUR);
        // before: 3.5 h idle, during: 2.5 h; before-kept was written 2 h ago, exactly at the cutoff.
        expect(await storage.deleteExpired(clock.now(), idle)).toBe(2);
        expect(
          Object.keys(await storage.read(['before', 'before-kept', 'during', 'gone'])),
        ).toEqual(['before-kept']);
        clock.advance(1);
        expect(await storage.deleteExpired(clock.now(), idle)).toBe(1);
        expect(await storage.read(['before-kept'])).toEqual({});
      });

      it("keeps anonymous state for hours and a returning resident's memory for days", async () => {
        const storage = await openStorage();
        await storage.write({
          'webchat/conversations/c1': { step: 1 },
          'webchat/users/dl_resident000000000000000': { resident: { visits: [] } },
          'webchat/users/dl_anon-aaaaaaaaaaaaaaaaaaaaaa': { resident: { visits: [] } },
          'webchat/users/dl_anon-bbbbbbbbbbbbbbbbbbbbbb': {
            resident: { visits: [{ handedOver: true }], pendingHandover: null },
          },
        });
        const retention = { residentMs: 35 * DAY, anonymousMs: 48 * HOUR };
        clock.advance(47 * HOUR);
        expect(await storage.deleteExpired(clock.now(), retention)).toBe(0);
        clock.advance(2 * HOUR);
        expect(await storage.deleteExpired(clock.now(), retention)).toBe(2);
        const left = await storage.read([
          'webchat/conversations/c1',
          'webchat/users/dl_resident000000000000000',
          'webchat/users/dl_anon-aaaaaaaaaaaaaaaaaaaaaa',
          'webchat/users/dl_anon-bbbbbbbbbbbbbbbbbbbbbb',
        ]);
        // The anonymous resident who made a handover keeps their memory like anyone who can return.
        expect(Object.keys(left).sort()).toEqual([
          'webchat/users/dl_anon-bbbbbbbbbbbbbbbbbbbbbb',
          'webchat/users/dl_resident000000000000000',
        ]);
        clock.advance(35 * DAY);
        expect(await storage.deleteExpired(clock.now(), retention)).toBe(2);
      });

      it('keeps a memory as long-lived once a handover was recorded, also after a later write', async () => {
        const storage = await openStorage();
        const key = 'webchat/users/dl_anon-cccccccccccccccccccccc';
        await storage.write({ [key]: { resident: { visits: [], pendingHandover: { at: 'x' } } } });
        await storage.write({ [key]: { resident: { visits: [], pendingHandover: null } } });
        clock.advance(3 * DAY);
        const retention = { residentMs: 35 * DAY, anonymousMs: 48 * HOUR };
        expect(await storage.deleteExpired(clock.now(), retention)).toBe(0);
      });
    });

    describe('with ConversationState', () => {
      /** Runs `turns` turns of a bot that counts turns in conversation state; returns its replies. */
      async function countTurns(storage: StateStorage, turns: number): Promise<string[]> {
        const state = new ConversationState(storage);
        const counter: StatePropertyAccessor<number> = state.createProperty('turns');
        const adapter = new TestAdapter(async (context) => {
          const count = (await counter.get(context, 0)) + 1;
          await counter.set(context, count);
          await context.sendActivity(`turn ${count}`);
          await state.saveChanges(context);
        });
        const replies: string[] = [];
        const record = (activity: { text?: string }) => void replies.push(activity.text ?? '');
        let flow = adapter.send('hallo').assertReply(record);
        for (let turn = 1; turn < turns; turn += 1) flow = flow.send('hallo').assertReply(record);
        await flow;
        return replies;
      }

      it('saves conversation state after every turn and picks it up after a restart', async () => {
        const storage = await openStorage();
        expect(await countTurns(storage, 2)).toEqual(['turn 1', 'turn 2']);
        await storage.close();

        const restarted = await openStorage();
        expect(await countTurns(restarted, 1)).toEqual(['turn 3']);
      });
    });
  });
}

describe('FileStateStorage: the embedded files', () => {
  let temp: TempDirectory;
  let clock: ReturnType<typeof manualClock>;
  const opened: FileStateStorage[] = [];
  const open = async () => {
    const storage = await FileStateStorage.open({
      dir: stateDirectory(temp.path),
      legacyFile: temp.file('state.json'),
      logger: silentLogger(),
      clock,
    });
    opened.push(storage);
    return storage;
  };

  beforeEach(async () => {
    temp = await createTempDirectory();
    clock = manualClock('2025-03-01T09:00:00+01:00');
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((storage) => storage.close()));
    await temp.remove();
  });

  it('keeps one file per key, with updatedAt from the injected clock', async () => {
    const storage = await open();
    await storage.write({ 'webchat/conversations/a': { v: 1 } });
    const file = `${stateDirectory(temp.path)}/${stateFileOf('webchat/conversations/a')}`;
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({
      key: 'webchat/conversations/a',
      updatedAt: '2025-03-01T08:00:00.000Z',
      retention: 'anonymous',
      value: { v: 1 },
    });
  });

  it('refuses to read an item file that does not have the expected shape (WW-3002)', async () => {
    const storage = await open();
    const file = `${stateDirectory(temp.path)}/${stateFileOf('a')}`;
    await mkdir(file.slice(0, file.lastIndexOf('/')), { recursive: true });
    await writeFile(file, '{"key": "a", "value": {}}');
    const error = await rejection(storage.read(['a']));
    expect(error.code).toBe('WW-3002');
    expect(error.detail).toMatchObject({ file, reason: 'schema' });
  });

  it('imports the single state file of an earlier version once, with its eTags', async () => {
    await writeFile(
      temp.file('state.json'),
      JSON.stringify({
        version: 1,
        items: {
          'webchat/conversations/a': {
            eTag: 'e1',
            updatedAt: '2025-03-01T08:00:00.000Z',
            value: { step: 'vraag-2' },
          },
        },
      }),
    );
    const storage = await open();
    expect(await storage.read(['webchat/conversations/a'])).toEqual({
      'webchat/conversations/a': { step: 'vraag-2', eTag: 'e1' },
    });
    await storage.close();
    expect(await readFile(temp.file('state.json.imported'), 'utf8')).toContain('vraag-2');
    const again = await open();
    expect(Object.keys(await again.read(['webchat/conversations/a']))).toHaveLength(1);
  });

  it('refuses a second writer on the same directory (WW-3006)', async () => {
    await open();
    expect((await rejection(open())).code).toBe('WW-3006');
  });
});
