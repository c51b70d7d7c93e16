import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import type { Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { botRoutes } from '../../src/bot/botRoutes.js';
import { AzureChannelAdapter } from '../../src/bot/cloudAdapter.js';
import { loadConfig } from '../../src/config.js';
import { nl } from '../../src/i18n/nl/index.js';
import { createServer } from '../../src/server.js';
import { InFlight } from '../../src/shared/inFlight.js';
import { createLogger } from '../../src/shared/logger.js';

/**
 * `/api/messages` with an app registration, attacked with Bot Framework tokens: the real adapter
 * checks them against an OpenID configuration and JWKS served on loopback, as Microsoft serves
 * theirs (login.botframework.com). Every forgery must get 401 WW-2108 with its Dutch text, never
 * run a turn and never a 5xx: a token signed by another key under the published key id (anyone
 * can read Microsoft's key ids) or `alg: none` got 500 WW-2006 and an error line per request, because botbuilder
 * rethrows jsonwebtoken's own errors instead of its AuthenticationError (docs/security.md, review
 * of 2 December 2026, second round).
 */

const APP_ID = '00000000-0000-4000-8000-0000000000aa';
const CHANNEL_ISSUER = 'https://api.botframework.com';
const KEY_ID = 'loopback-channel-key';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

let trusted: KeyPair;
let untrusted: KeyPair;
let metadataServer: HttpServer;
let app: Server;
let baseUrl: string;
const turns: string[] = [];
const logLines: string[] = [];

async function listen(server: HttpServer | Server['server']): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  trusted = await generateKeyPair('RS256', { extractable: true });
  untrusted = await generateKeyPair('RS256', { extractable: true });
  const jwks = {
    keys: [
      {
        ...(await exportJWK(trusted.publicKey)),
        kid: KEY_ID,
        use: 'sig',
        endorsements: ['msteams', 'webchat'],
      },
    ],
  };
  metadataServer = createHttpServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(
        JSON.stringify({
          issuer: CHANNEL_ISSUER,
          jwks_uri: `http://127.0.0.1:${metadataPort}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    } else if (req.url === '/v1/.well-known/keys') {
      res.end(JSON.stringify(jwks));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  const metadataPort = await listen(metadataServer);

  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'loopback-only-password',
  });
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => void logLines.push(line) },
  });
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'loopback-only-password',
    MicrosoftAppType: 'MultiTenant',
    // Setting one endpoint switches botbuilder to its parameterised form, which needs them all:
    // the public cloud's, with the channel's metadata (and the emulator's) on loopback.
    ToBotFromChannelOpenIdMetadataUrl: `http://127.0.0.1:${metadataPort}/v1/.well-known/openidconfiguration`,
    ToBotFromEmulatorOpenIdMetadataUrl: `http://127.0.0.1:${metadataPort}/v1/.well-known/openidconfiguration`,
    ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  });
  const adapter = new AzureChannelAdapter(authentication);
  app = createServer({
    config,
    logger,
    readiness: [],
    routes: [
      botRoutes({
        adapter,
        logic: async (context: TurnContext) => {
          turns.push(context.activity.text ?? '');
        },
        inFlight: new InFlight(),
        access: 'authenticated',
        maxMessageChars: config.webchat.maxMessageChars,
      }),
    ],
    isShuttingDown: () => false,
  });
  baseUrl = `http://127.0.0.1:${await listen(app.server)}`;
}, 30_000);

afterAll(async () => {
  await new Promise<void>((resolve) => app.close(() => resolve()));
  await new Promise<void>((resolve) => metadataServer.close(() => resolve()));
});

interface Forgery {
  readonly claims?: JWTPayload;
  readonly key?: KeyPair;
  readonly kid?: string;
  readonly expiresIn?: number;
}

function channelToken(forgery: Forgery = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: CHANNEL_ISSUER,
    aud: APP_ID,
    serviceurl: SERVICE_URL,
    nbf: now - 60,
    ...forgery.claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: forgery.kid ?? KEY_ID, typ: 'JWT' })
    .setIssuedAt(now - 60)
    .setExpirationTime(now + (forgery.expiresIn ?? 600))
    .sign((forgery.key ?? trusted).privateKey);
}

function unsigned(payload: JWTPayload): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT', kid: KEY_ID })}.${part(payload)}.`;
}

async function postActivity(authorization: string, text: string) {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({
      type: 'message',
      id: `a-${text}`,
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      text,
      from: { id: '29:someone', aadObjectId: '3b7f5c8e-1111-4222-8333-444455556666' },
      recipient: { id: `28:${APP_ID}` },
      conversation: { id: '19:wijkteam-west@thread.tacv2' },
    }),
  });
  return {
    status: response.status,
    body: (await response.json().catch(() => ({}))) as { error?: { code?: string } },
  };
}

describe('/api/messages refuses forged Bot Framework tokens', () => {
  it('accepts a token signed by the published key for this app: the check is real', async () => {
    const answer = await postActivity(`Bearer ${await channelToken()}`, 'echt');
    expect(answer.status).toBe(200);
    expect(turns).toContain('echt');
  });

  const forgeries: ReadonlyArray<readonly [string, () => Promise<string>]> = [
    ['signed by another key under the published key id', () => channelToken({ key: untrusted })],
    ['signed under a key id nobody published', () => channelToken({ kid: 'unknown-key' })],
    [
      'for another app',
      () => channelToken({ claims: { aud: '00000000-0000-4000-8000-0000000000bb' } }),
    ],
    ['from another issuer', () => channelToken({ claims: { iss: 'https://evil.example' } })],
    ['expired an hour ago', () => channelToken({ expiresIn: -3600 })],
    [
      'for another serviceUrl',
      () => channelToken({ claims: { serviceurl: 'https://evil.example/' } }),
    ],
    [
      'unsigned (alg none)',
      async () =>
        unsigned({
          iss: CHANNEL_ISSUER,
          aud: APP_ID,
          serviceurl: SERVICE_URL,
          exp: Math.floor(Date.now() / 1000) + 600,
        }),
    ],
  ];

  it.each(forgeries)(
    'refuses a token %s with 401 WW-2108 and runs no turn',
    async (name, token) => {
      const before = turns.length;
      const answer = await postActivity(`Bearer ${await token()}`, name);
      expect(answer.status).toBe(401);
      expect(answer.body.error).toMatchObject({ code: 'WW-2108', message: nl.errors['WW-2108'] });
      expect(turns).toHaveLength(before);
    },
  );

  it('writes nothing to the console for a refused token, only our one log line', async () => {
    // botbuilder's token check writes each refusal with console.error: the TokenExpiredError, or
    // "Error finding key for token. Available keys:" and the key, outside our logger.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const linesBefore = logLines.length;
    try {
      for (const [name, token] of forgeries) {
        expect((await postActivity(`Bearer ${await token()}`, name)).status).toBe(401);
      }
      expect(consoleError).not.toHaveBeenCalled();
      // Between checks console.error is what it was.
      expect(console.error).toBe(consoleError);
    } finally {
      consoleError.mockRestore();
    }
    // One structured line per refusal, with the code and no token.
    const lines = logLines.slice(linesBefore).map((line) => JSON.parse(line) as { code?: string });
    expect(lines.filter((line) => line.code === 'WW-2108')).toHaveLength(forgeries.length);
    expect(logLines.slice(linesBefore).join('\n')).not.toMatch(/eyJ|Bearer|BEGIN PUBLIC KEY/);
  });

  it('logs a refusal at most as a warning, never as an error with a stack', () => {
    const refusals = logLines
      .map((line) => JSON.parse(line) as { level: number; msg?: string; code?: string })
      .filter((line) => line.level >= 50);
    expect(refusals).toEqual([]);
  });
});
