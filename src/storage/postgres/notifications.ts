import type pg from 'pg';
import { WijkwijzerError } from '../../shared/errors.js';
import { moduleLogger, type Logger } from '../../shared/logger.js';
import { pgCode, type Database } from './database.js';

type Handler = (payload: string) => void;

/**
 * PostgreSQL LISTEN/NOTIFY for the whole process: one connection of its own that listens on every
 * channel somebody subscribed to, and reconnects (with the same LISTENs) when it is lost. A lost
 * connection can miss notifications, so subscribers get `onReconnect` to catch up from the tables.
 * Payloads are ids and counters only (NOTIFY payloads are capped at 8000 bytes).
 */
export class Notifications {
  private client: pg.PoolClient | undefined;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly reconnectHandlers = new Set<() => void>();
  private readonly logger: Logger;
  private connecting: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly database: Database,
    logger: Logger,
  ) {
    this.logger = moduleLogger(logger, 'postgres-notify');
  }

  /** Calls `handler` with every payload NOTIFY sends on `channel`; resolves with the way to stop. */
  async listen(channel: string, handler: Handler): Promise<() => void> {
    let handlers = this.handlers.get(channel);
    const first = handlers === undefined;
    if (handlers === undefined) {
      handlers = new Set();
      this.handlers.set(channel, handlers);
    }
    handlers.add(handler);
    const client = await this.connection();
    if (first) await client.query(`LISTEN ${quoteChannel(channel)}`);
    return () => {
      handlers?.delete(handler);
    };
  }

  /** Called after a reconnect: notifications in between may be lost, so catch up from tables. */
  onReconnect(handler: () => void): () => void {
    this.reconnectHandlers.add(handler);
    return () => this.reconnectHandlers.delete(handler);
  }

  async notify(channel: string, payload: string): Promise<void> {
    await this.database.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    if (client !== undefined) {
      await client.query('UNLISTEN *').catch(() => undefined);
      client.release();
    }
  }

  private async connection(): Promise<pg.PoolClient> {
    if (this.client !== undefined) return this.client;
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    await this.connecting;
    if (this.client === undefined) {
      throw new WijkwijzerError('WW-3008', {
        detail: { reason: 'notification connection closed' },
      });
    }
    return this.client;
  }

  private async connect(): Promise<void> {
    const client = await this.database.dedicatedClient();
    client.on('notification', (message) => {
      const handlers = this.handlers.get(message.channel);
      for (const handler of handlers ?? []) {
        try {
          handler(message.payload ?? '');
        } catch (error) {
          this.logger.warn({ channel: message.channel, err: error }, 'notification handler failed');
        }
      }
    });
    const lost = (error?: unknown) => {
      if (this.client !== client) return;
      this.client = undefined;
      client.release(true);
      if (this.closed) return;
      this.logger.warn({ code: pgCode(error) }, 'notification connection lost; reconnecting');
      void this.reconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    for (const channel of this.handlers.keys())
      await client.query(`LISTEN ${quoteChannel(channel)}`);
    this.client = client;
  }

  private async reconnect(): Promise<void> {
    for (let attempt = 1; !this.closed; attempt += 1) {
      try {
        await this.connection();
        for (const handler of this.reconnectHandlers) handler();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** attempt)));
      }
    }
  }
}

/** Channel names are ours (constants); quoting keeps LISTEN safe anyway. */
function quoteChannel(channel: string): string {
  return `"${channel.replace(/"/g, '""')}"`;
}
