import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startWebChatHarness, type WebChatHarness } from '../support/webChatHarness.js';

/**
 * A slow client holds a connection and its memory for as long as the server waits for its
 * request. Node's defaults wait 60 s for the headers and 300 s for the whole request (checked
 * every 30 s), so one client dripping a byte every few seconds kept a socket for minutes, and a
 * few thousand such clients held every descriptor. The server now waits at most
 * HTTP_REQUEST_TIMEOUT_SECONDS (30) for a whole request, 10 s for its headers, and checks often;
 * an open WebSocket is not a request and is not cut (docs/adr/0015-security-posture.md §1).
 */

let harness: WebChatHarness | undefined;
const sockets: (net.Socket | WebSocket)[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) {
    if (socket instanceof WebSocket) socket.terminate();
    else socket.destroy();
  }
  await harness?.close();
  harness = undefined;
});

/** Sends `first`, then `drip` every 200 ms; resolves with the status line (if any) and the time. */
function slowClient(
  baseUrl: string,
  first: string,
  drip: string,
): Promise<{ status: string | null; ms: number }> {
  const { port } = new URL(baseUrl);
  const started = Date.now();
  return new Promise((resolve) => {
    let status: string | null = null;
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(first));
    sockets.push(socket);
    const timer = setInterval(() => {
      if (!socket.destroyed) socket.write(drip);
    }, 200);
    socket.on('data', (data: Buffer) => {
      status ??= data.toString().split('\r\n')[0] ?? null;
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ status, ms: Date.now() - started });
    });
  });
}

describe('slow clients', () => {
  it('a request whose body drips in is answered 408 and closed after the request timeout', async () => {
    harness = await startWebChatHarness({ env: { HTTP_REQUEST_TIMEOUT_SECONDS: '2' } });
    const result = await slowClient(
      harness.baseUrl,
      'POST /api/webchat/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
      ' ',
    );
    expect(result.status).toBe('HTTP/1.1 408 Request Timeout');
    expect(result.ms).toBeGreaterThanOrEqual(1_900);
    expect(result.ms).toBeLessThan(8_000);
  });

  it('headers that drip in are cut off too', async () => {
    harness = await startWebChatHarness({ env: { HTTP_REQUEST_TIMEOUT_SECONDS: '2' } });
    const result = await slowClient(
      harness.baseUrl,
      'GET /healthz HTTP/1.1\r\nHost: x\r\n',
      'X-Slow: y\r\n',
    );
    expect(result.ms).toBeLessThan(8_000);
  });

  it('leaves an open WebSocket alone, and a normal request still works', async () => {
    harness = await startWebChatHarness({ env: { HTTP_REQUEST_TIMEOUT_SECONDS: '1' } });
    const started = await harness.startConversation();
    const socket = new WebSocket(started.streamUrl);
    sockets.push(socket);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    let closed = false;
    socket.once('close', () => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(closed).toBe(false);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    expect((await harness.request('GET', '/healthz')).status).toBe(200);
  });
});
