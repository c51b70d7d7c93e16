import { AuthenticationError } from 'botframework-connector';
import type { Activity, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { RouteRegistrar } from '../server.js';
import { WijkwijzerError } from '../shared/errors.js';
import type { InFlight } from '../shared/inFlight.js';
import { isLoopbackUrl } from '../shared/loopback.js';
import type { AzureChannelAdapter } from './cloudAdapter.js';

/** The least an activity must have before the adapter sees it; the adapter validates the rest. */
const incomingActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(256).optional(),
  channelId: z.string().max(64).optional(),
  serviceUrl: z.string().max(2048).optional(),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }).optional(),
  text: z.string().optional(),
  name: z.string().max(256).optional(),
  value: z.unknown().optional(),
});

/**
 * What botbuilder reads of an Adaptive Card action before our handler sees it: without an `action`
 * object it throws a TypeError, the turn fails and the caller gets a 501 (found by the fuzz suite).
 */
const cardActionValue = z.looseObject({
  action: z.looseObject({ type: z.string().max(64) }),
});

/**
 * jsonwebtoken's errors, by name (botbuilder's dependency, not ours): botbuilder's token extractor
 * turns a missing key or an expired token into its `AuthenticationError`, but rethrows a bad
 * signature, `alg: none` or a malformed payload as jsonwebtoken threw them. Only the authentication
 * step uses jsonwebtoken (our own tokens are checked with jose, whose errors have other names).
 */
const JWT_ERROR_NAMES = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/** A request whose Bot Framework token was refused, however botbuilder said so. */
function isAuthenticationFailure(error: unknown): boolean {
  return (
    error instanceof AuthenticationError ||
    (error instanceof Error && JWT_ERROR_NAMES.has(error.name))
  );
}

/**
 * Who may call `/api/messages`: with an app registration, channels that present a Bot Framework
 * token (the adapter checks it); without one, nobody, unless DEVELOPMENT_MODE opened it for a
 * local trial, and then replies go to this machine only (docs/adr/0015-security-posture.md).
 */
export type BotEndpointAccess = 'authenticated' | 'development' | 'closed';

export function botEndpointAccess(config: Config): BotEndpointAccess {
  if (config.botFramework.appId !== undefined) return 'authenticated';
  return config.development ? 'development' : 'closed';
}

export interface BotRouteDeps {
  readonly adapter: AzureChannelAdapter;
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly inFlight: InFlight;
  readonly access: BotEndpointAccess;
  /** The same limit as the web chat channel: the work per message is bounded (docs/adr/0015-security-posture.md). */
  readonly maxMessageChars: number;
}

/** `POST /api/messages`: the Bot Framework endpoint for Azure channels (Teams, Azure Direct Line). */
export function botRoutes(deps: BotRouteDeps): RouteRegistrar {
  return (server: Server) => {
    server.post('/api/messages', async (req, res) => {
      if (deps.access === 'closed') throw new WijkwijzerError('WW-2112');
      const parsed = incomingActivity.safeParse(req.body);
      if (!parsed.success) {
        throw new WijkwijzerError('WW-2004', { detail: { route: '/api/messages' } });
      }
      if (
        parsed.data.type === 'invoke' &&
        parsed.data.name === 'adaptiveCard/action' &&
        !cardActionValue.safeParse(parsed.data.value).success
      ) {
        throw new WijkwijzerError('WW-2004', {
          detail: { route: '/api/messages', field: 'value' },
        });
      }
      const text = parsed.data.text;
      if (text !== undefined && [...text].length > deps.maxMessageChars) {
        throw new WijkwijzerError('WW-2105', { detail: { limit: deps.maxMessageChars } });
      }
      const serviceUrl = parsed.data.serviceUrl;
      if (deps.access === 'development' && serviceUrl !== undefined && !isLoopbackUrl(serviceUrl)) {
        throw new WijkwijzerError('WW-2113');
      }
      const authorization = req.header('authorization') ?? '';
      try {
        const invokeResponse = await deps.inFlight.track(() =>
          // The adapter owns the full Activity contract; we only vouched for its envelope above.
          deps.adapter.handle(authorization, parsed.data as unknown as Activity, deps.logic),
        );
        if (invokeResponse?.body === undefined) {
          res.send(invokeResponse?.status ?? 200);
        } else {
          res.send(invokeResponse.status, invokeResponse.body);
        }
      } catch (error) {
        if (isAuthenticationFailure(error)) throw new WijkwijzerError('WW-2108', { cause: error });
        throw error;
      }
    });
  };
}
