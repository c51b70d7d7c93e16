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
import { holdsContact, withoutAbandonedContact } from '../conversation/heldContact.js';
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
  /**
   * Keys whose stored state may hold contact details (a superset: the sweep checks each file).
   * Writes add to it; the first sweep after open reads every file once to fill it, later sweeps
   * read only these files, so a sweep every 15 minutes costs the held details, not the city's
   * stored conversations (docs/adr/0019, second amendment). Only the sweep removes keys, in the key's
   * turn, so a write that holds details again is never lost from it.
   */
  private readonly heldContactKeys = new Set<string>();
  /**
   * When each key was last written (ms), negative for the anonymous retention class: what the
   * daily retention run needs to find expired items without reading every file (docs/adr/0019,
   * third amendment). Filled by every write and by the one full read after open (the first
   * contact sweep or retention run, whichever comes first); a pre-filter only: each candidate's
   * file is read again, in its key's turn, before it is deleted.
   */
  private readonly lastWrites = new Map<string, number>();
  /**
   * The one full read after open has run: `heldContactKeys` and `lastWrites` know every stored
   * key from then on (both are filled by that read, and kept up to date by every write).
   */
  private fullyRead = false;

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
      prepared.map(async (change) => {
        const written = await this.store.update(change.key, (current) => {
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
          if (holdsContact(change.key, change.value)) this.heldContactKeys.add(change.key);
          return { write: item, result: item };
        });
        this.lastWrites.set(change.key, lastWriteOf(written));
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map(async (key) => {
        await this.store.delete(key);
        this.lastWrites.delete(key);
      }),
    );
  }

  async deleteExpired(now: Date, retention: StateRetention): Promise<number> {
    const cutoffs = {
      resident: expiryCutoff(now, retention, 'resident').getTime(),
      anonymous: expiryCutoff(now, retention, 'anonymous').getTime(),
    };
    const expired = (item: StateItem) => Date.parse(item.updatedAt) < cutoffs[item.retention];
    let candidates: string[];
    if (this.fullyRead) {
      candidates = [];
      for (const [key, written] of this.lastWrites) {
        const anonymous = written < 0;
        if (Math.abs(written) < cutoffs[anonymous ? 'anonymous' : 'resident']) candidates.push(key);
      }
    } else {
      // Written before this process opened the directory: one read of every file.
      candidates = [];
      for await (const item of this.allStoredItems()) {
        if (expired(item)) candidates.push(item.key);
      }
    }
    let removed = 0;
    for (const key of candidates) {
      // The file decides, read again in the key's turn: written again meanwhile means kept.
      const deleted = await this.store.update(key, (current) => {
        const parsed = current === undefined ? undefined : stateItemSchema.safeParse(current);
        if (parsed === undefined) {
          this.lastWrites.delete(key);
          return { keep: true, result: false };
        }
        // Unreadable: a turn that reads it gets WW-3002; retention leaves it, as before.
        if (!parsed.success || parsed.data.key !== key) return { keep: true, result: false };
        if (!expired(parsed.data)) {
          this.lastWrites.set(key, lastWriteOf(parsed.data));
          return { keep: true, result: false };
        }
        this.lastWrites.delete(key);
        return { remove: true, result: true };
      });
      if (deleted) removed += 1;
    }
    return removed;
  }

  async eraseAbandonedContacts(cutoff: Date): Promise<number> {
    if (!this.fullyRead) {
      // Details stored before this process opened the directory: one read of every file.
      for await (const item of this.allStoredItems()) {
        if (holdsContact(item.key, item.value)) this.heldContactKeys.add(item.key);
      }
    }
    let erased = 0;
    for (const key of [...this.heldContactKeys]) {
      const changed = await this.store
        .update(key, (current) => {
          const parsed = current === undefined ? undefined : stateItemSchema.safeParse(current);
          // Gone, unreadable (a turn that reads it gets WW-3002) or without details now.
          if (!parsed?.success || !holdsContact(key, parsed.data.value)) {
            this.heldContactKeys.delete(key);
            return { keep: true, result: false };
          }
          const value = withoutAbandonedContact(key, parsed.data.value, cutoff);
          // Still within the hold: the next sweep looks again.
          if (value === undefined) return { keep: true, result: false };
          this.heldContactKeys.delete(key);
          const item: StateItem = { ...parsed.data, eTag: newId(), value };
          return { write: item, result: true };
        })
        .catch((error: unknown) => {
          // Not erased: the next sweep tries again.
          this.heldContactKeys.add(key);
          throw error;
        });
      if (changed) erased += 1;
    }
    return erased;
  }

  /**
   * Every stored item, read one file at a time and asynchronously, for the periodic jobs: they must
   * not hold up turns. An unreadable file is skipped (a turn that reads it gets WW-3002). The one
   * full read after open: it fills what later runs of both jobs read instead (held contact keys,
   * last writes), each of which writes keep up to date from then on.
   */
  private async *allStoredItems(): AsyncGenerator<StateItem> {
    for (const relative of this.store.files()) {
      const file = path.join(this.store.dir, relative);
      const stored = await new DurableJsonFile<unknown>(file).read().catch(() => null);
      const parsed = stateItemSchema.safeParse(stored);
      if (!parsed.success) continue;
      if (holdsContact(parsed.data.key, parsed.data.value)) {
        this.heldContactKeys.add(parsed.data.key);
      }
      // A write of this run already recorded its own, later time.
      if (!this.lastWrites.has(parsed.data.key)) {
        this.lastWrites.set(parsed.data.key, lastWriteOf(parsed.data));
      }
      yield parsed.data;
    }
    this.fullyRead = true;
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

/** When an item was last written, as `lastWrites` keeps it: negative for the anonymous class. */
function lastWriteOf(item: Pick<StateItem, 'updatedAt' | 'retention'>): number {
  const time = Date.parse(item.updatedAt);
  return item.retention === 'anonymous' ? -time : time;
}
