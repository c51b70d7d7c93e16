import type { Storage, StoreItems } from 'botbuilder';
import { z } from 'zod';
import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Logger } from '../shared/logger.js';
import { JsonDocumentStore } from '../storage/jsonDocumentStore.js';

/** The state file: one entry per botbuilder storage key (conversation, user, dialog state). */
export const stateDocumentSchema = z.object({
  version: z.literal(1),
  items: z.record(
    z.string(),
    z.object({
      eTag: z.string().min(1),
      /** Last successful write; the retention job purges by it. */
      updatedAt: z.iso.datetime(),
      value: z.record(z.string(), z.unknown()),
    }),
  ),
});

export type StateDocument = z.infer<typeof stateDocumentSchema>;

export function emptyStateDocument(): StateDocument {
  return { version: 1, items: {} };
}

export interface FileStateStorageOpenOptions {
  readonly file: string;
  readonly logger: Logger;
  readonly clock: Clock;
}

/**
 * botbuilder `Storage` on a durable single-writer JSON file, with MemoryStorage's eTag rules:
 * a change without an eTag (or with '*') overwrites; a change whose eTag differs from the stored
 * one is refused with WW-3001 and nothing of that `write` call is applied; every stored write gets
 * a fresh eTag. BotState always saves with '*', so turns never conflict; dialogs or jobs that
 * read-modify-write pass the eTag they read.
 *
 * Reads return deep copies and see only writes that are already on disk. The storage owns its
 * store: `close()` closes it.
 */
export class FileStateStorage implements Storage {
  private readonly store: JsonDocumentStore<StateDocument>;
  private readonly clock: Clock;

  constructor(store: JsonDocumentStore<StateDocument>, clock: Clock) {
    this.store = store;
    this.clock = clock;
  }

  static async open(options: FileStateStorageOpenOptions): Promise<FileStateStorage> {
    const store = await JsonDocumentStore.open<StateDocument>({
      file: options.file,
      defaults: emptyStateDocument(),
      schema: stateDocumentSchema,
      // prepareChange checks every value before it reaches the draft; no whole-file walk per turn.
      validateWrites: false,
      logger: options.logger,
    });
    return new FileStateStorage(store, options.clock);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const { items } = this.store.read();
    const found: StoreItems = {};
    for (const key of keys) {
      // hasOwn: a key such as "constructor" must not find Object.prototype's member.
      const stored = Object.hasOwn(items, key) ? items[key] : undefined;
      if (stored === undefined) continue;
      // A JSON round trip: stored values are plain JSON (written that way), and it is several
      // times faster than structuredClone on every read of every turn.
      found[key] = { ...(JSON.parse(JSON.stringify(stored.value)) as object), eTag: stored.eTag };
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    const prepared = Object.entries(changes).map(([key, item]) => prepareChange(key, item));
    if (prepared.length === 0) return;
    const updatedAt = this.clock.now().toISOString();
    await this.store.update((draft) => {
      // Check every change before applying any: a refused write leaves all its keys as they were.
      for (const change of prepared) {
        const stored = Object.hasOwn(draft.items, change.key) ? draft.items[change.key] : undefined;
        if (stored !== undefined && !overwrites(change.eTag) && change.eTag !== stored.eTag) {
          throw new WijkwijzerError('WW-3001', { detail: { key: change.key } });
        }
      }
      for (const change of prepared) {
        draft.items[change.key] = { eTag: newId(), updatedAt, value: change.value };
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.store.update((draft) => {
      for (const key of keys) {
        if (Object.hasOwn(draft.items, key)) Reflect.deleteProperty(draft.items, key);
      }
    });
  }

  /**
   * Removes every item last written before `cutoff` (abandoned conversations) and returns how many
   * went. Reads do not count as activity: state a turn did not change was not touched either.
   */
  async deleteIdleBefore(cutoff: Date): Promise<number> {
    const limit = cutoff.getTime();
    return this.store.update((draft) => {
      let removed = 0;
      for (const [key, stored] of Object.entries(draft.items)) {
        if (Date.parse(stored.updatedAt) < limit) {
          Reflect.deleteProperty(draft.items, key);
          removed += 1;
        }
      }
      return removed;
    });
  }

  /** Resolves when every write so far is durable. */
  flush(): Promise<void> {
    return this.store.flush();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

interface PreparedChange {
  readonly key: string;
  readonly eTag: unknown;
  readonly value: Record<string, unknown>;
}

/** No eTag, an empty one or '*' means "last writer wins", as in botbuilder's MemoryStorage. */
function overwrites(eTag: unknown): boolean {
  return eTag === undefined || eTag === null || eTag === '' || eTag === '*';
}

/** Copies the item now, so later changes by the caller cannot leak into the queued write. */
function prepareChange(key: string, item: unknown): PreparedChange {
  if (key === '__proto__') {
    throw new WijkwijzerError('WW-3003', { detail: { reason: 'invalid-key' } });
  }
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new WijkwijzerError('WW-3003', { detail: { reason: 'not-an-object', key } });
  }
  const { eTag, ...rest } = item as Record<string, unknown>;
  let value: Record<string, unknown>;
  try {
    // The same JSON round trip MemoryStorage uses: what cannot be stored fails here, not later.
    value = JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
  } catch (error) {
    throw new WijkwijzerError('WW-3003', {
      cause: error,
      detail: { reason: 'not-serializable', key },
    });
  }
  return { key, eTag, value };
}
