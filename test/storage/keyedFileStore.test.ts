import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyedFileStore } from '../../src/storage/keyedFileStore.js';
import { captureLogger } from '../support/logs.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

let temp: TempDirectory;

beforeEach(async () => {
  temp = await createTempDirectory();
});

afterEach(async () => {
  await temp.remove();
});

const fileOf = (key: string) => `${key.slice(0, 2)}/${key}.json`;

async function openStore(dir: string, tempSweepDelayMs = 0): Promise<KeyedFileStore> {
  return KeyedFileStore.open({ dir, logger: captureLogger().logger, fileOf, tempSweepDelayMs });
}

async function namesIn(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

describe('KeyedFileStore: temp files of interrupted writes (docs/adr/0019)', () => {
  it('removes an earlier run’s temp files after open, keeps the documents and serves reads meanwhile', async () => {
    const dir = temp.file('store');
    const first = await openStore(dir);
    await first.write('ab1', { n: 1 });
    await first.close();
    // A crashed run of another process: one temp file in a shard, one at the top.
    await writeFile(path.join(dir, 'ab', '.ab1.json.999999.0a1b2c.tmp'), '{"n": 2}');
    await writeFile(path.join(dir, '.sequences.json.999999.0a1b2d.tmp'), '{}');

    const store = await openStore(dir);
    expect(await store.read('ab1')).toEqual({ n: 1 });
    expect(await store.tempSweep).toBe(2);
    expect(await namesIn(dir)).toEqual(['ab', 'ab/ab1.json', 'store.lock'].sort());
    expect(await store.read('ab1')).toEqual({ n: 1 });
    await store.close();
  });

  it('keeps a temp file of this process written around open (a write in flight), removes an old one of the same pid', async () => {
    const dir = temp.file('store');
    await mkdir(path.join(dir, 'cd'), { recursive: true });
    const inFlight = path.join(dir, 'cd', `.cd1.json.${process.pid}.0a0a0a.tmp`);
    const stale = path.join(dir, 'cd', `.cd2.json.${process.pid}.0b0b0b.tmp`);
    await writeFile(inFlight, '{}');
    await writeFile(stale, '{}');
    // A container restarts with the same pid: an hour-old file of "this" pid is an earlier run's.
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await utimes(stale, hourAgo, hourAgo);

    const store = await openStore(dir);
    expect(await store.tempSweep).toBe(1);
    expect(await readdir(path.join(dir, 'cd'))).toEqual([path.basename(inFlight)]);
    await store.close();
  });

  it('sweeps out of the start-up window, or at close when that comes first', async () => {
    const dir = temp.file('store');
    await mkdir(path.join(dir, 'gh'), { recursive: true });
    const leftover = path.join(dir, 'gh', '.gh1.json.999999.0d0d0d.tmp');
    await writeFile(leftover, '{}');
    const store = await openStore(dir, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await readdir(path.join(dir, 'gh'))).toEqual([path.basename(leftover)]);
    await store.close();
    expect(await store.tempSweep).toBe(1);
    expect(await readdir(path.join(dir, 'gh'))).toEqual([]);
  });
});
