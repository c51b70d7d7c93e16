import type { Storage } from 'botbuilder';
import type { ReadinessCheck } from '../shared/readiness.js';
import type { StateRetention } from './stateRetention.js';

/**
 * Bot state storage as the composition root uses it: botbuilder's `Storage` contract with
 * MemoryStorage's eTag rules, plus retention and shutdown. Implementations: `FileStateStorage`
 * (embedded default, a file per key) and `PostgresStateStorage` (DATABASE_URL). One contract
 * suite (test/bot/stateStorage.contract.test.ts) runs against both.
 */
export interface StateStorage extends Storage {
  /**
   * Deletes every item that was not written for longer than its retention class allows
   * (src/bot/stateRetention.ts); resolves with how many went. Reads do not count as use.
   */
  deleteExpired(now: Date, retention: StateRetention): Promise<number>;
  /**
   * Erases contact details held in a conversation's state since before `cutoff` (an abandoned
   * handover; src/conversation/heldContact.ts) and keeps everything else, the item's last-write
   * time included, so the sweep never extends how long the state is kept. Resolves with how many
   * conversations it changed.
   */
  eraseAbandonedContacts(cutoff: Date): Promise<number>;
  close(): Promise<void>;
}

export type StateStorageReadiness = ReadinessCheck;
