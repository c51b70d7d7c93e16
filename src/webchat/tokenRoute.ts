import { createHmac } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Config } from '../config.js';
import { ANONYMOUS_USER_PREFIX } from '../bot/stateRetention.js';
import { newChannelId } from '../directline/activity.js';
import type { DirectLineTokenResponse } from '../directline/directLineApi.js';
import type { RouteRegistrar } from '../server.js';
import { WijkwijzerError } from '../shared/errors.js';
import { systemClock } from '../shared/clock.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { MemoryRateLimiter, type RateLimiter } from '../storage/rateLimiter.js';
import { clientAddress } from '../shared/streamLimiter.js';

export const TOKEN_ROUTE = '/api/webchat/token';

/** Starts a conversation and returns its Direct Line token: our own channel, or Azure Direct Line. */
export interface ConversationTokenIssuer {
  issueToken(userId: string): Promise<DirectLineTokenResponse>;
}

/** The page's token response: Direct Line's shape plus the user id the token is bound to. */
export interface WebChatTokenResponse extends DirectLineTokenResponse {
  readonly userId: string;
}

export interface WebChatTokenRouteDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly issuer: ConversationTokenIssuer;
  /** Shared by all instances on PostgreSQL; default this process's memory. */
  readonly limiter?: RateLimiter;
}

/** The widget's key: at least 128 random bits, base64url (web/widget/wijkwijzer.js makes 144). */
export const RESIDENT_KEY_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

const tokenRequest = z.strictObject({
  residentKey: z.string().regex(RESIDENT_KEY_PATTERN).optional(),
});

/**
 * The user id for a resident. A returning browser sends the same key and gets the same id, so the bot
 * can recognise it; the id is a keyed hash, so neither the id nor our logs reveal the key.
 * Without a key the resident is anonymous: a fresh random id, marked as such so the bot keeps its
 * state only for hours (nobody can come back to it; src/bot/stateRetention.ts).
 */
export function residentUserId(residentKey: string | undefined, secret: string): string {
  if (residentKey === undefined) return newChannelId(ANONYMOUS_USER_PREFIX);
  const digest = createHmac('sha256', secret)
    .update(`wijkwijzer-resident:${residentKey}`)
    .digest('base64url');
  return `dl_${digest.slice(0, 22)}`;
}

/**
 * Who counts as one client for the rate limit. Behind a trusted proxy that is the last
 * X-Forwarded-For entry, the address our proxy saw; earlier entries are the client's own claims, and
 * keying on the whole header (restify's `xff` option) would let a client dodge the limit by varying
 * them.
 */
export function clientKey(req: Request, trustProxy: boolean): string {
  return clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustProxy);
}

function parseRequest(body: unknown): string | undefined {
  const input = body === undefined || body === null || body === '' ? {} : body;
  const parsed = tokenRequest.safeParse(input);
  if (!parsed.success) throw new WijkwijzerError('WW-2004', { detail: { route: TOKEN_ROUTE } });
  return parsed.data.residentKey;
}

/**
 * `POST /api/webchat/token`, body `{ "residentKey"?: string }`: starts a conversation for the page and
 * returns `{ token, conversationId, expires_in, userId }`. Rate-limited per client
 * (config.webchat.tokenRatePerMinute, 429 WW-2005).
 */
export function webChatTokenRoute(deps: WebChatTokenRouteDeps): RouteRegistrar {
  const log = moduleLogger(deps.logger, 'webchat-token');
  const perMinute = deps.config.webchat.tokenRatePerMinute;
  const limiter = deps.limiter ?? new MemoryRateLimiter(systemClock);
  const limit = { capacity: perMinute, perSecond: perMinute / 60 };

  return (server: Server) => {
    server.post(TOKEN_ROUTE, async (req: Request, res: Response) => {
      if (
        !(await limiter.take(
          `webchat-token:${clientKey(req, deps.config.server.trustProxy)}`,
          limit,
        ))
      ) {
        throw new WijkwijzerError('WW-2005', { detail: { route: TOKEN_ROUTE } });
      }
      const residentKey = parseRequest(req.body);
      const userId = residentUserId(residentKey, deps.config.webchat.tokenSecret);
      const issued = await deps.issuer.issueToken(userId);
      log.info(
        { conversationId: issued.conversationId, userId, returning: residentKey !== undefined },
        'web chat token issued',
      );
      const body: WebChatTokenResponse = { ...issued, userId };
      res.header('Cache-Control', 'no-store');
      res.send(200, body);
    });
  };
}
