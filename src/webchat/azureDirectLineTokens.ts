import { z } from 'zod';
import type { Config } from '../config.js';
import type { DirectLineTokenResponse } from '../directline/directLineApi.js';
import { isWijkwijzerError, WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import type { ConversationTokenIssuer } from './tokenRoute.js';

export interface AzureDirectLineTokensOptions {
  /** config.webchat.azure.domain, such as https://europe.directline.botframework.com/v3/directline */
  readonly domain: string;
  /** AZURE_DIRECT_LINE_SECRET: stays on this server, only short-lived tokens reach the browser. */
  readonly secret: string;
  readonly logger: Logger;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

const azureTokenResponse = z.object({
  conversationId: z.string().min(1).max(256),
  token: z.string().min(1).max(8192),
  expires_in: z.number().int().positive(),
});

/**
 * The token issuer when the widget talks to Azure Direct Line instead of our own channel: exchanges
 * the Direct Line secret server-side at `{domain}/tokens/generate` for a token bound to one
 * conversation and one user id.
 */
export class AzureDirectLineTokens implements ConversationTokenIssuer {
  private readonly options: AzureDirectLineTokensOptions;
  private readonly log: Logger;

  constructor(options: AzureDirectLineTokensOptions) {
    this.options = options;
    this.log = moduleLogger(options.logger, 'azure-directline');
  }

  async issueToken(userId: string): Promise<DirectLineTokenResponse> {
    const doFetch = this.options.fetch ?? fetch;
    let status = 0;
    try {
      const response = await doFetch(`${this.options.domain}/tokens/generate`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${this.options.secret}`,
          'Content-Type': 'application/json',
        },
        // A `dl_` user id is what Azure's enhanced authentication expects for a server-chosen id.
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        redirect: 'error',
      });
      status = response.status;
      if (!response.ok) {
        throw new WijkwijzerError('WW-2109', { detail: { status } });
      }
      const parsed = azureTokenResponse.safeParse(await response.json());
      if (!parsed.success)
        throw new WijkwijzerError('WW-2109', { detail: { status, reason: 'shape' } });
      return parsed.data;
    } catch (error) {
      const failure = isWijkwijzerError(error)
        ? error
        : new WijkwijzerError('WW-2109', { cause: error, detail: { status } });
      this.log.warn(
        { code: failure.code, ...failure.detail },
        'Azure Direct Line token exchange failed',
      );
      throw failure;
    }
  }
}

/**
 * Picks the issuer for config.webchat.mode: Azure Direct Line, or our own channel. The channel is
 * only needed (and only created by the composition root) in self-hosted mode.
 */
export function createTokenIssuer(
  config: Config,
  logger: Logger,
  channel: ConversationTokenIssuer | undefined,
): ConversationTokenIssuer {
  if (config.webchat.mode === 'azure') {
    const secret = config.webchat.azure.secret;
    if (secret === undefined) {
      throw new WijkwijzerError('WW-1002', { detail: { setting: 'AZURE_DIRECT_LINE_SECRET' } });
    }
    return new AzureDirectLineTokens({ domain: config.webchat.azure.domain, secret, logger });
  }
  if (channel === undefined) {
    throw new WijkwijzerError('WW-1002', { detail: { setting: 'self-hosted web chat channel' } });
  }
  return channel;
}
