import { z } from 'zod';
import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import type { Database, Queryable } from '../storage/postgres/database.js';
import type { Notifications } from '../storage/postgres/notifications.js';
import type { ActivityGroup, ChannelActivity, StoredActivity } from './activity.js';
import type { ConversationLog, LogListener } from './conversationLog.js';
import { tombstoneOf, type ConversationInfo, type EvictionReason } from './conversationStore.js';

/**
 * The self-hosted channel's conversations in PostgreSQL, so several processes serve one channel
 * (docs/adr/0019-storage-that-grows.md). Watermarks are the same sequence numbers as in memory,
 * now per conversation row (`dl_conversations.seq`), so a client moving between processes reads
 * on from its watermark. Every stored activity sends a NOTIFY with the conversation and its
 * watermark; each process pumps what is new to the WebSockets it holds for that conversation.
 * Typing indicators are not stored: their NOTIFY carries the activity itself.
 */
export interface PostgresConversationLogOptions {
  readonly database: Database;
  readonly notifications: Notifications;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly idleMinutes: number;
  readonly maxActivitiesPerConversation: number;
  readonly pageSize: number;
}

const CHANNEL = 'wijkwijzer_directline';
/** NOTIFY payloads are capped at 8000 bytes; a typing indicator is far below. */
const MAX_EPHEMERAL_BYTES = 7000;
/** Reads by a poll or stream mark a conversation as in use at most this often. */
const TOUCH_EVERY_MS = 60_000;

const notice = z.union([
  z.object({ c: z.string(), s: z.number() }),
  z.object({ c: z.string(), e: z.record(z.string(), z.unknown()), w: z.string() }),
  z.object({ c: z.string(), x: z.enum(['idle', 'capacity', 'closed', 'ended']) }),
]);

interface Subscription {
  readonly listeners: Set<LogListener>;
  /** The last watermark pushed to this process's listeners. */
  pumped: number;
  pumping: Promise<void> | null;
  again: boolean;
}

function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

export class PostgresConversationLog implements ConversationLog {
  private readonly options: PostgresConversationLogOptions;
  private readonly database: Database;
  private readonly logger: Logger;
  private readonly subscriptions = new Map<string, Subscription>();
  private stopListening: () => void = () => undefined;
  private ephemeralCounter = 0;

  private constructor(options: PostgresConversationLogOptions) {
    this.options = options;
    this.database = options.database;
    this.logger = moduleLogger(options.logger, 'directline-postgres');
  }

  static async open(options: PostgresConversationLogOptions): Promise<PostgresConversationLog> {
    const log = new PostgresConversationLog(options);
    log.stopListening = await options.notifications.listen(CHANNEL, (payload) =>
      log.noticed(payload),
    );
    // Notifications sent while the connection was down are lost: catch every stream up.
    options.notifications.onReconnect(() => {
      for (const conversationId of log.subscriptions.keys()) log.pump(conversationId);
    });
    return log;
  }

  async create(conversationId: string, userId: string): Promise<ConversationInfo> {
    const result = await this.database.query(
      `INSERT INTO dl_conversations (id, user_id, seq, last_active_at) VALUES ($1, $2, 0, $3)
       ON CONFLICT (id) DO NOTHING`,
      [conversationId, userId, this.now()],
    );
    if ((result.rowCount ?? 0) === 0) {
      throw new WijkwijzerError('WW-2004', { detail: { reason: 'conversation exists' } });
    }
    return { conversationId, userId, created: true };
  }

  async ensure(
    conversationId: string,
    userId: string,
    clientWatermark?: number,
  ): Promise<ConversationInfo> {
    const owner = await this.touch(conversationId);
    if (owner !== undefined) {
      if (owner !== userId) throw new WijkwijzerError('WW-2103');
      return { conversationId, userId, created: false };
    }
    // As in memory: a conversation re-created for a valid token numbers on above anything the
    // client can have seen (its watermark, and the time in ms, above every earlier number).
    const base = Math.max(clientWatermark ?? 0, this.options.clock.now().getTime());
    const inserted = await this.database.query(
      `INSERT INTO dl_conversations (id, user_id, seq, last_active_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO NOTHING`,
      [conversationId, userId, base, this.now()],
    );
    if ((inserted.rowCount ?? 0) === 1) return { conversationId, userId, created: true };
    // Another process created it a moment ago.
    return this.ensure(conversationId, userId, clientWatermark);
  }

  async has(conversationId: string): Promise<boolean> {
    return (await this.userOf(conversationId)) !== undefined;
  }

  async userOf(conversationId: string): Promise<string | undefined> {
    const result = await this.database.query<{ user_id: string }>(
      'SELECT user_id FROM dl_conversations WHERE id = $1',
      [conversationId],
    );
    return result.rows[0]?.user_id;
  }

  async conversationsOf(userId: string): Promise<string[]> {
    const result = await this.database.query<{ id: string }>(
      'SELECT id FROM dl_conversations WHERE user_id = $1 ORDER BY last_active_at DESC',
      [userId],
    );
    return result.rows.map((row) => row.id);
  }

  async append(conversationId: string, activity: ChannelActivity): Promise<StoredActivity> {
    return this.database.transaction(async (client) => {
      const seq = await this.nextSeq(client, conversationId);
      const stored: StoredActivity = {
        ...activity,
        id: activityId(conversationId, seq),
        timestamp: this.options.clock.now().toISOString(),
      };
      await this.insert(client, conversationId, seq, stored, false);
      return stored;
    });
  }

  async publishEphemeral(
    conversationId: string,
    activity: ChannelActivity,
  ): Promise<StoredActivity> {
    const seq = await this.currentSeq(conversationId);
    this.ephemeralCounter += 1;
    const stored: StoredActivity = {
      ...activity,
      id: `${conversationId}|e${process.pid}-${this.ephemeralCounter}`,
      timestamp: this.options.clock.now().toISOString(),
    };
    const payload = JSON.stringify({ c: conversationId, e: stored, w: String(seq) });
    if (Buffer.byteLength(payload) <= MAX_EPHEMERAL_BYTES) {
      await this.options.notifications.notify(CHANNEL, payload);
    }
    return stored;
  }

  async update(
    conversationId: string,
    id: string,
    activity: ChannelActivity,
  ): Promise<StoredActivity> {
    return this.database.transaction(async (client) => {
      const previous = await this.take(client, conversationId, id);
      const seq = await this.nextSeq(client, conversationId);
      const stored: StoredActivity = { ...activity, id, timestamp: previous.timestamp };
      await this.insert(client, conversationId, seq, stored, false);
      return stored;
    });
  }

  async delete(conversationId: string, id: string): Promise<void> {
    await this.database.transaction(async (client) => {
      const previous = await this.take(client, conversationId, id);
      const seq = await this.nextSeq(client, conversationId);
      const tombstone = tombstoneOf(previous);
      await this.insert(client, conversationId, seq, tombstone, true);
    });
  }

  async list(conversationId: string, afterWatermark?: number): Promise<ActivityGroup> {
    const seq = await this.currentSeqAndTouch(conversationId);
    const result = await this.database.query<{ seq: string; activity: StoredActivity }>(
      `SELECT seq, activity FROM dl_activities
        WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [conversationId, afterWatermark ?? -1, this.options.pageSize],
    );
    const last = result.rows.at(-1);
    const watermark = last === undefined ? (afterWatermark ?? seq) : Number(last.seq);
    return { activities: result.rows.map((row) => row.activity), watermark: String(watermark) };
  }

  async subscribe(conversationId: string, listener: LogListener): Promise<() => void> {
    let subscription = this.subscriptions.get(conversationId);
    if (subscription === undefined) {
      // Everything after this number will be pushed; the caller reads the backlog after this.
      const pumped = await this.currentSeq(conversationId);
      subscription = this.subscriptions.get(conversationId) ?? {
        listeners: new Set(),
        pumped,
        pumping: null,
        again: false,
      };
      this.subscriptions.set(conversationId, subscription);
    }
    const held = subscription;
    held.listeners.add(listener);
    return () => {
      held.listeners.delete(listener);
      if (held.listeners.size === 0 && this.subscriptions.get(conversationId) === held) {
        this.subscriptions.delete(conversationId);
      }
    };
  }

  async endConversation(conversationId: string): Promise<void> {
    const result = await this.database.query<{ id: string }>(
      'DELETE FROM dl_conversations WHERE id = $1 RETURNING id',
      [conversationId],
    );
    if (result.rows.length > 0) {
      await this.options.notifications.notify(
        CHANNEL,
        JSON.stringify({ c: conversationId, x: 'ended' }),
      );
    }
  }

  async sweep(): Promise<number> {
    const cutoff = new Date(this.options.clock.now().getTime() - this.options.idleMinutes * 60_000);
    const result = await this.database.query<{ id: string }>(
      'DELETE FROM dl_conversations WHERE last_active_at < $1 RETURNING id',
      [cutoff],
    );
    for (const row of result.rows) {
      await this.options.notifications.notify(CHANNEL, JSON.stringify({ c: row.id, x: 'idle' }));
    }
    if (result.rows.length > 0) {
      this.logger.info({ evicted: result.rows.length }, 'idle conversations deleted');
    }
    return result.rows.length;
  }

  async close(): Promise<void> {
    this.stopListening();
    for (const [conversationId, subscription] of [...this.subscriptions]) {
      this.subscriptions.delete(conversationId);
      this.end(subscription, 'closed');
    }
    return Promise.resolve();
  }

  /**
   * An advisory lock per conversation: two messages of one resident that the load balancer sends
   * to two processes run one after the other, as they would in one process, so the second turn
   * reads the state the first saved.
   */
  withTurn<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    return this.database.withAdvisoryLock('wijkwijzer-turn', conversationId, work);
  }

  stats() {
    let listeners = 0;
    for (const subscription of this.subscriptions.values())
      listeners += subscription.listeners.size;
    return { conversations: null, activities: null, listeners };
  }

  private now(): Date {
    return this.options.clock.now();
  }

  /** Takes the next watermark of the conversation (locks its row until the transaction ends). */
  private async nextSeq(client: Queryable, conversationId: string): Promise<number> {
    const result = await client.query<{ seq: string }>(
      'UPDATE dl_conversations SET seq = seq + 1, last_active_at = $2 WHERE id = $1 RETURNING seq',
      [conversationId, this.now()],
    );
    const row = result.rows[0];
    if (row === undefined) throw new WijkwijzerError('WW-2104');
    return Number(row.seq);
  }

  private async insert(
    client: Queryable,
    conversationId: string,
    seq: number,
    stored: StoredActivity,
    deleted: boolean,
  ): Promise<void> {
    await client.query(
      `INSERT INTO dl_activities (conversation_id, seq, activity_id, deleted, activity)
       VALUES ($1, $2, $3, $4, $5::json)`,
      [conversationId, seq, stored.id, deleted, JSON.stringify(stored)],
    );
    // Older activities go beyond the cap, as in memory (a reload shows the newest ones).
    await client.query('DELETE FROM dl_activities WHERE conversation_id = $1 AND seq <= $2', [
      conversationId,
      seq - this.options.maxActivitiesPerConversation,
    ]);
    // Delivered at commit: the pushes never run ahead of what a reader can see.
    await client.query('SELECT pg_notify($1, $2)', [
      CHANNEL,
      JSON.stringify({ c: conversationId, s: seq }),
    ]);
  }

  /** Removes the activity's current entry and returns it (WW-2106 when there is none). */
  private async take(
    client: Queryable,
    conversationId: string,
    id: string,
  ): Promise<StoredActivity> {
    const result = await client.query<{ activity: StoredActivity }>(
      `DELETE FROM dl_activities
        WHERE conversation_id = $1 AND activity_id = $2 AND NOT deleted
        RETURNING activity`,
      [conversationId, id],
    );
    const row = result.rows[0];
    if (row === undefined) {
      if ((await this.userOf(conversationId)) === undefined) throw new WijkwijzerError('WW-2104');
      throw new WijkwijzerError('WW-2106');
    }
    return row.activity;
  }

  private async currentSeq(conversationId: string): Promise<number> {
    const result = await this.database.query<{ seq: string }>(
      'SELECT seq FROM dl_conversations WHERE id = $1',
      [conversationId],
    );
    const row = result.rows[0];
    if (row === undefined) throw new WijkwijzerError('WW-2104');
    return Number(row.seq);
  }

  /** The current watermark; marks the conversation as in use (at most once a minute). */
  private async currentSeqAndTouch(conversationId: string): Promise<number> {
    const now = this.now();
    const touched = await this.database.query<{ seq: string }>(
      `UPDATE dl_conversations SET last_active_at = $2
        WHERE id = $1 AND last_active_at < $3 RETURNING seq`,
      [conversationId, now, new Date(now.getTime() - TOUCH_EVERY_MS)],
    );
    const row = touched.rows[0];
    return row === undefined ? this.currentSeq(conversationId) : Number(row.seq);
  }

  /** Marks the conversation as in use; resolves with its user, undefined when it is gone. */
  private async touch(conversationId: string): Promise<string | undefined> {
    const result = await this.database.query<{ user_id: string }>(
      'UPDATE dl_conversations SET last_active_at = $2 WHERE id = $1 RETURNING user_id',
      [conversationId, this.now()],
    );
    return result.rows[0]?.user_id;
  }

  private noticed(payload: string): void {
    let parsed: z.infer<typeof notice>;
    try {
      parsed = notice.parse(JSON.parse(payload));
    } catch {
      return;
    }
    const subscription = this.subscriptions.get(parsed.c);
    if (subscription === undefined) return;
    if ('s' in parsed) {
      if (parsed.s > subscription.pumped) this.pump(parsed.c);
    } else if ('e' in parsed) {
      const group: ActivityGroup = {
        activities: [parsed.e as unknown as StoredActivity],
        watermark: parsed.w,
      };
      for (const listener of subscription.listeners) safely(() => listener.push(group, null));
    } else {
      this.subscriptions.delete(parsed.c);
      this.end(subscription, parsed.x);
    }
  }

  /** Pushes what is new in a conversation to this process's listeners, one read at a time. */
  private pump(conversationId: string): void {
    const subscription = this.subscriptions.get(conversationId);
    if (subscription === undefined) return;
    if (subscription.pumping !== null) {
      subscription.again = true;
      return;
    }
    subscription.pumping = (async () => {
      do {
        subscription.again = false;
        const result = await this.database.query<{ seq: string; activity: StoredActivity }>(
          `SELECT seq, activity FROM dl_activities
            WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
          [conversationId, subscription.pumped, this.options.pageSize],
        );
        for (const row of result.rows) {
          const seq = Number(row.seq);
          subscription.pumped = Math.max(subscription.pumped, seq);
          const group: ActivityGroup = { activities: [row.activity], watermark: String(seq) };
          for (const listener of subscription.listeners) safely(() => listener.push(group, seq));
        }
        if (result.rows.length === this.options.pageSize) subscription.again = true;
      } while (subscription.again);
    })()
      .catch((error: unknown) =>
        this.logger.warn({ conversationId, err: error }, 'pushing new activities failed'),
      )
      .finally(() => {
        subscription.pumping = null;
      });
  }

  private end(subscription: Subscription, reason: EvictionReason): void {
    for (const listener of subscription.listeners) safely(() => listener.end(reason));
    subscription.listeners.clear();
  }
}

/** A listener that throws (a broken socket) must not stop the others. */
function safely(work: () => void): void {
  try {
    work();
  } catch {
    // The socket's own close handler cleans up.
  }
}
