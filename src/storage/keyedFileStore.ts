import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { KeyedSerialQueue } from '../shared/keyedSerialQueue.js';
import { WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { DurableJsonFile, errnoCode, serializeDocument, syncDirectory } from './durableJsonFile.js';
import { acquireFileLock, type FileLock } from './fileLock.js';

/**
 * A directory of JSON documents, one file per key: the embedded default's storage once the data
 * grows with the city (docs/adr/0019-storage-that-grows.md). A write touches one small file, so
 * its cost does not depend on how many other documents are stored; every file keeps the
 * guarantees of ADR 0002: temp file → fsync → rename → fsync of the directory (DurableJsonFile),
 * one writer per directory (a lock file), and a corrupt file is a WW-3002 naming it, never
 * overwritten.
 *
 * Changes to one key run one after another (`update` reads, decides and writes under the key's
 * turn); different keys are written in parallel. Nothing is cached: the operating system's page
 * cache keeps hot files in memory, and the process's memory stays flat as the data grows.
 */
export interface KeyedFileStoreOptions {
  readonly dir: string;
  readonly logger: Logger;
  /** Where a key lives, relative to `dir`, such as `ab/ab12….json` or `2026/WW-2026-000001.json`. */
  readonly fileOf: (key: string) => string;
  /** How long after open the sweep of earlier runs' temp files starts (default 10 s). */
  readonly tempSweepDelayMs?: number;
}

/** What `update` decides for a key: write this value, delete the key, or leave it as it is. */
export type KeyedChange<R> =
  | { readonly write: unknown; readonly result: R }
  | { readonly remove: true; readonly result: R }
  | { readonly keep: true; readonly result: R };

/** `.<name>.<pid>.<random>.tmp` (DurableJsonFile): the pid of the process that wrote it. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/;
/**
 * A temp file of this process's pid younger than this before open may be a write of this run (a
 * container restarts with the same pid; a file system may round times down), so the sweep keeps it.
 */
const OWN_TEMP_MARGIN_MS = 5_000;
/** Out of the start-up window: reading every shard's names costs CPU the start needs. */
const TEMP_SWEEP_DELAY_MS = 10_000;

export class KeyedFileStore {
  readonly dir: string;
  private readonly fileOf: (key: string) => string;
  private readonly logger: Logger;
  private readonly lock: FileLock;
  private readonly queue = new KeyedSerialQueue();
  /** Subdirectories known to exist (and whose entry in `dir` is durable). */
  private readonly directories = new Set<string>();
  private closed = false;
  /**
   * Removal of the temp files that interrupted writes of an earlier run left behind, running in
   * the background after open; resolves with how many it removed.
   */
  readonly tempSweep: Promise<number>;
  /** Starts the sweep now (at close, if it has not run yet). */
  private startSweep: () => void = () => undefined;

  private constructor(options: KeyedFileStoreOptions, dir: string, lock: FileLock, logger: Logger) {
    this.dir = dir;
    this.fileOf = options.fileOf;
    this.lock = lock;
    this.logger = logger;
    const openedAt = Date.now();
    this.tempSweep = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.tempSweepDelayMs ?? TEMP_SWEEP_DELAY_MS);
      timer.unref();
      this.startSweep = () => {
        clearTimeout(timer);
        resolve();
      };
    })
      .then(() => this.removeLeftoverTempFiles(openedAt))
      .then(
        (removed) => {
          if (removed > 0)
            logger.info({ leftovers: removed }, 'removed temp files of interrupted writes');
          return removed;
        },
        (error: unknown) => {
          logger.warn(
            { code: errnoCode(error) },
            'could not remove temp files of interrupted writes',
          );
          return 0;
        },
      );
  }

  /**
   * Takes the directory's lock (WW-3005 when another process has it) and clears crash leftovers
   * in the background, `tempSweepDelayMs` later or at close if that comes first: readers skip temp
   * files, and at 100,000 stored the directory walk took a third of a second of start-up
   * (docs/adr/0019, third amendment).
   */
  static async open(options: KeyedFileStoreOptions): Promise<KeyedFileStore> {
    let dir: string;
    try {
      await fs.mkdir(options.dir, { recursive: true, mode: 0o700 });
      dir = await fs.realpath(options.dir);
    } catch (error) {
      throw new WijkwijzerError('WW-3003', {
        cause: error,
        detail: { file: options.dir, reason: 'mkdir', code: errnoCode(error) },
      });
    }
    const logger = moduleLogger(options.logger, 'storage').child({ dir });
    const lock = await acquireFileLock(path.join(dir, 'store'), logger);
    return new KeyedFileStore(options, dir, lock, logger);
  }

  /** The absolute file of a key. */
  fileFor(key: string): string {
    return path.join(this.dir, this.fileOf(key));
  }

  /** The parsed document, or undefined when the key has none. WW-3002 for an unreadable file. */
  async read(key: string): Promise<unknown> {
    this.assertOpen();
    const value = await new DurableJsonFile<unknown>(this.fileFor(key)).read();
    return value ?? undefined;
  }

  /** Durably stores `value` under `key` (last writer wins; use `update` to decide on the current value). */
  write(key: string, value: unknown): Promise<void> {
    return this.update(key, () => ({ write: value, result: undefined }));
  }

  /** Removes the key's file; resolves true when there was one. */
  delete(key: string): Promise<boolean> {
    return this.update(key, (current) => ({ remove: true, result: current !== undefined }));
  }

  /**
   * Reads the key's document and applies `decide` to it, in the key's turn: no other change to the
   * same key runs in between, so a version or eTag check inside `decide` holds when the write
   * lands. `decide` may throw to refuse; nothing is written then.
   */
  update<R>(key: string, decide: (current: unknown) => KeyedChange<R>): Promise<R> {
    if (this.closed) return Promise.reject(new WijkwijzerError('WW-3004'));
    return this.queue.run(key, async () => {
      this.assertOpen();
      const file = this.fileFor(key);
      const current = (await new DurableJsonFile<unknown>(file).read()) ?? undefined;
      const change = decide(current);
      if ('write' in change) {
        await this.ensureDirectory(path.dirname(file));
        await new DurableJsonFile<unknown>(file).writeText(serializeDocument(change.write));
      } else if ('remove' in change && current !== undefined) {
        await removeDurably(file);
      }
      return change.result;
    });
  }

  /**
   * Every stored document with its file, read synchronously: for start-up indexes, imports and
   * housekeeping. `filter` may skip a file by its relative name before it is read.
   */
  *scan(filter?: (relative: string) => boolean): Generator<{ file: string; value: unknown }> {
    for (const relative of listFiles(this.dir)) {
      if (filter !== undefined && !filter(relative)) continue;
      const file = path.join(this.dir, relative);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') continue; // removed meanwhile
        throw new WijkwijzerError('WW-3002', {
          cause: error,
          detail: { file, reason: 'read-failed', code: errnoCode(error) },
        });
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new WijkwijzerError('WW-3002', { detail: { file, reason: 'invalid-json' } });
      }
      yield { file, value };
    }
  }

  /** Relative names of every stored file (no reads). */
  files(): string[] {
    return listFiles(this.dir);
  }

  /** Resolves when every change queued so far has landed (or failed). */
  async drain(): Promise<void> {
    await this.queue.drain(30_000);
  }

  /** Waits for queued changes, then releases the directory for another process. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.drain(30_000);
    // A store closed before its sweep sweeps now; before the lock goes, so the next owner's temp
    // files never meet it.
    this.startSweep();
    await this.tempSweep;
    await this.lock.release();
    this.logger.info('storage closed');
  }

  private assertOpen(): void {
    if (this.closed) throw new WijkwijzerError('WW-3004');
  }

  private async ensureDirectory(directory: string): Promise<void> {
    if (directory === this.dir || this.directories.has(directory)) return;
    try {
      await fs.mkdir(directory, { recursive: true, mode: 0o700 });
      // The new directory's entry must be durable too, or a power cut could lose every file in it.
      await syncDirectory(path.dirname(directory));
    } catch (error) {
      throw new WijkwijzerError('WW-3003', {
        cause: error,
        detail: { file: directory, reason: 'mkdir', code: errnoCode(error) },
      });
    }
    this.directories.add(directory);
  }

  /**
   * Temp files of writes that never reached their rename. Only this process writes here (the
   * lock), so every temp file is an earlier run's, except this run's own writes in flight: those
   * carry this pid and a time after `openedAt`.
   */
  private async removeLeftoverTempFiles(openedAt: number): Promise<number> {
    let removed = 0;
    const directories = [this.dir];
    for (const entry of await fs.readdir(this.dir, { withFileTypes: true })) {
      if (entry.isDirectory()) directories.push(path.join(this.dir, entry.name));
    }
    for (const directory of directories) {
      for (const name of await fs.readdir(directory).catch(() => [] as string[])) {
        const pid = TEMP_FILE.exec(name)?.[1];
        if (pid === undefined) continue;
        const file = path.join(directory, name);
        if (Number(pid) === process.pid) {
          const stats = await fs.lstat(file).catch(() => undefined);
          if (stats === undefined || stats.mtimeMs >= openedAt - OWN_TEMP_MARGIN_MS) continue;
        }
        await fs.rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }
}

/** `*.json` files in `dir` and its direct subdirectories, as paths relative to `dir`, sorted. */
function listFiles(dir: string): string[] {
  const names: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) {
      for (const name of readdirSync(path.join(dir, entry.name))) {
        if (name.endsWith('.json') && !name.startsWith('.')) names.push(`${entry.name}/${name}`);
      }
    } else if (entry.name.endsWith('.json') && !entry.name.startsWith('.')) {
      names.push(entry.name);
    }
  }
  return names.sort();
}

async function removeDurably(file: string): Promise<void> {
  try {
    await fs.rm(file, { force: true });
    await syncDirectory(path.dirname(file));
  } catch (error) {
    throw new WijkwijzerError('WW-3003', {
      cause: error,
      detail: { file, stage: 'remove', code: errnoCode(error) },
    });
  }
}
