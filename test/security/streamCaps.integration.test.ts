import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { StreamLimiter, clientAddress } from '../../src/shared/streamLimiter.js';
import { startWebChatHarness, type WebChatHarness } from '../support/webChatHarness.js';

/**
 * Hardening (docs/adr/0015-security-posture.md): 3,000 sockets on one token were all accepted. Streams are now capped per
 * conversation, per client address and in total, and the refusal is an HTTP error with a code.
 */

const sockets: WebSocket[] = [];
let harness: WebChatHarness | undefined;

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await harness?.close();
  harness = undefined;
});

type Outcome =
  | { readonly open: true; readonly socket: WebSocket }
  | { readonly open: false; readonly status: number; readonly body: string };

function connect(streamUrl: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(streamUrl);
    sockets.push(socket);
    socket.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ open: false, status: res.statusCode ?? 0, body }));
    });
    socket.on('error', (error) => reject(error));
    socket.on('open', () => resolve({ open: true, socket }));
  });
}

/** A new stream URL for the same conversation, as WebChatChannel.reconnect hands out. */
async function streamUrlFor(
  target: WebChatHarness,
  started: { conversationId: string; token: string },
): Promise<string> {
  const result = await target.request(
    'GET',
    `/v3/directline/conversations/${started.conversationId}`,
    {
      token: started.token,
    },
  );
  expect(result.status).toBe(200);
  return (result.body as { streamUrl: string }).streamUrl;
}

describe('WebSocket stream caps', () => {
  it('refuses a stream over the cap per conversation with 429 and a coded Dutch error', async () => {
    harness = await startWebChatHarness({
      limits: { streams: { perConversation: 2, perAddress: 100, total: 100 } },
    });
    const started = await harness.startConversation();
    const first = await connect(started.streamUrl);
    const second = await connect(await streamUrlFor(harness, started));
    const third = await connect(await streamUrlFor(harness, started));
    expect([first.open, second.open]).toEqual([true, true]);
    expect(third).toMatchObject({ open: false, status: 429 });
    const body = JSON.parse((third as { body: string }).body) as {
      error: { code: string; message: string };
    };
    expect(body.error.code).toBe('WW-2110');
    expect(body.error.message).toMatch(/chat/);

    // Closing one frees its place.
    if (first.open) {
      const closed = new Promise((resolve) => first.socket.once('close', resolve));
      first.socket.close();
      await closed;
    }
    const deadline = Date.now() + 2000;
    let again = await connect(await streamUrlFor(harness, started));
    while (!again.open && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      again = await connect(await streamUrlFor(harness, started));
    }
    expect(again.open).toBe(true);
  });

  it('caps streams per client address across conversations, and in total', async () => {
    harness = await startWebChatHarness({
      limits: { streams: { perConversation: 10, perAddress: 3, total: 100 } },
    });
    const outcomes: Outcome[] = [];
    for (let index = 0; index < 4; index += 1) {
      const started = await harness.startConversation();
      outcomes.push(await connect(started.streamUrl));
    }
    expect(outcomes.map((outcome) => outcome.open)).toEqual([true, true, true, false]);
    expect(outcomes[3]).toMatchObject({ status: 429 });
    expect(harness.channel.stats().sockets).toBe(3);
  });

  it('answers 503 when the server as a whole is full', () => {
    const limiter = new StreamLimiter({ perConversation: 5, perAddress: 5, total: 2 });
    expect(limiter.acquire('a', '10.0.0.1').ok).toBe(true);
    const second = limiter.acquire('b', '10.0.0.2');
    expect(limiter.acquire('c', '10.0.0.3')).toMatchObject({ ok: false, code: 'WW-2111' });
    if (second.ok) {
      second.release();
      second.release();
    }
    expect(limiter.open).toBe(1);
    expect(limiter.acquire('c', '10.0.0.3').ok).toBe(true);
  });

  it('takes the address a trusted proxy appended, and the peer otherwise', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9, 198.51.100.7', true)).toBe('198.51.100.7');
    expect(clientAddress('127.0.0.1', '203.0.113.9', false)).toBe('127.0.0.1');
  });
});
