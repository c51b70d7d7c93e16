import type { ActivityGroup, ChannelActivity, StoredActivity } from './activity.js';
import type { ConversationInfo, ConversationStore, EvictionReason } from './conversationStore.js';

/**
 * Someone who wants each new activity of a conversation as it arrives (an open WebSocket).
 * `sequence` is the activity's watermark, or null for one that is not kept (typing): a stream
 * uses it to skip what its backlog already sent.
 */
export interface LogListener {
  push(group: ActivityGroup, sequence: number | null): void;
  /** The conversation ended (idle, capacity) or the channel is closing. */
  end(reason: EvictionReason): void;
}

/**
 * The conversations of the self-hosted Direct Line channel, as the channel uses them: in memory
 * for one process (`MemoryConversationLog` over `ConversationStore`), or in PostgreSQL when several
 * processes serve one channel (`PostgresConversationLog`): then a reply written on one process
 * reaches the resident's WebSocket on another (LISTEN/NOTIFY). See docs/adr/0019.
 */
export interface ConversationLog {
  create(conversationId: string, userId: string): Promise<ConversationInfo>;
  ensure(
    conversationId: string,
    userId: string,
    clientWatermark?: number,
  ): Promise<ConversationInfo>;
  has(conversationId: string): Promise<boolean>;
  userOf(conversationId: string): Promise<string | undefined>;
  /** The user's conversations, most recently active first. */
  conversationsOf(userId: string): Promise<string[]>;
  append(conversationId: string, activity: ChannelActivity): Promise<StoredActivity>;
  publishEphemeral(conversationId: string, activity: ChannelActivity): Promise<StoredActivity>;
  update(conversationId: string, id: string, activity: ChannelActivity): Promise<StoredActivity>;
  delete(conversationId: string, id: string): Promise<void>;
  list(conversationId: string, afterWatermark?: number): Promise<ActivityGroup>;
  /**
   * Registers a listener. Resolves once every activity stored after that moment will be pushed:
   * read the backlog after it resolves, and skip pushes the backlog already covered.
   */
  subscribe(conversationId: string, listener: LogListener): Promise<() => void>;
  /**
   * The resident ended the conversation ("Gesprek wissen op dit apparaat"): its transcript is
   * deleted now, not at the idle sweep, and its streams are closed, on every process.
   */
  endConversation(conversationId: string): Promise<void>;
  /** Drops idle conversations; resolves with how many. Run periodically. */
  sweep(): Promise<number>;
  /** Ends this process's listeners (shutdown); stored conversations stay where they are shared. */
  close(): Promise<void>;
  /**
   * Runs one bot turn of the conversation so that no other process runs one of the same
   * conversation at the same time (within a process the channel's queue already does this).
   */
  withTurn<T>(conversationId: string, work: () => Promise<T>): Promise<T>;
  /** For /readyz: what this process holds. */
  stats(): { conversations: number | null; activities: number | null; listeners: number };
}

/** The one-process log: the in-memory `ConversationStore`, behind promises. */
export class MemoryConversationLog implements ConversationLog {
  constructor(readonly store: ConversationStore) {}

  create(conversationId: string, userId: string): Promise<ConversationInfo> {
    return attempt(() => this.store.create(conversationId, userId));
  }

  ensure(conversationId: string, userId: string, clientWatermark?: number) {
    return attempt(() => this.store.ensure(conversationId, userId, clientWatermark));
  }

  has(conversationId: string): Promise<boolean> {
    return Promise.resolve(this.store.has(conversationId));
  }

  userOf(conversationId: string): Promise<string | undefined> {
    return Promise.resolve(this.store.userOf(conversationId));
  }

  conversationsOf(userId: string): Promise<string[]> {
    return Promise.resolve(this.store.conversationsOf(userId));
  }

  append(conversationId: string, activity: ChannelActivity): Promise<StoredActivity> {
    return attempt(() => this.store.append(conversationId, activity));
  }

  publishEphemeral(conversationId: string, activity: ChannelActivity): Promise<StoredActivity> {
    return attempt(() => this.store.publishEphemeral(conversationId, activity));
  }

  update(conversationId: string, id: string, activity: ChannelActivity) {
    return attempt(() => this.store.update(conversationId, id, activity));
  }

  delete(conversationId: string, id: string): Promise<void> {
    return attempt(() => this.store.delete(conversationId, id));
  }

  list(conversationId: string, afterWatermark?: number): Promise<ActivityGroup> {
    return attempt(() => this.store.list(conversationId, afterWatermark));
  }

  subscribe(conversationId: string, listener: LogListener): Promise<() => void> {
    return attempt(() => this.store.subscribe(conversationId, listener));
  }

  endConversation(conversationId: string): Promise<void> {
    this.store.end(conversationId);
    return Promise.resolve();
  }

  sweep(): Promise<number> {
    return Promise.resolve(this.store.sweep());
  }

  close(): Promise<void> {
    this.store.clear();
    return Promise.resolve();
  }

  /** One process: the channel's own queue serialises turns. */
  withTurn<T>(_conversationId: string, work: () => Promise<T>): Promise<T> {
    return work();
  }

  stats() {
    return {
      conversations: this.store.size,
      activities: this.store.activityCount,
      listeners: this.store.listenerCount,
    };
  }
}

/** A synchronous store call as a promise, its error as a rejection. */
function attempt<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new TypeError(String(error)));
  }
}
