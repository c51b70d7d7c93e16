import type { Server as HttpServer } from 'node:http';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { RouteRegistrar } from '../server.js';
import type { Clock } from '../shared/clock.js';
import { isWijkwijzerError, WijkwijzerError } from '../shared/errors.js';
import type { InFlight } from '../shared/inFlight.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import type { ReadinessCheck } from '../shared/readiness.js';
import {
  newChannelId,
  WEBCHAT_CHANNEL_ID,
  type ActivityGroup,
  type ChannelAccount,
  type ResourceId,
  type StoredActivity,
} from './activity.js';
import { DEFAULT_STREAM_CAPS, StreamLimiter, type StreamCaps } from '../shared/streamLimiter.js';
import { ActivityStream } from './activityStream.js';
import { fromClient, parseClientActivity, type ActivityEnvelope } from './activitySchemas.js';
import { ChannelBotConnector } from './botConnector.js';
import type { BotEndpoint } from './channelConnector.js';
import type {
  DirectLineApi,
  DirectLineConversationResponse,
  DirectLineTokenResponse,
} from './directLineApi.js';
import { ChannelTokens } from './channelTokens.js';
import { connectorRoutes } from './connectorRoutes.js';
import { MemoryConversationLog, type ConversationLog } from './conversationLog.js';
import { ConversationStore, parseWatermark, type EvictionReason } from './conversationStore.js';
import type { SharedFacts } from '../storage/sharedFacts.js';
import { MemoryRateLimiter, type RateLimiter } from '../storage/rateLimiter.js';
import { directLineRoutes } from './directLineRoutes.js';
import { KeyedSerialQueue } from '../shared/keyedSerialQueue.js';

export interface WebChatChannelLimits {
  readonly maxActivitiesPerConversation: number;
  readonly maxConversations: number;
  /** Most activities per poll or stream message. */
  readonly pageSize: number;
  /** How long a POST waits for the bot's turn before it answers anyway (the turn goes on). */
  readonly deliveryTimeoutMs: number;
  /** Turns queued for one conversation before new messages are refused with 429. */
  readonly maxPendingTurns: number;
  readonly sweepIntervalMs: number;
  readonly heartbeatMs: number;
  /** Open WebSocket streams per conversation, per client address and in total. */
  readonly streams: StreamCaps;
}

export const DEFAULT_CHANNEL_LIMITS: WebChatChannelLimits = {
  maxActivitiesPerConversation: 200,
  maxConversations: 2000,
  pageSize: 100,
  deliveryTimeoutMs: 15_000,
  maxPendingTurns: 10,
  sweepIntervalMs: 60_000,
  heartbeatMs: 30_000,
  streams: DEFAULT_STREAM_CAPS,
};

export interface WebChatChannelDeps {
  readonly config: Config;
  readonly clock: Clock;
  readonly logger: Logger;
  /** When given, bot turns are tracked here so a graceful shutdown waits for them. */
  readonly inFlight?: InFlight;
  readonly limits?: Partial<WebChatChannelLimits>;
  /** The bot as residents' clients see it; defaults to the app id (or "wijkwijzer"). */
  readonly bot?: ChannelAccount;
  /** Where conversations live; default in this process's memory (PostgreSQL to share them). */
  readonly log?: ConversationLog;
  /** Stream tokens already spent, shared by every instance on PostgreSQL. */
  readonly spentTokens?: SharedFacts;
  /**
   * Counts the activities posted per conversation and per client address
   * (config.webchat.messagesPerMinute); shared by every instance on PostgreSQL. Default: this
   * process's memory.
   */
  readonly limiter?: RateLimiter;
}

export interface ChannelStats {
  /** Null when the conversations are shared (PostgreSQL): counting them is not this probe's job. */
  readonly conversations: number | null;
  readonly activities: number | null;
  readonly sockets: number;
  readonly pendingTurns: number;
}

const generateBody = z
  .object({
    user: z.object({ id: z.string().regex(/^[\w-]{1,64}$/) }).optional(),
  })
  .optional();

/**
 * The self-hosted Direct Line channel: the subset of Direct Line 3.0 that Web Chat's
 * botframework-directlinejs uses (the resident's side), plus the Bot Connector a bot replies
 * through (`connector`, src/directline/botConnector.ts), both over one conversation log. Conversations
 * live in memory (docs/adr/0007-self-hosted-direct-line.md) or, to share them between processes, in
 * PostgreSQL (docs/adr/0019-storage-that-grows.md); the bot runs in-process behind a `BotEndpoint`.
 */
export class WebChatChannel implements DirectLineApi {
  readonly tokens: ChannelTokens;
  readonly log: ConversationLog;
  /** The bot's side of this channel: what the adapter and the connector routes write through. */
  readonly connector: ChannelBotConnector;
  private readonly config: Config;
  private readonly logger: Logger;
  private readonly limits: WebChatChannelLimits;
  private readonly inFlight: InFlight | undefined;
  private readonly queue = new KeyedSerialQueue();
  private readonly stream: ActivityStream;
  private readonly sweeper: NodeJS.Timeout;
  private readonly bot: ChannelAccount;
  private readonly limiter: RateLimiter;
  private endpoint: BotEndpoint | undefined;
  private httpServer: HttpServer | undefined;
  private closed = false;
  private warnedNoEndpoint = false;

  constructor(deps: WebChatChannelDeps) {
    this.config = deps.config;
    this.logger = moduleLogger(deps.logger, 'directline');
    this.limits = { ...DEFAULT_CHANNEL_LIMITS, ...deps.limits };
    this.inFlight = deps.inFlight;
    this.limiter = deps.limiter ?? new MemoryRateLimiter(deps.clock);
    this.bot = deps.bot ?? {
      id: deps.config.botFramework.appId ?? 'wijkwijzer',
      name: 'Digitale wijkwijzer',
      role: 'bot',
    };
    this.tokens = new ChannelTokens({
      secret: deps.config.webchat.tokenSecret,
      ttlSeconds: deps.config.webchat.tokenTtlSeconds,
      clock: deps.clock,
      ...(deps.spentTokens === undefined ? {} : { spentTokens: deps.spentTokens }),
    });
    this.log =
      deps.log ??
      new MemoryConversationLog(
        new ConversationStore({
          clock: deps.clock,
          idleMinutes: deps.config.webchat.conversationIdleMinutes,
          maxActivitiesPerConversation: this.limits.maxActivitiesPerConversation,
          maxConversations: this.limits.maxConversations,
          pageSize: this.limits.pageSize,
          onEvict: (conversationId, reason) => this.evicted(conversationId, reason),
        }),
      );
    this.connector = new ChannelBotConnector({
      log: this.log,
      tokens: this.tokens,
      envelope: (conversationId, userId) => this.envelope(conversationId, userId),
      logger: this.logger,
    });
    this.stream = new ActivityStream({
      tokens: this.tokens,
      log: this.log,
      logger: this.logger,
      maxSocketLifetimeMs: deps.config.webchat.tokenTtlSeconds * 1000,
      heartbeatMs: this.limits.heartbeatMs,
      limiter: new StreamLimiter(this.limits.streams),
      trustProxy: deps.config.server.trustProxy,
    });
    this.sweeper = setInterval(() => {
      this.log
        .sweep()
        .catch((error: unknown) =>
          this.logger.warn(
            { code: isWijkwijzerError(error) ? error.code : null },
            'conversation sweep failed',
          ),
        );
    }, this.limits.sweepIntervalMs);
    this.sweeper.unref();
  }

  /**
   * The routes to hand to `createServer`: Direct Line under `/v3/directline` (it also attaches the
   * WebSocket stream to restify's HTTP server) and the Bot Connector routes under `/v3/conversations`.
   */
  routes(): RouteRegistrar[] {
    return [
      (server) => {
        this.attachStreaming(server.server);
        directLineRoutes(this, this.config.server.trustProxy)(server);
      },
      connectorRoutes(this.connector),
    ];
  }

  /** Serves the WebSocket stream on this HTTP server; `routes()` already does this for restify's. */
  attachStreaming(httpServer: HttpServer): void {
    this.httpServer ??= httpServer;
    this.stream.attach(httpServer);
  }

  /** Where residents' activities go; until set, they are stored but no bot answers. */
  setBotEndpoint(endpoint: BotEndpoint): void {
    this.endpoint = endpoint;
  }

  /** Starts a conversation for a user and returns its token (the page's token route calls this). */
  async issueToken(userId: string): Promise<DirectLineTokenResponse> {
    this.assertOpen();
    const conversationId = newChannelId();
    await this.log.create(conversationId, userId);
    const issued = await this.tokens.issueConversationToken(conversationId, userId);
    this.logger.info({ conversationId, userId }, 'conversation created');
    return { conversationId, token: issued.token, expires_in: issued.expiresIn };
  }

  /** A token for a bot process that writes through `/v3/conversations/...`. */
  async mintBotToken(ttlSeconds?: number): Promise<string> {
    return (await this.tokens.issueServiceToken('bot', ttlSeconds)).token;
  }

  /** A token for a trusted server that calls `/v3/directline/tokens/generate`. */
  async mintGenerateToken(ttlSeconds?: number): Promise<string> {
    return (await this.tokens.issueServiceToken('generate', ttlSeconds)).token;
  }

  stats(): ChannelStats {
    const held = this.log.stats();
    return {
      conversations: held.conversations,
      activities: held.activities,
      sockets: this.stream.socketCount,
      pendingTurns: this.queue.size,
    };
  }

  readiness(): ReadinessCheck {
    return {
      name: 'webchat',
      check: async () => ({ ok: !this.closed, detail: { ...this.stats() } }),
    };
  }

  /**
   * Shuts the channel: refuses new work, closes every WebSocket, waits up to `timeoutMs` for turns
   * in progress, then forgets all conversations.
   */
  async close(timeoutMs = 10_000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.sweeper);
    await this.stream.close();
    const unfinished = await this.queue.drain(timeoutMs);
    if (unfinished > 0) this.logger.warn({ unfinished }, 'turns still running at channel close');
    await this.log.close();
  }

  // --- Direct Line (resident side); the routes in directLineRoutes.ts call these. ---

  /** `POST /v3/directline/conversations`: starts (or resumes) the conversation the token is for. */
  async startConversation(
    token: string | undefined,
  ): Promise<{ response: DirectLineConversationResponse; created: boolean }> {
    const claims = await this.tokens.verifyConversationToken(token);
    this.assertOpen();
    const info = await this.log.ensure(claims.conversationId, claims.userId);
    if (info.created)
      this.logger.info(
        { conversationId: claims.conversationId },
        'conversation re-created at start',
      );
    const response = await this.conversationResponse(
      claims.conversationId,
      claims.userId,
      undefined,
    );
    return { response, created: info.created };
  }

  /** `GET /v3/directline/conversations/{id}?watermark=`: a new stream URL (and token) to reconnect. */
  async reconnect(
    token: string | undefined,
    conversationId: string,
    watermarkParam: unknown,
  ): Promise<DirectLineConversationResponse> {
    const claims = await this.tokens.verifyConversationToken(token, conversationId);
    const watermark = parseWatermark(watermarkParam);
    this.assertOpen();
    const info = await this.log.ensure(conversationId, claims.userId, watermark);
    if (info.created) this.logger.info({ conversationId }, 'conversation re-created at reconnect');
    return this.conversationResponse(conversationId, claims.userId, watermark);
  }

  /** `POST /v3/directline/tokens/refresh`: same conversation and user, a new expiry. */
  async refreshToken(token: string | undefined): Promise<DirectLineTokenResponse> {
    const claims = await this.tokens.verifyConversationToken(token);
    const issued = await this.tokens.issueConversationToken(claims.conversationId, claims.userId);
    return {
      conversationId: claims.conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
    };
  }

  /** `POST /v3/directline/tokens/generate`: for trusted servers holding a `generate` token. */
  async generateToken(token: string | undefined, body: unknown): Promise<DirectLineTokenResponse> {
    await this.tokens.verifyServiceToken(token, 'generate');
    const parsed = generateBody.safeParse(body ?? undefined);
    if (!parsed.success)
      throw new WijkwijzerError('WW-2004', { detail: { route: 'tokens/generate' } });
    return this.issueToken(parsed.data?.user?.id ?? newChannelId('dl_'));
  }

  /** `GET /v3/directline/conversations/{id}/activities?watermark=`: polling, one page at a time. */
  async listActivities(
    token: string | undefined,
    conversationId: string,
    watermarkParam: unknown,
  ): Promise<ActivityGroup> {
    const claims = await this.tokens.verifyConversationToken(token, conversationId);
    const watermark = parseWatermark(watermarkParam);
    const info = await this.log.ensure(conversationId, claims.userId, watermark);
    if (info.created) this.logger.info({ conversationId }, 'conversation re-created at poll');
    return this.log.list(conversationId, watermark);
  }

  /**
   * `POST /v3/directline/conversations/{id}/activities`: stores the resident's activity, pushes it to
   * the streams, and answers after the bot's turn (or after the delivery timeout), like Azure.
   * `clientAddress`: who sent it, for the budget per address (the routes read it, honouring
   * TRUST_PROXY).
   */
  async postActivity(
    token: string | undefined,
    conversationId: string,
    body: unknown,
    clientAddress?: string,
  ): Promise<ResourceId> {
    const claims = await this.tokens.verifyConversationToken(token, conversationId);
    const parsed = parseClientActivity(body, this.config.webchat.maxMessageChars);
    this.assertOpen();
    const info = await this.log.ensure(conversationId, claims.userId);
    if (info.created) this.logger.info({ conversationId }, 'conversation re-created at post');
    const activity = fromClient(parsed, this.envelope(conversationId, claims.userId));
    if (activity.type === 'typing') {
      // The bot has no use for the resident's typing, and a turn per keystroke would be waste.
      return { id: `${conversationId}|t${newChannelId()}` };
    }
    if (this.queue.pending(conversationId) >= this.limits.maxPendingTurns) {
      throw new WijkwijzerError('WW-2005', {
        detail: { conversationId, reason: 'turn queue full' },
      });
    }
    await this.takeMessageBudget(conversationId, clientAddress);
    const stored = await this.log.append(conversationId, activity);
    this.logger.info(
      {
        conversationId,
        activityId: stored.id,
        type: stored.type,
        textLength: typeof stored.text === 'string' ? stored.text.length : 0,
      },
      'activity received',
    );
    await this.deliver(conversationId, stored);
    if (stored.type === 'endOfConversation') {
      // "Gesprek wissen op dit apparaat": the bot has forgotten its state in the turn above; the
      // transcript goes now too, not at the idle sweep (docs/privacy.md).
      await this.log.endConversation(conversationId);
      this.logger.info({ conversationId }, 'conversation ended by the resident');
    }
    return { id: stored.id };
  }

  /** `POST /v3/directline/conversations/{id}/upload`: not offered. */
  async upload(token: string | undefined, conversationId: string): Promise<never> {
    await this.tokens.verifyConversationToken(token, conversationId);
    throw new WijkwijzerError('WW-2107', { detail: { feature: 'upload' } });
  }

  // --- internals ---

  /**
   * Every activity but typing starts a bot turn. Without a budget one token posted 240 messages in
   * four seconds, each a turn and a state write, and kept the process busy for every other resident
   * (docs/security.md, review of 2 December 2026, second round). A resident types or taps at most a
   * message every few seconds; the budget per address leaves room for a library's shared address.
   */
  private async takeMessageBudget(
    conversationId: string,
    clientAddress: string | undefined,
  ): Promise<void> {
    const perMinute = this.config.webchat.messagesPerMinute;
    const budget = (count: number) => ({ capacity: count, perSecond: count / 60 });
    const withinConversation = await this.limiter.take(
      `webchat-messages:${conversationId}`,
      budget(perMinute.conversation),
    );
    // A conversation over its own budget does not spend its neighbours' (the address's) too.
    const withinAddress =
      !withinConversation ||
      clientAddress === undefined ||
      (await this.limiter.take(
        `webchat-messages-address:${clientAddress}`,
        budget(perMinute.address),
      ));
    if (!withinConversation || !withinAddress) {
      this.logger.warn(
        { conversationId, limit: withinConversation ? 'address' : 'conversation' },
        'message budget spent',
      );
      throw new WijkwijzerError('WW-2114', {
        detail: { conversationId, limit: withinConversation ? 'address' : 'conversation' },
      });
    }
  }

  private async deliver(conversationId: string, stored: StoredActivity): Promise<void> {
    const endpoint = this.endpoint;
    if (endpoint === undefined) {
      if (!this.warnedNoEndpoint)
        this.logger.warn('no bot endpoint set: activities are stored only');
      this.warnedNoEndpoint = true;
      return;
    }
    const turn = () =>
      this.queue.run(conversationId, () =>
        this.log.withTurn(conversationId, () => endpoint.deliver(structuredClone(stored))),
      );
    const delivery = (this.inFlight === undefined ? turn() : this.inFlight.track(turn)).then(
      () => 'done' as const,
      (error: unknown) => {
        this.logger.error(
          {
            conversationId,
            activityId: stored.id,
            code: isWijkwijzerError(error) ? error.code : 'WW-9001',
            errorName: error instanceof Error ? error.name : typeof error,
          },
          'delivery to the bot failed',
        );
        return 'failed' as const;
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.limits.deliveryTimeoutMs);
    });
    const outcome = await Promise.race([delivery, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.logger.warn(
        { conversationId, activityId: stored.id, timeoutMs: this.limits.deliveryTimeoutMs },
        'bot turn still running; answered the post without waiting',
      );
    }
  }

  private envelope(conversationId: string, userId: string): ActivityEnvelope {
    return {
      conversationId,
      serviceUrl: this.publicUrl(),
      user: { id: userId, role: 'user' },
      bot: this.bot,
      channelId: WEBCHAT_CHANNEL_ID,
    };
  }

  private async conversationResponse(
    conversationId: string,
    userId: string,
    watermark: number | undefined,
  ): Promise<DirectLineConversationResponse> {
    const [issued, stream] = await Promise.all([
      this.tokens.issueConversationToken(conversationId, userId),
      this.tokens.issueStreamToken(conversationId, userId),
    ]);
    const base = this.publicUrl().replace(/^http/, 'ws');
    const query = new URLSearchParams({ t: stream.token });
    if (watermark !== undefined) query.set('watermark', String(watermark));
    return {
      conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
      streamUrl: `${base}/v3/directline/conversations/${conversationId}/stream?${query.toString()}`,
    };
  }

  /**
   * How clients reach us (config.server.publicUrl). A configured port 0 means "whatever port we got"
   * (tests and throwaway demos): then the listening server's port is used.
   */
  private publicUrl(): string {
    const configured = this.config.server.publicUrl;
    const address = this.httpServer?.address();
    const url = new URL(configured);
    if (
      url.port !== '0' ||
      address === null ||
      address === undefined ||
      typeof address === 'string'
    ) {
      return configured;
    }
    url.port = String(address.port);
    return url.toString().replace(/\/+$/, '');
  }

  private assertOpen(): void {
    if (this.closed) throw new WijkwijzerError('WW-2009');
  }

  private evicted(conversationId: string, reason: EvictionReason): void {
    if (reason === 'closed' || reason === 'ended') return;
    this.logger.info(
      { conversationId, reason, conversations: this.log.stats().conversations },
      'conversation evicted',
    );
  }
}
