import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { MemorySharedFacts, type SharedFacts } from '../storage/sharedFacts.js';

/**
 * What a token lets its holder do:
 * - `conversation`: a resident's browser; read and post in exactly one conversation as one user.
 * - `stream`: the same, but only to open that conversation's WebSocket once, within a minute. It sits
 *   in a URL (browsers cannot set headers on a WebSocket), so it must be worthless soon after.
 * - `bot`: a bot process writing replies through the connector routes (`/v3/conversations/...`).
 * - `generate`: a trusted server asking for resident tokens (`/v3/directline/tokens/generate`).
 */
export type TokenScope = 'conversation' | 'stream' | 'bot' | 'generate';

export interface IssuedToken {
  readonly token: string;
  /** Seconds until expiry, as Direct Line's `expires_in`. */
  readonly expiresIn: number;
  readonly expiresAt: Date;
}

export interface ConversationClaims {
  readonly conversationId: string;
  readonly userId: string;
  readonly scope: 'conversation' | 'stream';
  readonly tokenId: string;
  readonly expiresAt: Date;
}

export interface ServiceClaims {
  readonly scope: 'bot' | 'generate';
  readonly expiresAt: Date;
}

export interface ChannelTokensOptions {
  readonly secret: string;
  /** Lifetime of conversation tokens (config.webchat.tokenTtlSeconds). */
  readonly ttlSeconds: number;
  readonly clock: Clock;
  readonly streamTtlSeconds?: number;
  readonly serviceTtlSeconds?: number;
  /**
   * Where spent stream tokens are recorded. Default: this process's memory. With several
   * processes behind one channel they must share it, or a leaked stream URL opens a second socket
   * on another process.
   */
  readonly spentTokens?: SharedFacts;
}

const ISSUER = 'wijkwijzer-webchat';
const AUDIENCE = 'wijkwijzer-directline';
const DEFAULT_STREAM_TTL_SECONDS = 60;
const DEFAULT_SERVICE_TTL_SECONDS = 3600;

/** Ids we mint are base64url; anything else in a claim means the token was not made by us. */
const idClaim = z.string().regex(/^[\w-]{1,128}$/);

const conversationPayload = z.object({
  scope: z.enum(['conversation', 'stream']),
  // `conv` and `user` mirror Azure Direct Line's claims: botframework-directlinejs reads `user` to
  // know the user id is fixed by the token.
  conv: idClaim,
  user: idClaim,
  jti: z.string().min(1).max(64),
  exp: z.number().int(),
});

const servicePayload = z.object({
  scope: z.enum(['bot', 'generate']),
  exp: z.number().int(),
});

/** `Authorization: Bearer <token>` → the token, or undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/**
 * Mints and checks the signed (HS256) tokens of the self-hosted channel. Time comes from the injected
 * clock for both signing and checking, so expiry is tested without sleeping.
 */
export class ChannelTokens {
  private readonly key: Uint8Array;
  private readonly ttlSeconds: number;
  private readonly streamTtlSeconds: number;
  private readonly serviceTtlSeconds: number;
  private readonly clock: Clock;
  /** Stream token ids already used, until they expire anyway: a leaked stream URL opens nothing. */
  private readonly spentTokens: SharedFacts;

  constructor(options: ChannelTokensOptions) {
    this.key = new TextEncoder().encode(options.secret);
    this.ttlSeconds = options.ttlSeconds;
    this.streamTtlSeconds = options.streamTtlSeconds ?? DEFAULT_STREAM_TTL_SECONDS;
    this.serviceTtlSeconds = options.serviceTtlSeconds ?? DEFAULT_SERVICE_TTL_SECONDS;
    this.clock = options.clock;
    this.spentTokens = options.spentTokens ?? new MemorySharedFacts(options.clock);
  }

  async issueConversationToken(conversationId: string, userId: string): Promise<IssuedToken> {
    return this.sign(
      { scope: 'conversation', conv: signableId(conversationId), user: signableId(userId) },
      this.ttlSeconds,
    );
  }

  async issueStreamToken(conversationId: string, userId: string): Promise<IssuedToken> {
    return this.sign(
      { scope: 'stream', conv: signableId(conversationId), user: signableId(userId) },
      this.streamTtlSeconds,
    );
  }

  issueServiceToken(
    scope: 'bot' | 'generate',
    ttlSeconds = this.serviceTtlSeconds,
  ): Promise<IssuedToken> {
    return this.sign({ scope }, ttlSeconds);
  }

  /**
   * Checks a resident token. Missing → WW-2101 (401); forged, expired or another kind of token →
   * WW-2102 (403, which the client treats as "get a new token"); valid but for another conversation
   * → WW-2103 (403).
   */
  async verifyConversationToken(
    token: string | undefined,
    conversationId?: string,
  ): Promise<ConversationClaims> {
    const claims = await this.verifyConversationScoped(token, 'conversation');
    if (conversationId !== undefined && claims.conversationId !== conversationId) {
      throw new WijkwijzerError('WW-2103');
    }
    return claims;
  }

  /** Checks a stream token for one conversation and spends it: each opens one WebSocket only. */
  async verifyStreamToken(
    token: string | undefined,
    conversationId: string,
  ): Promise<ConversationClaims> {
    const claims = await this.verifyConversationScoped(token, 'stream');
    if (claims.conversationId !== conversationId) throw new WijkwijzerError('WW-2103');
    const first = await this.spentTokens.setIfAbsent(
      'stream-token',
      claims.tokenId,
      true,
      claims.expiresAt,
    );
    if (!first) throw new WijkwijzerError('WW-2102', { detail: { reason: 'stream token reused' } });
    return claims;
  }

  async verifyServiceToken(
    token: string | undefined,
    scope: 'bot' | 'generate',
  ): Promise<ServiceClaims> {
    const payload = await this.verify(token);
    const parsed = servicePayload.safeParse(payload);
    if (!parsed.success || parsed.data.scope !== scope) {
      throw new WijkwijzerError('WW-2102', { detail: { reason: 'wrong scope' } });
    }
    return { scope: parsed.data.scope, expiresAt: new Date(parsed.data.exp * 1000) };
  }

  private async verifyConversationScoped(
    token: string | undefined,
    scope: 'conversation' | 'stream',
  ): Promise<ConversationClaims> {
    const payload = await this.verify(token);
    const parsed = conversationPayload.safeParse(payload);
    if (!parsed.success || parsed.data.scope !== scope) {
      throw new WijkwijzerError('WW-2102', { detail: { reason: 'wrong scope' } });
    }
    return {
      conversationId: parsed.data.conv,
      userId: parsed.data.user,
      scope: parsed.data.scope,
      tokenId: parsed.data.jti,
      expiresAt: new Date(parsed.data.exp * 1000),
    };
  }

  private async verify(token: string | undefined): Promise<unknown> {
    if (token === undefined || token === '') throw new WijkwijzerError('WW-2101');
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: this.clock.now(),
      });
      return payload;
    } catch (error) {
      const reason = error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid';
      throw new WijkwijzerError('WW-2102', { cause: error, detail: { reason } });
    }
  }

  private async sign(claims: Record<string, string>, ttlSeconds: number): Promise<IssuedToken> {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    const expiresAt = issuedAt + ttlSeconds;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setJti(newId())
      .sign(this.key);
    return { token, expiresIn: ttlSeconds, expiresAt: new Date(expiresAt * 1000) };
  }
}

/** Refuses to sign an id a verifier would reject, so a bug shows at minting, not at the next request. */
function signableId(id: string): string {
  if (!idClaim.safeParse(id).success) {
    throw new WijkwijzerError('WW-2004', { detail: { reason: 'id not signable' } });
  }
  return id;
}
