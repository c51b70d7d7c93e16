import { createHash } from 'node:crypto';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import type { StoreItems } from 'botbuilder';
import { z } from 'zod';
import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { inBatches } from '../shared/inBatches.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { DurableJsonFile } from '../storage/durableJsonFile.js';
import { KeyedFileStore } from '../storage/keyedFileStore.js';
import { withoutAbandonedContact } from '../conversation/heldContact.js';
import { checkETag, prepareChange } from './stateItems.js';
import {
  expiryCutoff,
  mergeRetentionClass,
  stateRetentionClass,
  type StateRetention,
} from './stateRetention.js';
import type { StateStorage } from './stateStorage.js';

/** One stored item: a file per botbuilder storage key (conversation, user, dialog state). */
export const stateItemSchema = z.object({
  key: z.string().min(1),
  eTag: z.string().min(1),
  /** Last successful write; retention purges by it. */
  updatedAt: z.iso.datetime(),
  retention: z.enum(['resident', 'anonymous']).default('resident'),
  value: z.record(z.string(), z.unknown()),
});
export type StateItem = z.infer<typeof stateItemSchema>;

/** The single state file of earlier versions (ADR 0002); imported once, then set aside. */
export const legacyStateDocumentSchema = z.object({
  version: z.literal(1),
  items: z.record(
    z.string(),
    z.object({
      eTag: z.string().min(1),
      updatedAt: z.iso.datetime(),
      value: z.record(z.string(), z.unknown()),
    }),
  ),
});

/** `<DATA_DIR>/state`: one file per key. */
export function stateDirectory(dataDir: string): string {
  return path.join(dataDir, 'state');
}

/** Keys hold any characters (channel and user ids): file names are their SHA-256, in 256 folders. */
export function stateFileOf(key: string): string {
  const hash = createHash('sha256').update(key).digest('hex');
  return `${hash.slice(0, 2)}/${hash}.json`;
}

export interface FileStateStorageOpenOptions {
  /** `<DATA_DIR>/state`. */
  readonly dir: string;
  readonly logger: Logger;
  readonly clock: Clock;
  /** `<DATA_DIR>/state.json` of an earlier version: imported at open when present. */
  readonly legacyFile?: string;
}

/**
 * botbuilder `Storage` on the embedded default: a durable JSON file per key
 * (src/storage/keyedFileStore.ts), so a turn's write costs the same with ten or a hundred thousand
 * stored conversations. MemoryStorage's eTag rules: a change without an eTag (or with '*')
 * overwrites; a change whose eTag differs from the stored one is refused with WW-3001; every
 * stored write gets a fresh eTag. BotState always saves with '*', so turns never conflict.
 *
 * A `write` with several keys checks every eTag before it writes any key; each key is then
 * written on its own (a crash in between can leave some keys written, which '*'-writes of
 * BotState never notice).
 */
export class FileStateStorage implements StateStorage {
  private readonly store: KeyedFileStore;
  private readonly clock: Clock;
  private readonly logger: Logger;

  private constructor(store: KeyedFileStore, clock: Clock, logger: Logger) {
    this.store = store;
    this.clock = clock;
    this.logger = logger;
  }

  static async open(options: FileStateStorageOpenOptions): Promise<FileStateStorage> {
    const store = await KeyedFileStore.open({
      dir: options.dir,
      logger: options.logger,
      fileOf: stateFileOf,
    });
    const storage = new FileStateStorage(
      store,
      options.clock,
      moduleLogger(options.logger, 'state'),
    );
    try {
      if (options.legacyFile !== undefined) await storage.importLegacy(options.legacyFile);
    } catch (error) {
      await store.close();
      throw error;
    }
    return storage;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    const items = await Promise.all(keys.map(async (key) => [key, await this.item(key)] as const));
    for (const [key, item] of items) {
      if (item === undefined) continue;
      found[key] = { ...item.value, eTag: item.eTag };
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    const prepared = Object.entries(changes).map(([key, item]) => prepareChange(key, item));
    if (prepared.length === 0) return;
    // Check every change before applying any: a refused write leaves all its keys as they were.
    if (prepared.length > 1) {
      for (const change of prepared) checkETag(change, (await this.item(change.key))?.eTag);
    }
    const updatedAt = this.clock.now().toISOString();
    await Promise.all(
      prepared.map((change) =>
        this.store.update(change.key, (current) => {
          const stored = current === undefined ? undefined : this.parse(change.key, current);
          checkETag(change, stored?.eTag);
          const item: StateItem = {
            key: change.key,
            eTag: newId(),
            updatedAt,
            retention: mergeRetentionClass(
              stored?.retention,
              stateRetentionClass(change.key, change.value),
            ),
            value: change.value,
          };
          return { write: item, result: undefined };
        }),
      ),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.store.delete(key)));
  }

  async deleteExpired(now: Date, retention: StateRetention): Promise<number> {
    const cutoffs = {
      resident: expiryCutoff(now, retention, 'resident').getTime(),
      anonymous: expiryCutoff(now, retention, 'anonymous').getTime(),
    };
    let removed = 0;
    for await (const item of this.storedItems()) {
      if (Date.parse(item.updatedAt) >= cutoffs[item.retention]) continue;
      const deleted = await this.store.update(item.key, (current) => {
        const latest = current === undefined ? undefined : this.parse(item.key, current);
        // Written again meanwhile: not expired any more.
        if (latest === undefined || latest.eTag !== item.eTag) return { keep: true, result: false };
        return { remove: true, result: true };
      });
      if (deleted) removed += 1;
    }
    return removed;
  }

  async eraseAbandonedContacts(cutoff: Date): Promise<number> {
    let erased = 0;
    for await (const item of this.storedItems()) {
      if (withoutAbandonedContact(item.key, item.value, cutoff) === undefined) continue;
      const changed = await this.store.update(item.key, (current) => {
        const latest = current === undefined ? undefined : this.parse(item.key, current);
        // Written again meanwhile: the next sweep looks at the new state.
        if (latest === undefined || latest.eTag !== item.eTag) return { keep: true, result: false };
        const value = withoutAbandonedContact(latest.key, latest.value, cutoff);
        if (value === undefined) return { keep: true, result: false };
        return { write: { ...latest, eTag: newId(), value } satisfies StateItem, result: true };
      });
      if (changed) erased += 1;
    }
    return erased;
  }

  /**
   * Every stored item, read one file at a time and asynchronously, for the periodic jobs: they must
   * not hold up turns. An unreadable file is skipped (a turn that reads it gets WW-3002).
   */
  private async *storedItems(): AsyncGenerator<StateItem> {
    for (const relative of this.store.files()) {
      const file = path.join(this.store.dir, relative);
      const stored = await new DurableJsonFile<unknown>(file).read().catch(() => null);
      const parsed = stateItemSchema.safeParse(stored);
      if (parsed.success) yield parsed.data;
    }
  }

  /** Removes every item last written before `cutoff`, whatever its class (CLI, tests). */
  deleteIdleBefore(cutoff: Date): Promise<number> {
    const ms = Math.max(0, this.clock.now().getTime() - cutoff.getTime());
    return this.deleteExpired(this.clock.now(), { residentMs: ms, anonymousMs: ms });
  }

  /** Every stored item (for `wijkwijzer storage migrate`). */
  *items(): Generator<StateItem> {
    for (const { file, value } of this.store.scan()) {
      const parsed = stateItemSchema.safeParse(value);
      if (!parsed.success) {
        throw new WijkwijzerError('WW-3002', { detail: { file, reason: 'schema' } });
      }
      yield parsed.data;
    }
  }

  /** Writes are durable when they resolve; kept for callers of the earlier single-file store. */
  flush(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private async item(key: string): Promise<StateItem | undefined> {
    const stored = await this.store.read(key);
    return stored === undefined ? undefined : this.parse(key, stored);
  }

  private parse(key: string, stored: unknown): StateItem {
    const parsed = stateItemSchema.safeParse(stored);
    if (!parsed.success || parsed.data.key !== key) {
      throw new WijkwijzerError('WW-3002', {
        detail: { file: this.store.fileFor(key), reason: 'schema' },
      });
    }
    return parsed.data;
  }

  /**
   * Moves the single state file of earlier versions into the per-key layout, then renames it to
   * `<file>.imported`. A crash during the import leaves the file in place, and the next start
   * imports it again (the same values, so nothing is lost or doubled).
   */
  private async importLegacy(file: string): Promise<void> {
    const legacy = await new DurableJsonFile<unknown>(file).read();
    if (legacy === null) return;
    const parsed = legacyStateDocumentSchema.safeParse(legacy);
    if (!parsed.success) {
      throw new WijkwijzerError('WW-3002', { detail: { file, reason: 'schema' } });
    }
    const started = performance.now();
    const entries = Object.entries(parsed.data.items);
    await inBatches(entries, 32, ([key, stored]) =>
      this.store.write(key, {
        key,
        eTag: stored.eTag,
        updatedAt: stored.updatedAt,
        retention: stateRetentionClass(key, stored.value),
        value: stored.value,
      } satisfies StateItem),
    );
    await rename(file, `${file}.imported`);
    this.logger.info(
      { items: entries.length, ms: Math.round(performance.now() - started) },
      'state file of an earlier version imported into the per-key layout',
    );
  }
}
