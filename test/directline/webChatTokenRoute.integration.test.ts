import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTokenIssuer } from '../../src/webchat/azureDirectLineTokens.js';
import { residentUserId } from '../../src/webchat/tokenRoute.js';
import {
  startWebChatHarness,
  type HarnessOptions,
  type WebChatHarness,
} from '../support/webChatHarness.js';

const harnesses: WebChatHarness[] = [];
const fakes: HttpServer[] = [];

async function start(options: HarnessOptions = {}): Promise<WebChatHarness> {
  const harness = await startWebChatHarness(options);
  harnesses.push(harness);
  return harness;
}

afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
  for (const fake of fakes.splice(0)) {
    fake.closeAllConnections();
    await new Promise((resolve) => fake.close(resolve));
  }
});

const KEY = 'Qm9ndXMtcmVzaWRlbnQta2V5LTEyMzQ1';

function errorCode(body: unknown): string | undefined {
  return (body as { error?: { code?: string } }).error?.code;
}

describe('POST /api/webchat/token (self-hosted)', () => {
  it('returns a Direct Line token response bound to a new conversation', async () => {
    const harness = await start();
    const result = await harness.request('POST', '/api/webchat/token');
    expect(result.status).toBe(200);
    const body = result.body as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['conversationId', 'expires_in', 'token', 'userId']);
    expect(await harness.channel.connector.hasConversation(String(body.conversationId))).toBe(true);
    const second = (await harness.request('POST', '/api/webchat/token', { body: {} }))
      .body as Record<string, unknown>;
    expect(second.conversationId).not.toBe(body.conversationId);
    // Anonymous residents get a fresh user id every time.
    expect(second.userId).not.toBe(body.userId);
  });

  it('recognises a returning resident by key, without the key itself ever showing', async () => {
    const harness = await start();
    const first = (
      await harness.request('POST', '/api/webchat/token', { body: { residentKey: KEY } })
    ).body as Record<string, string>;
    const again = (
      await harness.request('POST', '/api/webchat/token', { body: { residentKey: KEY } })
    ).body as Record<string, string>;
    expect(first.userId).toBe(again.userId);
    expect(first.conversationId).not.toBe(again.conversationId);
    expect(first.userId).toBe(residentUserId(KEY, harness.config.webchat.tokenSecret));
    expect(first.userId).not.toContain(KEY);
    expect(residentUserId(KEY, 'another-secret-another-secret-another')).not.toBe(first.userId);
    expect(harness.logs.join('\n')).not.toContain(KEY);
  });

  it('refuses a malformed body or key with 400', async () => {
    const harness = await start();
    for (const body of [
      { residentKey: 'short' },
      { residentKey: 'has spaces in it which are not allowed' },
      { residentKey: 'x'.repeat(65) },
      { residentKey: 42 },
      { residentKey: KEY, extra: true },
      ['array'],
    ]) {
      const result = await harness.request('POST', '/api/webchat/token', { body });
      expect(result.status, JSON.stringify(body)).toBe(400);
      expect(errorCode(result.body)).toBe('WW-2004');
    }
  });

  it('limits each client to the configured tokens per minute with a JSON 429', async () => {
    const harness = await start({ env: { WEBCHAT_TOKEN_RATE_PER_MINUTE: '3' } });
    const statuses: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      statuses.push((await harness.request('POST', '/api/webchat/token')).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await harness.request('POST', '/api/webchat/token');
    expect(refused.status).toBe(429);
    expect(errorCode(refused.body)).toBe('WW-2005');
  });

  it('behind a trusted proxy, counts the address the proxy saw, not what the client claims', async () => {
    const harness = await start({
      env: { WEBCHAT_TOKEN_RATE_PER_MINUTE: '2', TRUST_PROXY: 'true' },
    });
    const from = (claimed: string, seenByProxy: string) =>
      harness.request('POST', '/api/webchat/token', {
        headers: { 'x-forwarded-for': `${claimed}, ${seenByProxy}` },
      });
    expect((await from('1.1.1.1', '203.0.113.9')).status).toBe(200);
    expect((await from('2.2.2.2', '203.0.113.9')).status).toBe(200);
    // Varying the client-supplied part does not buy a new budget.
    expect((await from('3.3.3.3', '203.0.113.9')).status).toBe(429);
    expect((await from('1.1.1.1', '198.51.100.7')).status).toBe(200);
  });
});

interface FakeAzure {
  readonly domain: string;
  readonly requests: { authorization: string | undefined; body: unknown }[];
}

async function fakeAzure(
  respond: (body: unknown) => { status: number; body: unknown },
): Promise<FakeAzure> {
  const requests: FakeAzure['requests'] = [];
  const server = createHttpServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => {
      raw += chunk.toString();
    });
    req.on('end', () => {
      const body: unknown = raw === '' ? undefined : JSON.parse(raw);
      requests.push({ authorization: req.headers.authorization, body });
      if (req.method !== 'POST' || req.url !== '/v3/directline/tokens/generate') {
        res.writeHead(404).end();
        return;
      }
      const answer = respond(body);
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  fakes.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { domain: `http://127.0.0.1:${port}/v3/directline`, requests };
}

function azureHarness(domain: string) {
  return start({
    env: {
      WEBCHAT_MODE: 'azure',
      AZURE_DIRECT_LINE_SECRET: 'azure-secret-value',
      AZURE_DIRECT_LINE_DOMAIN: domain,
    },
    issuer: (config, logger) => createTokenIssuer(config, logger, undefined),
  });
}

describe('POST /api/webchat/token (Azure Direct Line mode)', () => {
  it('exchanges the secret server-side and returns only the short-lived token', async () => {
    const azure = await fakeAzure(() => ({
      status: 200,
      body: {
        conversationId: 'azure-conv-1',
        token: 'azure.jwt.token',
        expires_in: 3600,
        extra: 'x',
      },
    }));
    const harness = await azureHarness(azure.domain);
    const result = await harness.request('POST', '/api/webchat/token', {
      body: { residentKey: KEY },
    });
    expect(result.status).toBe(200);
    const userId = residentUserId(KEY, harness.config.webchat.tokenSecret);
    expect(result.body).toEqual({
      conversationId: 'azure-conv-1',
      token: 'azure.jwt.token',
      expires_in: 3600,
      userId,
    });
    expect(azure.requests).toEqual([
      { authorization: 'Bearer azure-secret-value', body: { user: { id: userId } } },
    ]);
    expect(JSON.stringify(result.body)).not.toContain('azure-secret-value');
    expect(harness.logs.join('\n')).not.toContain('azure-secret-value');
  });

  it('answers 502 WW-2109 when Azure refuses, answers nonsense, or is unreachable', async () => {
    const refusing = await fakeAzure(() => ({
      status: 403,
      body: { error: { code: 'BadArgument' } },
    }));
    const nonsense = await fakeAzure(() => ({ status: 200, body: { token: 42 } }));
    for (const domain of [refusing.domain, nonsense.domain, 'http://127.0.0.1:9/v3/directline']) {
      const harness = await azureHarness(domain);
      const result = await harness.request('POST', '/api/webchat/token');
      expect(result.status, domain).toBe(502);
      expect(errorCode(result.body)).toBe('WW-2109');
    }
  });
});
