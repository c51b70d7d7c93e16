import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import type { ActivityGroup, ChannelActivity, StoredActivity } from './activity.js';

/** Someone who wants each new activity of a conversation as it arrives (an open WebSocket). */
export interface ConversationListener {
  /** `sequence` is the activity's watermark, null for one that is not kept (typing). */
  push(group: ActivityGroup, sequence: number | null): void;
  /** The conversation left memory (idle, capacity) or the channel is closing. */
  end(reason: EvictionReason): void;
}

/** Why a conversation went: idle, room for another, shutdown, or the resident ended it. */
export type EvictionReason = 'idle' | 'capacity' | 'closed' | 'ended';

export interface ConversationStoreOptions {
  readonly clock: Clock;
  /** A conversation nobody touched for this long is dropped (config.webchat.conversationIdleMinutes). */
  readonly idleMinutes: number;
  /** Older activities are dropped beyond this; a reload then shows the newest ones only. */
  readonly maxActivitiesPerConversation?: number;
  /** Beyond this the least recently used conversation is dropped to make room. */
  readonly maxConversations?: number;
  /** Most activities one poll or one stream message carries; the client pages on with the watermark. */
  readonly pageSize?: number;
  readonly onEvict?: (conversationId: string, reason: EvictionReason) => void;
}

export const DEFAULT_MAX_ACTIVITIES_PER_CONVERSATION = 200;
export const DEFAULT_MAX_CONVERSATIONS = 2000;
export const DEFAULT_PAGE_SIZE = 100;

interface Entry {
  readonly seq: number;
  readonly activity: StoredActivity;
}

interface ConversationRecord {
  readonly id: string;
  readonly userId: string;
  /** The last sequence number handed out; the watermark of the newest entry. */
  seq: number;
  readonly entries: Entry[];
  lastActiveMs: number;
  readonly listeners: Set<ConversationListener>;
}

export interface ConversationInfo {
  readonly conversationId: string;
  readonly userId: string;
  /** True when this call made the conversation (new, or re-created after a restart or eviction). */
  readonly created: boolean;
}

/**
 * Parses a Direct Line watermark: absent or empty means "from the start". Ours are sequence numbers;
 * anything else did not come from us.
 */
export function parseWatermark(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  // Above 2^53 a number no longer names one sequence number (docs/adr/0015-security-posture.md).
  if (typeof value === 'string' && /^\d{1,16}$/.test(value) && Number.isSafeInteger(Number(value)))
    return Number(value);
  throw new WijkwijzerError('WW-2004', { detail: { field: 'watermark' } });
}

/**
 * What replaces a deleted activity in the transcript: `messageDelete` with the same id, so Web
 * Chat removes the message it shows (it does not render that type).
 */
export function tombstoneOf(previous: StoredActivity): StoredActivity {
  return {
    type: 'messageDelete',
    id: previous.id,
    timestamp: previous.timestamp,
    ...(previous.channelId === undefined ? {} : { channelId: previous.channelId }),
    ...(previous.conversation === undefined ? {} : { conversation: previous.conversation }),
    ...(previous.from === undefined ? {} : { from: previous.from }),
    ...(previous.recipient === undefined ? {} : { recipient: previous.recipient }),
  };
}

function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/**
 * The transcripts of open web chat conversations, in memory only: they are personal data, so they live
 * no longer than the conversation is in use, and their number and length are capped.
 *
 * Every stored activity has a sequence number; the watermark a client holds is the number of the last
 * activity it received. An updated or deleted activity keeps its id but moves to a new number, so a
 * client that reads on from its watermark gets the change exactly once.
 */
export class ConversationStore {
  private readonly clock: Clock;
  private readonly idleMs: number;
  private readonly maxActivities: number;
  private readonly maxConversations: number;
  private readonly pageSize: number;
  private readonly onEvict: ((conversationId: string, reason: EvictionReason) => void) | undefined;
  /** Insertion order is use order: `touch` moves a conversation to the end, so the first is the idlest. */
  private readonly conversations = new Map<string, ConversationRecord>();
  private ephemeralCounter = 0;

  constructor(options: ConversationStoreOptions) {
    this.clock = options.clock;
    this.idleMs = options.idleMinutes * 60_000;
    this.maxActivities =
      options.maxActivitiesPerConversation ?? DEFAULT_MAX_ACTIVITIES_PER_CONVERSATION;
    this.maxConversations = options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS;
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.onEvict = options.onEvict;
  }

  get size(): number {
    return this.conversations.size;
  }

  get activityCount(): number {
    let count = 0;
    for (const record of this.conversations.values()) count += record.entries.length;
    return count;
  }

  get listenerCount(): number {
    let count = 0;
    for (const record of this.conversations.values()) count += record.listeners.size;
    return count;
  }

  has(conversationId: string): boolean {
    return this.conversations.has(conversationId);
  }

  userOf(conversationId: string): string | undefined {
    return this.conversations.get(conversationId)?.userId;
  }

  /** The user's conversations this process still holds, most recently active first. */
  conversationsOf(userId: string): string[] {
    return [...this.conversations.values()]
      .filter((record) => record.userId === userId)
      .sort((a, b) => b.lastActiveMs - a.lastActiveMs)
      .map((record) => record.id);
  }

  /** Starts a new, empty conversation. */
  create(conversationId: string, userId: string): ConversationInfo {
    if (this.conversations.has(conversationId)) {
      throw new WijkwijzerError('WW-2004', { detail: { reason: 'conversation exists' } });
    }
    this.insert(conversationId, userId, 0);
    return { conversationId, userId, created: true };
  }

  /**
   * Returns the conversation, re-creating it empty when a valid token names one this process does not
   * know (after a restart or an eviction). The re-created conversation numbers on above anything the
   * client can have seen: above its watermark when it sends one, and above the current time in
   * milliseconds, which exceeds every number an earlier process handed out for it.
   */
  ensure(conversationId: string, userId: string, clientWatermark?: number): ConversationInfo {
    const existing = this.conversations.get(conversationId);
    if (existing !== undefined) {
      if (existing.userId !== userId) throw new WijkwijzerError('WW-2103');
      this.touch(existing);
      return { conversationId, userId, created: false };
    }
    const base = Math.max(clientWatermark ?? 0, this.clock.now().getTime());
    this.insert(conversationId, userId, base);
    return { conversationId, userId, created: true };
  }

  /** Stores an activity at the end of the conversation and pushes it to the listeners. */
  append(conversationId: string, activity: ChannelActivity): StoredActivity {
    const record = this.require(conversationId);
    record.seq += 1;
    const stored: StoredActivity = {
      ...activity,
      id: activityId(conversationId, record.seq),
      timestamp: this.clock.now().toISOString(),
    };
    this.add(record, { seq: record.seq, activity: stored });
    return stored;
  }

  /**
   * Pushes an activity to the open streams without keeping it (typing indicators): replaying a
   * typing indicator after a reload would only confuse. Pollers do not see these.
   */
  publishEphemeral(conversationId: string, activity: ChannelActivity): StoredActivity {
    const record = this.require(conversationId);
    this.ephemeralCounter += 1;
    const stored: StoredActivity = {
      ...activity,
      id: `${conversationId}|e${this.ephemeralCounter}`,
      timestamp: this.clock.now().toISOString(),
    };
    this.touch(record);
    this.notify(record, { activities: [stored], watermark: String(record.seq) }, null);
    return stored;
  }

  /** Replaces an activity's content; it keeps its id and timestamp (its place in the transcript). */
  update(conversationId: string, id: string, activity: ChannelActivity): StoredActivity {
    const record = this.require(conversationId);
    const previous = this.take(record, id);
    record.seq += 1;
    const stored: StoredActivity = { ...activity, id, timestamp: previous.timestamp };
    this.add(record, { seq: record.seq, activity: stored });
    return stored;
  }

  /**
   * Removes an activity. Clients that already show it get a `messageDelete` activity with the same id:
   * Web Chat replaces the message by id and does not render that type, so the message disappears.
   */
  delete(conversationId: string, id: string): void {
    const record = this.require(conversationId);
    const previous = this.take(record, id);
    record.seq += 1;
    const tombstone = tombstoneOf(previous);
    this.add(record, { seq: record.seq, activity: tombstone });
  }

  /** The activities after a watermark, one page at most; the returned watermark continues the paging. */
  list(conversationId: string, afterWatermark?: number): ActivityGroup {
    const record = this.require(conversationId);
    this.touch(record);
    const after = afterWatermark ?? -1;
    const page = record.entries.filter((entry) => entry.seq > after).slice(0, this.pageSize);
    const last = page.at(-1);
    const watermark = last?.seq ?? afterWatermark ?? record.seq;
    return { activities: page.map((entry) => entry.activity), watermark: String(watermark) };
  }

  /** Registers a listener; returns the function that removes it. */
  subscribe(conversationId: string, listener: ConversationListener): () => void {
    const record = this.require(conversationId);
    this.touch(record);
    record.listeners.add(listener);
    return () => {
      record.listeners.delete(listener);
    };
  }

  /** Drops conversations idle for longer than the limit; returns how many. Run it periodically. */
  sweep(): number {
    const cutoff = this.clock.now().getTime() - this.idleMs;
    let evicted = 0;
    for (const record of this.conversations.values()) {
      if (record.lastActiveMs > cutoff) break;
      this.evict(record, 'idle');
      evicted += 1;
    }
    return evicted;
  }

  /** Deletes one conversation with its transcript and ends its listeners ("Gesprek wissen"). */
  end(conversationId: string): void {
    const record = this.conversations.get(conversationId);
    if (record !== undefined) this.evict(record, 'ended');
  }

  /** Forgets every conversation and ends every listener (shutdown). */
  clear(): void {
    for (const record of [...this.conversations.values()]) this.evict(record, 'closed');
  }

  private insert(conversationId: string, userId: string, seq: number): void {
    while (this.conversations.size >= this.maxConversations) {
      const oldest = this.conversations.values().next().value;
      if (oldest === undefined) break;
      this.evict(oldest, 'capacity');
    }
    this.conversations.set(conversationId, {
      id: conversationId,
      userId,
      seq,
      entries: [],
      lastActiveMs: this.clock.now().getTime(),
      listeners: new Set(),
    });
  }

  private require(conversationId: string): ConversationRecord {
    const record = this.conversations.get(conversationId);
    if (record === undefined) throw new WijkwijzerError('WW-2104');
    return record;
  }

  private take(record: ConversationRecord, id: string): StoredActivity {
    const index = record.entries.findIndex(
      (entry) => entry.activity.id === id && entry.activity.type !== 'messageDelete',
    );
    const entry = record.entries[index];
    if (entry === undefined) throw new WijkwijzerError('WW-2106');
    record.entries.splice(index, 1);
    return entry.activity;
  }

  private add(record: ConversationRecord, entry: Entry): void {
    record.entries.push(entry);
    if (record.entries.length > this.maxActivities) {
      record.entries.splice(0, record.entries.length - this.maxActivities);
    }
    this.touch(record);
    this.notify(record, { activities: [entry.activity], watermark: String(entry.seq) }, entry.seq);
  }

  private notify(record: ConversationRecord, group: ActivityGroup, sequence: number | null): void {
    for (const listener of record.listeners) {
      try {
        listener.push(group, sequence);
      } catch {
        // A listener that throws (a broken socket) must not stop the others or the writer.
        record.listeners.delete(listener);
      }
    }
  }

  private touch(record: ConversationRecord): void {
    record.lastActiveMs = this.clock.now().getTime();
    this.conversations.delete(record.id);
    this.conversations.set(record.id, record);
  }

  private evict(record: ConversationRecord, reason: EvictionReason): void {
    this.conversations.delete(record.id);
    for (const listener of record.listeners) {
      try {
        listener.end(reason);
      } catch {
        // Ending is best effort; the record is gone either way.
      }
    }
    record.listeners.clear();
    this.onEvict?.(record.id, reason);
  }
}
