import { readFile, writeFile } from 'node:fs/promises';
import { ConversationState, TestAdapter, type StatePropertyAccessor } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStateStorage } from '../../src/bot/fileStateStorage.js';
import type { Clock } from '../../src/shared/clock.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { silentLogger } from '../support/logs.js';
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

let temp: TempDirectory;
let file: string;
let clock: ReturnType<typeof manualClock>;
const opened: FileStateStorage[] = [];

async function openStorage(): Promise<FileStateStorage> {
  const storage = await FileStateStorage.open({ file, logger: silentLogger(), clock });
  opened.push(storage);
  return storage;
}

async function rejection(promise: Promise<unknown>): Promise<WijkwijzerError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WijkwijzerError);
  return error as WijkwijzerError;
}

beforeEach(async () => {
  temp = await createTempDirectory();
  file = temp.file('state/bot-state.json');
  clock = manualClock('2025-03-01T09:00:00+01:00');
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
  await temp.remove();
});

describe('FileStateStorage: the botbuilder Storage contract', () => {
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
    expect((await storage.read(['a']))['a']).toMatchObject({ claimedBy: 'worker-1' });
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

describe('FileStateStorage: durability and retention', () => {
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

    const cutoff = new Date(clock.now().getTime() - 2 * HOUR);
    expect(await storage.deleteIdleBefore(cutoff)).toBe(1);
    expect(Object.keys(await storage.read(['old', 'recent']))).toEqual(['recent']);
    expect(await storage.deleteIdleBefore(cutoff)).toBe(0);

    await storage.close();
    const restarted = await openStorage();
    expect(Object.keys(await restarted.read(['old', 'recent']))).toEqual(['recent']);
  });

  it('records updatedAt from the injected clock in the file', async () => {
    const storage = await openStorage();
    await storage.write({ a: { v: 1 } });
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as {
      items: Record<string, { updatedAt: string }>;
    };
    expect(onDisk.items['a']?.updatedAt).toBe('2025-03-01T08:00:00.000Z');
  });

  it('refuses to open a state file that does not have the expected shape (WW-3002)', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(temp.file('state'));
    await writeFile(file, '{"version": 1, "items": {"a": {"value": {}}}}');
    const error = await rejection(openStorage());
    expect(error.code).toBe('WW-3002');
    expect(error.detail).toMatchObject({ file, reason: 'schema' });
  });
});

describe('FileStateStorage with ConversationState', () => {
  /** Runs `turns` turns of a bot that counts turns in conversation state; returns its replies. */
  async function countTurns(storage: FileStateStorage, turns: number): Promise<string[]> {
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
