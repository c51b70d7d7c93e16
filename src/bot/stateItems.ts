import { WijkwijzerError } from '../shared/errors.js';

/**
 * What both state storages (files, PostgreSQL) do with a botbuilder `StoreItems` change before
 * storing it, so they cannot differ: MemoryStorage's eTag rules and its JSON round trip.
 */
export interface PreparedChange {
  readonly key: string;
  readonly eTag: unknown;
  readonly value: Record<string, unknown>;
}

/** No eTag, an empty one or '*' means "last writer wins", as in botbuilder's MemoryStorage. */
export function overwrites(eTag: unknown): boolean {
  return eTag === undefined || eTag === null || eTag === '' || eTag === '*';
}

/** Copies the item now, so later changes by the caller cannot leak into the queued write. */
export function prepareChange(key: string, item: unknown): PreparedChange {
  if (key === '__proto__' || key.length === 0 || key.length > 1000) {
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

/** Refuses a change whose eTag is neither "overwrite" nor the stored one (WW-3001). */
export function checkETag(change: PreparedChange, storedETag: string | undefined): void {
  if (storedETag !== undefined && !overwrites(change.eTag) && change.eTag !== storedETag) {
    throw new WijkwijzerError('WW-3001', { detail: { key: change.key } });
  }
}
