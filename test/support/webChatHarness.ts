import type { Server } from 'restify';
import { WebChatAdapter, type TurnLogic } from '../../src/bot/webChatAdapter.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { DirectLineConversationResponse } from '../../src/directline/directLineApi.js';
import { WebChatChannel, type WebChatChannelLimits } from '../../src/directline/webChatChannel.js';
import { createServer } from '../../src/server.js';
import { createLogger, type Logger } from '../../src/shared/logger.js';
import { webChatTokenRoute, type ConversationTokenIssuer } from '../../src/webchat/tokenRoute.js';
import { ManualClock } from './manualClock.js';

export const TEST_TOKEN_SECRET = 'test-only-web-chat-token-secret-0123456789';

/** A bot that answers every message with its text, so tests can see a turn happened. */
export const echoLogic: TurnLogic = async (context) => {
  if (context.activity.type === 'message') {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  }
};

export interface HttpResult {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
}

export interface RequestOptions {
  readonly token?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface HarnessOptions {
  readonly env?: Record<string, string>;
  readonly limits?: Partial<WebChatChannelLimits>;
  /** The bot's turn logic, run through the WebChatAdapter; `null` leaves the channel without a bot. */
  readonly logic?: TurnLogic | null;
  readonly clock?: ManualClock;
  /** Replaces the channel as the token route's issuer (Azure mode tests). */
  readonly issuer?: (config: Config, logger: Logger) => ConversationTokenIssuer;
}

export interface StartedConversation extends DirectLineConversationResponse {
  readonly userId: string;
}

export interface WebChatHarness {
  readonly baseUrl: string;
  readonly domain: string;
  readonly config: Config;
  readonly clock: ManualClock;
  readonly channel: WebChatChannel;
  readonly adapter: WebChatAdapter;
  readonly server: Server;
  /** Every log line written while the harness ran, raw JSON. */
  readonly logs: string[];
  request(method: string, path: string, options?: RequestOptions): Promise<HttpResult>;
  /** Token route, then `POST /v3/directline/conversations`, as the widget's client does. */
  startConversation(residentKey?: string): Promise<StartedConversation>;
  close(): Promise<void>;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'debug',
    WEBCHAT_TOKEN_SECRET: TEST_TOKEN_SECRET,
    ...env,
  });
}

/**
 * The real restify server from `createServer` with the channel, its adapter and the token route, on
 * 127.0.0.1 and a free port. Close it in `afterEach`.
 */
export async function startWebChatHarness(options: HarnessOptions = {}): Promise<WebChatHarness> {
  const config = testConfig(options.env);
  const clock = options.clock ?? new ManualClock();
  const logs: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => void logs.push(line) },
  });
  const channel = new WebChatChannel({ config, clock, logger, limits: options.limits ?? {} });
  const adapter = new WebChatAdapter({ channel: channel.connector });
  const logic = options.logic === undefined ? echoLogic : options.logic;
  if (logic !== null) {
    channel.setBotEndpoint({
      deliver: async (activity) => {
        await adapter.processActivity(activity, logic);
      },
    });
  }
  const issuer = options.issuer?.(config, logger) ?? channel;

  const server = createServer({
    config,
    logger,
    readiness: [channel.readiness()],
    routes: [...channel.routes(), webChatTokenRoute({ config, logger, issuer })],
    isShuttingDown: () => false,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const request = async (
    method: string,
    path: string,
    requestOptions: RequestOptions = {},
  ): Promise<HttpResult> => {
    const headers: Record<string, string> = { ...requestOptions.headers };
    if (requestOptions.token !== undefined)
      headers.authorization = `Bearer ${requestOptions.token}`;
    let body: string | undefined;
    if (requestOptions.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body =
        typeof requestOptions.body === 'string'
          ? requestOptions.body
          : JSON.stringify(requestOptions.body);
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body ?? null });
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };

  return {
    baseUrl,
    domain: `${baseUrl}/v3/directline`,
    config,
    clock,
    channel,
    adapter,
    server,
    logs,
    request,
    async startConversation(residentKey?: string) {
      const issued = await request('POST', '/api/webchat/token', {
        body: residentKey === undefined ? {} : { residentKey },
      });
      if (issued.status !== 200) throw new Error(`token route answered ${issued.status}`);
      const { token, userId } = issued.body as { token: string; userId: string };
      const started = await request('POST', '/v3/directline/conversations', { token });
      if (started.status !== 201 && started.status !== 200) {
        throw new Error(`start answered ${started.status}`);
      }
      return { ...(started.body as DirectLineConversationResponse), userId };
    },
    async close() {
      await channel.close(2000);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections();
      });
    },
  };
}

/** The message texts of a list of activities, in order. */
export function texts(activities: readonly { readonly text?: unknown }[]): string[] {
  return activities.flatMap((activity) =>
    typeof activity.text === 'string' ? [activity.text] : [],
  );
}

/** Polls until `condition` holds or `timeoutMs` passed; for effects that happen after a response. */
export async function eventually<T>(
  probe: () => Promise<T> | T,
  condition: (value: T) => boolean,
  timeoutMs = 3000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (condition(value)) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
