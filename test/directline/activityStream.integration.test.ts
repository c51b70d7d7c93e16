import { MemoryConversationLog } from '../../src/directline/conversationLog.js';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { ActivityGroup } from '../../src/directline/activity.js';
import { ActivityStream } from '../../src/directline/activityStream.js';
import { ChannelTokens } from '../../src/directline/channelTokens.js';
import { ConversationStore } from '../../src/directline/conversationStore.js';
import { createLogger } from '../../src/shared/logger.js';
import { ManualClock } from '../support/manualClock.js';
import {
  eventually,
  startWebChatHarness,
  texts,
  type HarnessOptions,
  type WebChatHarness,
} from '../support/webChatHarness.js';

const harnesses: WebChatHarness[] = [];
const sockets: WebSocket[] = [];

async function start(options: HarnessOptions = {}): Promise<WebChatHarness> {
  const harness = await startWebChatHarness(options);
  harnesses.push(harness);
  return harness;
}

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
});

interface StreamClient {
  readonly socket: WebSocket;
  readonly groups: ActivityGroup[];
  readonly closed: Promise<{ code: number }>;
  texts(): string[];
}

/** Opens a stream URL; resolves once open, rejects with the HTTP status when the upgrade is refused. */
function connect(streamUrl: string): Promise<StreamClient> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(streamUrl);
    sockets.push(socket);
    const groups: ActivityGroup[] = [];
    const closed = new Promise<{ code: number }>((done) =>
      socket.on('close', (code) => done({ code })),
    );
    socket.on('message', (data) => groups.push(JSON.parse(String(data)) as ActivityGroup));
    socket.on('unexpected-response', (_req, res) => reject(new Error(`status ${res.statusCode}`)));
    socket.on('error', (error) => reject(error));
    socket.on('open', () =>
      resolve({
        socket,
        groups,
        closed,
        texts: () => texts(groups.flatMap((group) => group.activities)),
      }),
    );
  });
}

async function post(harness: WebChatHarness, token: string, conversationId: string, text: string) {
  const result = await harness.request(
    'POST',
    `/v3/directline/conversations/${conversationId}/activities`,
    {
      token,
      body: { type: 'message', text },
    },
  );
  expect(result.status).toBe(200);
}

async function reconnectUrl(
  harness: WebChatHarness,
  token: string,
  conversationId: string,
  watermark?: string,
) {
  const query = watermark === undefined ? '' : `?watermark=${watermark}`;
  const result = await harness.request(
    'GET',
    `/v3/directline/conversations/${conversationId}${query}`,
    { token },
  );
  expect(result.status).toBe(200);
  return (result.body as { streamUrl: string }).streamUrl;
}

describe('Direct Line WebSocket stream', () => {
  it('sends the backlog, then pushes every new activity live', async () => {
    const harness = await start();
    const { token, conversationId } = await harness.startConversation();
    await post(harness, token, conversationId, 'eerst');
    const stream = await connect(await reconnectUrl(harness, token, conversationId));
    await eventually(
      () => stream.texts(),
      (seen) => seen.length === 2,
    );
    expect(stream.texts()).toEqual(['eerst', 'echo: eerst']);

    await post(harness, token, conversationId, 'daarna');
    await eventually(
      () => stream.texts(),
      (seen) => seen.length === 4,
    );
    expect(stream.texts()).toEqual(['eerst', 'echo: eerst', 'daarna', 'echo: daarna']);
    const watermarks = stream.groups.map((group) => Number(group.watermark));
    expect(watermarks).toEqual([...watermarks].sort((a, b) => a - b));
    expect(stream.groups.at(-1)?.watermark).toBe('4');
  });

  it('starts after the watermark in the stream URL', async () => {
    const harness = await start();
    const { token, conversationId } = await harness.startConversation();
    await post(harness, token, conversationId, 'een');
    await post(harness, token, conversationId, 'twee');
    const stream = await connect(await reconnectUrl(harness, token, conversationId, '2'));
    await eventually(
      () => stream.texts(),
      (seen) => seen.length === 2,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stream.texts()).toEqual(['twee', 'echo: twee']);
  });

  it('refuses a missing, forged, reused or foreign stream token before the upgrade', async () => {
    const harness = await start();
    const a = await harness.startConversation();
    const b = await harness.startConversation();
    const base = `${harness.baseUrl.replace('http', 'ws')}/v3/directline/conversations/${a.conversationId}/stream`;

    await expect(connect(base)).rejects.toThrow('status 401');
    await expect(connect(`${base}?t=forged.token.value`)).rejects.toThrow('status 403');
    // A conversation token is not a stream token: the long-lived token never belongs in a URL.
    await expect(connect(`${base}?t=${a.token}`)).rejects.toThrow('status 403');
    // B's stream URL, pointed at A's conversation.
    const foreign = new URL(await reconnectUrl(harness, b.token, b.conversationId));
    await expect(connect(`${base}?${foreign.searchParams.toString()}`)).rejects.toThrow(
      'status 403',
    );

    const url = await reconnectUrl(harness, a.token, a.conversationId);
    const first = await connect(url);
    await expect(connect(url)).rejects.toThrow('status 403');
    expect(first.socket.readyState).toBe(WebSocket.OPEN);

    const unknownPath = `${harness.baseUrl.replace('http', 'ws')}/v3/directline/elsewhere`;
    await expect(connect(unknownPath)).rejects.toThrow('status 404');
  });

  it('ignores the client keep-alive pings and keeps pushing', async () => {
    const harness = await start();
    const { token, conversationId } = await harness.startConversation();
    const stream = await connect(await reconnectUrl(harness, token, conversationId));
    stream.socket.send('');
    stream.socket.send('');
    stream.socket.send('{"not":"protocol"}');
    await post(harness, token, conversationId, 'na de ping');
    await eventually(
      () => stream.texts(),
      (seen) => seen.length === 2,
    );
    expect(stream.socket.readyState).toBe(WebSocket.OPEN);
  });

  it('pushes bot typing live without storing it', async () => {
    const harness = await start({
      logic: async (context) => {
        await context.sendActivity({ type: 'typing' });
        await context.sendActivity('klaar');
      },
    });
    const { token, conversationId } = await harness.startConversation();
    const stream = await connect(await reconnectUrl(harness, token, conversationId));
    await post(harness, token, conversationId, 'hoi');
    await eventually(
      () => stream.texts(),
      (seen) => seen.includes('klaar'),
    );
    const types = stream.groups.flatMap((group) =>
      group.activities.map((activity) => activity.type),
    );
    expect(types).toEqual(['message', 'typing', 'message']);
    const polled = await harness.request(
      'GET',
      `/v3/directline/conversations/${conversationId}/activities`,
      { token },
    );
    expect((polled.body as ActivityGroup).activities.map((activity) => activity.type)).toEqual([
      'message',
      'message',
    ]);
  });

  it('closes the sockets of an evicted conversation; the client can reconnect and go on', async () => {
    const clock = new ManualClock();
    const harness = await start({ clock, env: { WEBCHAT_CONVERSATION_IDLE_MINUTES: '5' } });
    const { token, conversationId } = await harness.startConversation();
    const stream = await connect(await reconnectUrl(harness, token, conversationId));
    clock.advanceMinutes(6);
    await harness.channel.log.sweep();
    expect((await stream.closed).code).toBe(1000);

    const again = await connect(await reconnectUrl(harness, token, conversationId, '0'));
    await post(harness, token, conversationId, 'terug');
    await eventually(
      () => again.texts(),
      (seen) => seen.length === 2,
    );
  });

  it('closes every socket with 1001 on shutdown and counts them while open', async () => {
    const harness = await start();
    const { token, conversationId } = await harness.startConversation();
    const one = await connect(await reconnectUrl(harness, token, conversationId));
    const two = await connect(await reconnectUrl(harness, token, conversationId));
    expect(harness.channel.stats().sockets).toBe(2);
    await harness.channel.close(500);
    expect((await one.closed).code).toBe(1001);
    expect((await two.closed).code).toBe(1001);
    expect(harness.channel.stats().sockets).toBe(0);
    const readiness = await harness.request('GET', '/readyz');
    expect(readiness.status).toBe(503);
  });

  it('ends a socket after its lifetime and drops one that stops answering pings', async () => {
    const clock = new ManualClock();
    const tokens = new ChannelTokens({
      secret: 'stream-test-secret-0123456789-abcdef',
      ttlSeconds: 600,
      clock,
    });
    const store = new ConversationStore({ clock, idleMinutes: 60 });
    store.create('conv1', 'dl_user');
    const make = (lifetimeMs: number) => {
      const stream = new ActivityStream({
        tokens,
        log: new MemoryConversationLog(store),
        logger: createLogger({ level: 'silent' }),
        maxSocketLifetimeMs: lifetimeMs,
        heartbeatMs: 50,
      });
      const http = createHttpServer((_req, res) => res.writeHead(404).end());
      stream.attach(http);
      return { stream, http };
    };
    const open = async (lifetimeMs: number, options: { autoPong: boolean }) => {
      const { stream, http } = make(lifetimeMs);
      await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
      const { port } = http.address() as AddressInfo;
      const { token } = await tokens.issueStreamToken('conv1', 'dl_user');
      const socket = new WebSocket(
        `ws://127.0.0.1:${port}/v3/directline/conversations/conv1/stream?t=${token}`,
        options,
      );
      sockets.push(socket);
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      await new Promise((resolve, reject) => {
        socket.on('open', resolve);
        socket.on('error', reject);
      });
      const stop = async () => {
        await stream.close();
        http.closeAllConnections();
        await new Promise((resolve) => http.close(resolve));
      };
      return { socket, closed, stream, stop };
    };

    const healthy = await open(200, { autoPong: true });
    const started = Date.now();
    // Answers pings, so only the lifetime ends it, with a normal close the client reconnects after.
    expect(await healthy.closed).toBe(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    await healthy.stop();

    const silent = await open(60_000, { autoPong: false });
    // No pong: terminated by the heartbeat (1006, no close frame), long before the lifetime.
    expect(await silent.closed).toBe(1006);
    await eventually(
      () => silent.stream.socketCount,
      (count) => count === 0,
    );
    await silent.stop();
  });
});
