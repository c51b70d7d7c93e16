import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { WijkwijzerError, type ErrorCode } from '../../src/shared/errors.js';
import { JsonDocumentStore } from '../../src/storage/jsonDocumentStore.js';
import { captureLogger, silentLogger } from '../support/logs.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';
import { spawnStoreChild, type StoreChild } from './fixtures/spawnStoreChild.js';

interface Counter {
  count: number;
  names: string[];
}

const defaults: Counter = { count: 0, names: [] };
const counterSchema = z.object({ count: z.number().int().min(0), names: z.array(z.string()) });

let temp: TempDirectory;
let file: string;
const openStores: JsonDocumentStore<unknown>[] = [];
const children: StoreChild[] = [];

async function open<T = Counter>(
  options: { defaults?: T; schema?: z.ZodType<T>; logger?: ReturnType<typeof captureLogger> } = {},
): Promise<JsonDocumentStore<T>> {
  const store = await JsonDocumentStore.open<T>({
    file,
    defaults: options.defaults ?? (defaults as T),
    ...(options.schema === undefined ? {} : { schema: options.schema }),
    logger: options.logger?.logger ?? silentLogger(),
  });
  openStores.push(store as JsonDocumentStore<unknown>);
  return store;
}

async function expectCode(promise: Promise<unknown>, code: ErrorCode): Promise<WijkwijzerError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WijkwijzerError);
  expect((error as WijkwijzerError).code).toBe(code);
  return error as WijkwijzerError;
}

beforeEach(async () => {
  temp = await createTempDirectory();
  file = temp.file('data/store.json');
});

afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => child.kill('SIGKILL')));
  await Promise.all(openStores.splice(0).map((store) => store.close()));
  await temp.remove();
});

describe('JsonDocumentStore: durability and atomicity', () => {
  it('starts from the defaults when there is no file, and keeps updates across close and reopen', async () => {
    const store = await open();
    expect(store.read()).toEqual(defaults);
    await store.update((draft) => {
      draft.count = 1;
      draft.names.push('a');
    });
    await store.close();

    const reopened = await open();
    expect(reopened.read()).toEqual({ count: 1, names: ['a'] });
  });

  it('resolves an update only after the change is in the file', async () => {
    const store = await open();
    const onDiskWhenResolved = await store
      .update((draft) => {
        draft.count = 42;
      })
      .then(() => JSON.parse(readFileSync(file, 'utf8')) as Counter);
    expect(onDiskWhenResolved.count).toBe(42);
  });

  it('returns the mutator result', async () => {
    const store = await open();
    const result = await store.update((draft) => {
      draft.count += 5;
      return draft.count * 2;
    });
    expect(result).toBe(10);
  });

  it('leaves memory and file unchanged when a mutator throws, and rejects with its error', async () => {
    const store = await open();
    await store.update((draft) => {
      draft.count = 1;
    });
    const before = await readFile(file);
    const failure = new Error('mutator failed');
    const rejected = await store
      .update((draft) => {
        draft.count = 99;
        draft.names.push('half-done');
        throw failure;
      })
      .catch((error: unknown) => error);
    expect(rejected).toBe(failure);
    expect(store.read()).toEqual({ count: 1, names: [] });
    expect(await readFile(file)).toEqual(before);
  });

  it('rolls back only the throwing update inside a batch; the others commit in order', async () => {
    const store = await open();
    const results = await Promise.allSettled([
      store.update((draft) => void draft.names.push('first')),
      store.update((draft) => {
        draft.names.push('broken');
        draft.count = 7;
        throw new Error('no');
      }),
      store.update((draft) => void draft.names.push('third')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.read()).toEqual({ count: 0, names: ['first', 'third'] });
    await store.close();
    expect((await open()).read()).toEqual({ count: 0, names: ['first', 'third'] });
  });

  it('resolves each update with the value of the run that was written, even when its batch is replayed', async () => {
    const store = await open();
    const addRandomName = () =>
      store.update((draft) => {
        const name = randomUUID();
        draft.names.push(name);
        return name;
      });
    const results = await Promise.allSettled([
      addRandomName(),
      addRandomName(),
      store.update(() => {
        throw new Error('no');
      }),
      addRandomName(),
    ]);
    const returned = results.flatMap((result) =>
      result.status === 'fulfilled' ? [result.value] : [],
    );
    expect(returned).toHaveLength(3);
    expect(store.read().names).toEqual(returned);
  });

  it('keeps all of 200 concurrent updates and writes them in far fewer batches', async () => {
    const logs = captureLogger();
    const store = await open({ logger: logs });
    await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        store.update((draft) => {
          draft.count += 1;
          draft.names.push(`n${index}`);
        }),
      ),
    );
    expect(store.read().count).toBe(200);
    expect(store.read().names).toEqual(Array.from({ length: 200 }, (_, index) => `n${index}`));
    const batches = withMessage(logs, 'storage batch committed');
    expect(batches.length).toBeLessThan(10);
    await store.close();
    expect((await open()).read().count).toBe(200);
  });

  it('resolves flush only when every queued update is durable', async () => {
    const store = await open();
    for (let index = 0; index < 20; index += 1) {
      void store.update((draft) => {
        draft.count += 1;
      });
    }
    await store.flush();
    expect((JSON.parse(await readFile(file, 'utf8')) as Counter).count).toBe(20);
  });

  it('hands out a frozen snapshot, so nobody can change data around the write queue', async () => {
    const store = await open();
    await store.update((draft) => void draft.names.push('x'));
    const snapshot = store.read() as Counter;
    expect(() => {
      snapshot.names.push('y');
    }).toThrow(TypeError);
    expect(store.read().names).toEqual(['x']);
  });

  it('refuses an async mutator with WW-3007 and applies none of it', async () => {
    const store = await open();
    await expectCode(
      store.update(async (draft) => {
        draft.count = 5;
        await Promise.resolve();
      }),
      'WW-3007',
    );
    expect(store.read().count).toBe(0);
  });

  it('refuses an update whose result breaks the schema (WW-3003) and keeps the file openable', async () => {
    const store = await open({ schema: counterSchema });
    await store.update((draft) => void (draft.count = 3));
    const error = await expectCode(
      store.update((draft) => void (draft.count = -1)),
      'WW-3003',
    );
    expect(error.detail).toMatchObject({ reason: 'schema', firstIssuePath: 'count' });
    expect(store.read().count).toBe(3);
    await store.close();
    expect((await open({ schema: counterSchema })).read().count).toBe(3);
  });

  it('rejects the batch with WW-3003 when the file cannot be replaced, and keeps the old state', async () => {
    const store = await open();
    await store.update((draft) => void (draft.count = 1));
    // A non-empty directory where the file should be: rename() over it fails.
    const { rm } = await import('node:fs/promises');
    await rm(file);
    await mkdir(file);
    await writeFile(`${file}/blocker`, 'x');
    const error = await expectCode(
      store.update((draft) => void (draft.count = 2)),
      'WW-3003',
    );
    expect(error.detail).toMatchObject({ file, stage: 'rename' });
    expect(store.read().count).toBe(1);
    const names = await readdir(temp.file('data'));
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('removes temp files a crashed writer left behind, and ignores their content', async () => {
    const first = await open();
    await first.update((draft) => void (draft.count = 1));
    await first.close();
    const leftover = temp.file('data/.store.json.12345.abcdef.tmp');
    await writeFile(leftover, '{"count": 999, "names": []}');

    const store = await open();
    expect(store.read().count).toBe(1);
    expect(await readdir(temp.file('data'))).not.toContain('.store.json.12345.abcdef.tmp');
  });
});

describe('JsonDocumentStore: unreadable files are reported, never overwritten', () => {
  const cases: [string, string | Buffer, string][] = [
    ['truncated JSON', '{"count": 1, "names": ["a"', 'invalid-json'],
    ['an empty file', '', 'empty'],
    ['only whitespace', '  \n\t', 'empty'],
    ['non-UTF-8 bytes', Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), 'not-utf8'],
    ['a bare null', 'null', 'not-a-document'],
    ['a bare number', '42', 'not-a-document'],
  ];

  it.each(cases)('refuses %s with WW-3002 naming the file', async (_name, content, reason) => {
    await mkdir(temp.file('data'));
    await writeFile(file, content);
    const before = await readFile(file);

    const error = await expectCode(open(), 'WW-3002');
    expect(error.detail).toMatchObject({ file, reason });
    expect(await readFile(file)).toEqual(before);
    // The refused open released its lock: a second attempt reports the same problem, not WW-3006.
    await expectCode(open(), 'WW-3002');
    expect(await readdir(temp.file('data'))).toEqual(['store.json']);
  });

  it('does not put file content into the error (it may be personal data)', async () => {
    await mkdir(temp.file('data'));
    await writeFile(file, '{"name": "Jan Jansen 0612345678" oops}');
    const error = await expectCode(open(), 'WW-3002');
    expect(JSON.stringify(error.detail)).not.toContain('Jansen');
    expect(error.message).not.toContain('Jansen');
    expect(error.cause).toBeUndefined();
  });

  it('refuses content that does not match the schema with WW-3002 and leaves it alone', async () => {
    await mkdir(temp.file('data'));
    await writeFile(file, '{"count": "three", "names": []}');
    const error = await expectCode(open({ schema: counterSchema }), 'WW-3002');
    expect(error.detail).toMatchObject({ file, reason: 'schema', firstIssuePath: 'count' });
    expect(await readFile(file, 'utf8')).toBe('{"count": "three", "names": []}');
  });

  it('still checks the file when opened if writes are not validated (validateWrites: false)', async () => {
    await mkdir(temp.file('data'));
    await writeFile(file, '{"count": -5, "names": []}');
    const refused = JsonDocumentStore.open<Counter>({
      file,
      defaults,
      schema: counterSchema,
      validateWrites: false,
      logger: silentLogger(),
    });
    await expectCode(refused, 'WW-3002');

    await writeFile(file, '{"count": 5, "names": []}');
    const store = await JsonDocumentStore.open<Counter>({
      file,
      defaults,
      schema: counterSchema,
      validateWrites: false,
      logger: silentLogger(),
    });
    openStores.push(store as JsonDocumentStore<unknown>);
    // The writer vouches for its values: the batch is not walked against the schema.
    await store.update((draft) => void (draft.count = 6));
    expect(store.read().count).toBe(6);
    expect(Object.isFrozen(store.read())).toBe(true);
  });
});

describe('JsonDocumentStore: lifecycle and the single-writer lock', () => {
  it('refuses every call after close with WW-3004; close itself may be repeated', async () => {
    const store = await open();
    await store.close();
    await store.close();
    expect(() => store.read()).toThrow(WijkwijzerError);
    await expectCode(
      store.update(() => undefined),
      'WW-3004',
    );
    await expectCode(store.flush(), 'WW-3004');
  });

  it('writes updates queued before close, and refuses those made after', async () => {
    const store = await open();
    const queued = store.update((draft) => void (draft.count = 1));
    const closing = store.close();
    await expectCode(
      store.update((draft) => void (draft.count = 2)),
      'WW-3004',
    );
    await queued;
    await closing;
    expect((await open()).read().count).toBe(1);
  });

  it('holds <file>.lock with its pid while open and removes it on close', async () => {
    const store = await open();
    expect((await readFile(`${file}.lock`, 'utf8')).split('\n')[0]).toBe(String(process.pid));
    await store.close();
    expect(await readdir(temp.file('data'))).not.toContain('store.json.lock');
  });

  it('refuses a second open of the same file in this process with WW-3006', async () => {
    const first = await open();
    await expectCode(open(), 'WW-3006');
    await first.close();
    const again = await open();
    expect(again.read()).toEqual(defaults);
  });

  it('sees through a symlinked directory: the same file by another route is still WW-3006', async () => {
    await open();
    await symlink(temp.file('data'), temp.file('alias'));
    await expectCode(
      JsonDocumentStore.open({
        file: temp.file('alias/store.json'),
        defaults,
        logger: silentLogger(),
      }),
      'WW-3006',
    );
  });

  it('refuses a file that another live process has open with WW-3005 and its pid', async () => {
    const holder = spawnStoreChild('hold', file);
    children.push(holder);
    await holder.ready;

    const error = await expectCode(open(), 'WW-3005');
    expect(error.detail).toMatchObject({ file, pid: holder.pid });

    await holder.kill('SIGKILL');
    const store = await open();
    expect(store.read()).toEqual(defaults);
  });

  it('takes over a lock left by a dead process and logs it', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await once(dead, 'exit');
    await mkdir(temp.file('data'));
    await writeFile(`${file}.lock`, `${dead.pid}\n`);

    const logs = captureLogger();
    const store = await open({ logger: logs });
    expect(store.read()).toEqual(defaults);
    expect(withMessage(logs, 'taking it over')).toHaveLength(1);
    expect(withMessage(logs, 'taking it over')[0]).toMatchObject({ stalePid: dead.pid });
    expect((await readFile(`${file}.lock`, 'utf8')).split('\n')[0]).toBe(String(process.pid));
  });

  it.skipIf(process.platform !== 'linux')(
    'takes over a lock from an earlier boot even when that pid is in use now',
    async () => {
      await mkdir(temp.file('data'));
      // The parent of this test process is alive, but the lock says it was written in another boot.
      await writeFile(`${file}.lock`, `${process.ppid}\nnot-this-boot\n`);
      const logs = captureLogger();
      await open({ logger: logs });
      expect(withMessage(logs, 'taking it over')).toHaveLength(1);
    },
  );

  it('takes over a lock carrying its own pid that it does not hold (container restart as pid 1)', async () => {
    await mkdir(temp.file('data'));
    await writeFile(`${file}.lock`, `${process.pid}\n`);
    const store = await open();
    expect(store.read()).toEqual(defaults);
  });
});

function withMessage(
  capture: ReturnType<typeof captureLogger>,
  text: string,
): Record<string, unknown>[] {
  return capture
    .lines()
    .filter((line) => typeof line['msg'] === 'string' && line['msg'].includes(text));
}
