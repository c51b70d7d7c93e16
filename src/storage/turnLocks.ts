import { KeyedSerialQueue } from '../shared/keyedSerialQueue.js';
import type { Database } from './postgres/database.js';

/**
 * Turns of one conversation one after the other, for the turns that arrive through
 * `/api/messages` (Teams, Azure Direct Line), as the self-hosted web chat channel already does for
 * its own: a second turn then reads the state the first saved, instead of losing its write to an
 * eTag conflict (WW-3001). In one process a queue per conversation; with PostgreSQL also a session
 * advisory lock per conversation, so the same holds when the load balancer sends the two
 * messages to two processes. Measured reason and cost: docs/adr/0019-storage-that-grows.md.
 */
export interface TurnLocks {
  run<T>(conversationId: string, work: () => Promise<T>): Promise<T>;
}

export function localTurnLocks(): TurnLocks {
  const queue = new KeyedSerialQueue();
  return { run: (conversationId, work) => queue.run(conversationId, work) };
}

/**
 * The queue first, then the lock: turns of one conversation in this process wait in memory and
 * hold one lock connection between them, not one each.
 */
export function postgresTurnLocks(database: Database): TurnLocks {
  const queue = new KeyedSerialQueue();
  return {
    run: (conversationId, work) =>
      queue.run(conversationId, () =>
        database.withAdvisoryLock('wijkwijzer-turn', conversationId, work),
      ),
  };
}
