/**
 * How long bot state is kept, per item (docs/privacy.md, docs/adr/0019-storage-that-grows.md):
 *
 * - `resident`: what the bot remembers of a resident who can come back (the user state of a
 *   browser with a resident key, or of anyone who made a handover): STATE_RETENTION_DAYS, so the
 *   wijkwijzer rule recognises a return within 30 days.
 * - `anonymous`: everything else: a chat's own conversation state (what the next turn of that chat
 *   needs; anything a later chat needs is in the resident's memory or in the case) and the user
 *   state of a resident without a resident key, whom nobody can recognise again:
 *   ANONYMOUS_STATE_RETENTION_HOURS.
 *
 * The class is decided at every write and never goes down from `resident` to `anonymous`.
 */
export type StateRetentionClass = 'resident' | 'anonymous';

export interface StateRetention {
  readonly residentMs: number;
  readonly anonymousMs: number;
}

/** Anonymous web chat users get ids of this shape (src/webchat/tokenRoute.ts). */
export const ANONYMOUS_USER_PREFIX = 'dl_anon-';

export function isAnonymousUserId(userId: string): boolean {
  return userId.startsWith(ANONYMOUS_USER_PREFIX);
}

/** True when the resident memory in a user state item records a handover (sent or pending). */
function recordsHandover(value: Readonly<Record<string, unknown>>): boolean {
  const memory = value['resident'];
  if (typeof memory !== 'object' || memory === null) return false;
  // `in` narrows without a cast: a field that is absent reads as undefined, as before.
  const pending = 'pendingHandover' in memory ? memory.pendingHandover : undefined;
  if (pending !== undefined && pending !== null) return true;
  const visits = 'visits' in memory ? memory.visits : undefined;
  return (
    Array.isArray(visits) &&
    visits.some(
      (visit: unknown) =>
        typeof visit === 'object' &&
        visit !== null &&
        'handedOver' in visit &&
        visit.handedOver === true,
    )
  );
}

/**
 * The class of a botbuilder state item by its key (`<channel>/conversations/<id>`,
 * `<channel>/users/<id>`) and value. Keys of other shapes are kept as long as residents' state.
 */
export function stateRetentionClass(
  key: string,
  value: Readonly<Record<string, unknown>>,
): StateRetentionClass {
  const conversation = /^[^/]+\/conversations\//.test(key);
  if (conversation) return 'anonymous';
  const user = /^[^/]+\/users\/(.+)$/.exec(key);
  if (user?.[1] !== undefined && isAnonymousUserId(user[1]) && !recordsHandover(value)) {
    return 'anonymous';
  }
  return 'resident';
}

/** The stored class wins when it is `resident`: a handover once made keeps the memory. */
export function mergeRetentionClass(
  stored: StateRetentionClass | undefined,
  next: StateRetentionClass,
): StateRetentionClass {
  return stored === 'resident' ? 'resident' : next;
}

/** The moment before which an item of this class counts as expired. */
export function expiryCutoff(
  now: Date,
  retention: StateRetention,
  kind: StateRetentionClass,
): Date {
  return new Date(
    now.getTime() - (kind === 'resident' ? retention.residentMs : retention.anonymousMs),
  );
}
