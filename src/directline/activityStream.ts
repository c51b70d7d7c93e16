import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { errorBody } from '../http/httpErrors.js';
import { isWijkwijzerError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Logger } from '../shared/logger.js';
import { clientAddress, StreamLimiter } from '../shared/streamLimiter.js';
import type { ActivityGroup } from './activity.js';
import type { ChannelTokens } from './channelTokens.js';
import type { ConversationLog } from './conversationLog.js';
import { parseWatermark, type EvictionReason } from './conversationStore.js';

export const STREAM_PATH = /^\/v3\/directline\/conversations\/([\w-]{1,128})\/stream$/;

export interface ActivityStreamOptions {
  readonly tokens: ChannelTokens;
  readonly log: ConversationLog;
  readonly logger: Logger;
  /** A socket is closed after this long; the client reconnects with its (refreshed) token. */
  readonly maxSocketLifetimeMs: number;
  readonly heartbeatMs?: number;
  /** A client that does not read is cut off rather than buffered without end. */
  readonly maxBufferedBytes?: number;
  /** Caps on open streams per conversation, client address and in total (docs/adr/0015-security-posture.md). */
  readonly limiter?: StreamLimiter;
  /** Read the client address from X-Forwarded-For (TRUST_PROXY). */
  readonly trustProxy?: boolean;
}

interface OpenSocket {
  readonly socket: WebSocket;
  readonly conversationId: string;
  alive: boolean;
  readonly lifetime: NodeJS.Timeout;
  unsubscribe: () => void;
  /** The watermark of the last kept activity sent: later pushes at or below it are duplicates. */
  lastSent: number;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/**
 * Direct Line's WebSocket stream: `GET /v3/directline/conversations/{id}/stream?t=<stream token>`.
 * After the upgrade the server sends the backlog after the client's watermark, then every new
 * activity as an ActivityGroup. The client's messages (botframework-directlinejs sends "" every 20 s
 * as a keep-alive) are ignored; the server pings and drops sockets that stop answering.
 */
export class ActivityStream {
  private readonly options: ActivityStreamOptions;
  private readonly log: Logger;
  private readonly server: WebSocketServer;
  private readonly sockets = new Set<OpenSocket>();
  private readonly attached = new Map<
    HttpServer,
    (req: IncomingMessage, socket: Duplex, head: Buffer) => void
  >();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly limiter: StreamLimiter;
  private closed = false;

  constructor(options: ActivityStreamOptions) {
    this.options = options;
    this.log = options.logger;
    this.server = new WebSocketServer({
      noServer: true,
      maxPayload: 4096,
      perMessageDeflate: false,
    });
    this.limiter = options.limiter ?? new StreamLimiter();
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs ?? 30_000);
    this.heartbeat.unref();
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  /** Listens for upgrades on an HTTP server (restify's `server.server`); calling it twice is harmless. */
  attach(httpServer: HttpServer): void {
    if (this.attached.has(httpServer)) return;
    const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      void this.upgrade(req, socket, head);
    };
    httpServer.on('upgrade', onUpgrade);
    this.attached.set(httpServer, onUpgrade);
  }

  /** Closes every socket (1001 "going away", so clients reconnect elsewhere) and stops listening. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    for (const [httpServer, onUpgrade] of this.attached) httpServer.off('upgrade', onUpgrade);
    this.attached.clear();
    const closing = [...this.sockets].map(
      (open) =>
        new Promise<void>((resolve) => {
          if (open.socket.readyState === WebSocket.CLOSED) {
            resolve();
            return;
          }
          const force = setTimeout(() => open.socket.terminate(), 1000);
          open.socket.once('close', () => {
            clearTimeout(force);
            resolve();
          });
          open.socket.close(1001, 'server shutting down');
        }),
    );
    await Promise.all(closing);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    // Until the handshake is done, a client that vanishes must not crash the process.
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (match === null) {
      // We are the only WebSocket endpoint on this server (restify's own `upgrade` event is a mere
      // proxy nobody listens to): answer anything else rather than leave the socket hanging.
      reject(socket, 404);
      return;
    }
    if (this.closed) {
      reject(socket, 503);
      return;
    }
    const conversationId = match[1] ?? '';
    let watermark: number | undefined;
    let userId: string;
    try {
      const claims = await this.options.tokens.verifyStreamToken(
        url.searchParams.get('t') ?? undefined,
        conversationId,
      );
      userId = claims.userId;
      watermark = parseWatermark(url.searchParams.get('watermark') ?? undefined);
      const info = await this.options.log.ensure(conversationId, userId, watermark);
      if (info.created) this.log.info({ conversationId }, 'conversation re-created for a stream');
    } catch (error) {
      const status = isWijkwijzerError(error) ? error.status : 500;
      this.log.info(
        { conversationId, code: isWijkwijzerError(error) ? error.code : 'WW-2006', status },
        'stream refused',
      );
      reject(socket, status);
      return;
    }
    if (this.closed) {
      reject(socket, 503);
      return;
    }
    const grant = this.limiter.acquire(
      conversationId,
      clientAddress(
        req.socket.remoteAddress,
        req.headers['x-forwarded-for'],
        this.options.trustProxy ?? false,
      ),
    );
    if (!grant.ok) {
      this.log.warn({ conversationId, code: grant.code, limit: grant.limit }, 'stream refused');
      reject(
        socket,
        grant.code === 'WW-2111' ? 503 : 429,
        JSON.stringify(errorBody(grant.code, newId())),
      );
      return;
    }
    // The raw socket closes with the WebSocket, or alone when the handshake fails.
    socket.once('close', grant.release);
    this.server.handleUpgrade(req, socket, head, (ws) => {
      void this.open(ws, conversationId, watermark);
    });
  }

  private async open(
    ws: WebSocket,
    conversationId: string,
    watermark: number | undefined,
  ): Promise<void> {
    const lifetime = setTimeout(
      () => ws.close(1000, 'stream lifetime over'),
      this.options.maxSocketLifetimeMs,
    );
    lifetime.unref();
    const open: OpenSocket = {
      socket: ws,
      conversationId,
      alive: true,
      lifetime,
      unsubscribe: () => undefined,
      lastSent: watermark ?? -1,
    };
    this.sockets.add(open);
    ws.on('pong', () => {
      open.alive = true;
    });
    // Keep-alives ("") and anything else a client sends are not part of the protocol: ignore them.
    ws.on('message', () => undefined);
    ws.on('error', (error) =>
      this.log.debug({ conversationId, err: error }, 'stream socket error'),
    );
    ws.on('close', () => {
      clearTimeout(lifetime);
      open.unsubscribe();
      this.sockets.delete(open);
    });

    const log = this.options.log;
    // Pushes that arrive while the backlog is read wait, then go out without duplicates.
    let waiting: Array<[ActivityGroup, number | null]> | null = [];
    try {
      const unsubscribe = await log.subscribe(conversationId, {
        push: (group, sequence) => {
          if (waiting !== null) waiting.push([group, sequence]);
          else this.sendLive(open, group, sequence);
        },
        end: (reason: EvictionReason) =>
          ws.close(reason === 'closed' ? 1001 : 1000, `conversation ${reason}`),
      });
      if (ws.readyState !== WebSocket.OPEN) {
        unsubscribe();
        return;
      }
      open.unsubscribe = unsubscribe;
      let after = watermark;
      for (;;) {
        const page = await log.list(conversationId, after);
        if (page.activities.length === 0) break;
        this.send(open, page);
        after = Number(page.watermark);
        open.lastSent = Math.max(open.lastSent, after);
      }
      const held = waiting;
      waiting = null;
      for (const [group, sequence] of held) this.sendLive(open, group, sequence);
    } catch (error) {
      // The conversation vanished between the check and the upgrade: let the client reconnect.
      this.log.info(
        { conversationId, code: isWijkwijzerError(error) ? error.code : 'WW-2006' },
        'stream closed at open',
      );
      ws.close(1000, 'conversation not found');
    }
  }

  /** A pushed activity, unless the backlog already sent it (kept activities have a sequence). */
  private sendLive(open: OpenSocket, group: ActivityGroup, sequence: number | null): void {
    if (sequence !== null) {
      if (sequence <= open.lastSent) return;
      open.lastSent = sequence;
    }
    this.send(open, group);
  }

  private send(open: OpenSocket, group: ActivityGroup): void {
    const ws = open.socket;
    if (ws.readyState !== WebSocket.OPEN) return;
    if (ws.bufferedAmount > (this.options.maxBufferedBytes ?? 1024 * 1024)) {
      this.log.warn({ conversationId: open.conversationId }, 'stream client too slow, dropped');
      ws.terminate();
      return;
    }
    ws.send(JSON.stringify(group));
  }

  private beat(): void {
    for (const open of this.sockets) {
      if (!open.alive) {
        open.socket.terminate();
        continue;
      }
      open.alive = false;
      try {
        open.socket.ping();
      } catch {
        open.socket.terminate();
      }
    }
  }
}

/**
 * Answers a refused upgrade with an HTTP status (and, for a cap, the usual JSON error body), then
 * closes the socket once it is written.
 */
function reject(socket: Duplex, status: number, body = ''): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  const type = body === '' ? '' : 'Content-Type: application/json; charset=utf-8\r\n';
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\nConnection: close\r\n${type}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
