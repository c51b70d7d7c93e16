import { afterEach, describe, expect, it } from 'vitest';
import type { TurnContext } from 'botbuilder';
import { loadConfig } from '../src/config.js';
import { createServer, type ServerDeps } from '../src/server.js';
import { botEndpointAccess, botRoutes } from '../src/bot/botRoutes.js';
import { createAzureChannelAdapter } from '../src/bot/cloudAdapter.js';
import { InFlight } from '../src/shared/inFlight.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { captureLogger } from './support/logs.js';
import { listen } from './support/http.js';

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

async function start(overrides: Partial<ServerDeps> = {}, environment: NodeJS.ProcessEnv = {}) {
  const capture = captureLogger();
  const config = loadConfig({
    MAX_BODY_BYTES: '4096',
    // Without an app registration the endpoint is open only in development mode.
    ...(environment.MicrosoftAppId === undefined ? { DEVELOPMENT_MODE: 'true' } : {}),
    ...environment,
  });
  const adapter = createAzureChannelAdapter(config.botFramework);
  const echo = async (context: TurnContext) => {
    if (context.activity.type === 'message')
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  };
  const server = createServer({
    config,
    logger: capture.logger,
    readiness: [],
    routes: [
      botRoutes({
        adapter,
        logic: echo,
        inFlight: new InFlight(),
        access: botEndpointAccess(config),
        maxMessageChars: config.webchat.maxMessageChars,
      }),
    ],
    isShuttingDown: () => false,
    ...overrides,
  });
  const running = await listen(server);
  stop = running.close;
  return { ...running, capture };
}

const activity = (text: string) => ({
  type: 'message',
  id: 'a1',
  text,
  channelId: 'test',
  serviceUrl: 'http://127.0.0.1:9/',
  deliveryMode: 'expectReplies',
  from: { id: 'user-1' },
  recipient: { id: 'bot' },
  conversation: { id: 'conversation-1' },
});

describe('server routes', () => {
  it('answers /healthz', async () => {
    const { baseUrl } = await start();
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('reports readiness with the detail of every check, and 503 when one fails', async () => {
    const { baseUrl } = await start({
      readiness: [
        { name: 'knowledge', check: async () => ({ ok: true, detail: { entries: 61 } }) },
        { name: 'storage', check: async () => ({ ok: false, detail: { reason: 'not writable' } }) },
      ],
    });
    const response = await fetch(`${baseUrl}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'not-ready',
      checks: {
        knowledge: { ok: true, entries: 61 },
        storage: { ok: false, reason: 'not writable' },
      },
    });
  });

  it('is ready when every check passes', async () => {
    const { baseUrl } = await start({
      readiness: [{ name: 'knowledge', check: async () => ({ ok: true }) }],
    });
    const response = await fetch(`${baseUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready' });
  });

  it('answers unknown routes with a JSON 404 from the catalogue', async () => {
    const { baseUrl } = await start();
    const response = await fetch(`${baseUrl}/nothing/here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        code: 'WW-2003',
        message: 'Deze pagina bestaat niet.',
        correlationId: response.headers.get('x-request-id'),
      },
    });
  });

  it('refuses a body over the limit with 413 and keeps serving', async () => {
    const { baseUrl } = await start();
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity('x'.repeat(10_000))),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'WW-2002' } });
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  });

  it('refuses malformed JSON on /api/messages with 400, and the process keeps running', async () => {
    const { baseUrl } = await start();
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "message", ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'WW-2001' } });
    const next = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity('hallo')),
    });
    expect(next.status).toBe(200);
  });

  it('refuses JSON that is not an activity with 400', async () => {
    const { baseUrl } = await start();
    for (const body of ['[]', '"text"', '{"text":"no type"}', '{"type":""}']) {
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status, body).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'WW-2004' } });
    }
  });

  it('runs a turn and returns the replies for deliveryMode expectReplies', async () => {
    const { baseUrl } = await start();
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity('hallo')),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      activities: [{ type: 'message', text: 'echo: hallo' }],
    });
  });

  it('refuses unauthenticated requests once an app registration is configured', async () => {
    const { baseUrl } = await start(
      {},
      { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' },
    );
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-jwt' },
      body: JSON.stringify(activity('hallo')),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'WW-2108' } });
  });

  it('turns an unexpected error into a 500 without leaking its message, and logs it', async () => {
    const { baseUrl, capture } = await start({
      routes: [
        (server) => {
          server.get('/explode', async () => {
            throw new TypeError('internal detail 0612345678');
          });
        },
      ],
    });
    const response = await fetch(`${baseUrl}/explode`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('internal detail');
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'WW-2006' } });
    expect(
      capture.lines().some((line) => line.code === 'WW-2006' && line.msg === 'request failed'),
    ).toBe(true);
  });

  it('uses the status and code of a WijkwijzerError', async () => {
    const { baseUrl } = await start({
      routes: [
        (server) => {
          server.get('/conflict', async () => {
            throw new WijkwijzerError('WW-3001');
          });
        },
      ],
    });
    const response = await fetch(`${baseUrl}/conflict`);
    expect(response.status).toBe(412);
    expect(await response.json()).toMatchObject({ error: { code: 'WW-3001' } });
  });

  it('refuses new work with 503 while shutting down but still answers health', async () => {
    const { baseUrl } = await start({ isShuttingDown: () => true });
    const post = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity('hallo')),
    });
    expect(post.status).toBe(503);
    expect(await post.json()).toMatchObject({ error: { code: 'WW-2009' } });
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/readyz`)).status).toBe(503);
  });
});
