import { ConnectionStatus, DirectLine, type Activity } from 'botframework-directlinejs';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { fetchAjax } from '../support/directLineAjax.js';
import { startWebChatHarness, type WebChatHarness } from '../support/webChatHarness.js';

/**
 * The real client Web Chat uses (botframework-directlinejs), against our channel, the way the widget
 * creates it: a token and conversation id from /api/webchat/token, our domain, polling or WebSocket.
 */

const harnesses: WebChatHarness[] = [];
const clients: DirectLine[] = [];
const subscriptions: { unsubscribe(): void }[] = [];

afterEach(async () => {
  for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
  for (const client of clients.splice(0)) client.end();
  Reflect.deleteProperty(globalThis, 'WebSocket');
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
});

async function issue(harness: WebChatHarness) {
  const result = await harness.request('POST', '/api/webchat/token', { body: {} });
  return result.body as { token: string; conversationId: string; userId: string };
}

function collect(client: DirectLine): Activity[] {
  const seen: Activity[] = [];
  subscriptions.push(
    client.activity$.subscribe({
      next: (activity) => seen.push(activity),
      // After end() the client reports "conversation ended" here; that is the expected way out.
      error: () => undefined,
    }),
  );
  return seen;
}

function waitFor(check: () => boolean, timeoutMs = 8000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error('timed out waiting for the client'));
      }
    }, 20);
  });
}

function post(client: DirectLine, activity: Activity): Promise<string> {
  return new Promise((resolve, reject) => {
    client.postActivity(activity).subscribe({ next: resolve, error: reject });
  });
}

function textOf(activity: Activity): string | undefined {
  return activity.type === 'message' ? activity.text : undefined;
}

describe('botframework-directlinejs against the self-hosted channel', () => {
  it('connects by polling, posts, and receives the bot reply', async () => {
    const harness = await startWebChatHarness();
    harnesses.push(harness);
    const { token, conversationId, userId } = await issue(harness);
    const client = new DirectLine({
      token,
      conversationId,
      domain: harness.domain,
      webSocket: false,
      pollingInterval: 200,
      ajax: fetchAjax as never,
      // The library reads the WebSocket service even when it polls; Node 20 has no global one.
      WebSocket: WebSocket as never,
    });
    clients.push(client);
    const statuses: ConnectionStatus[] = [];
    subscriptions.push(client.connectionStatus$.subscribe((status) => statuses.push(status)));
    const seen = collect(client);

    const id = await post(client, { type: 'message', from: { id: 'ignored' }, text: 'Hallo bot' });
    expect(id).toBe(`${conversationId}|0000001`);
    await waitFor(() => seen.some((activity) => textOf(activity) === 'echo: Hallo bot'));
    expect(statuses).toContain(ConnectionStatus.Online);
    const own = seen.find((activity) => activity.id === id);
    expect(own?.from.id).toBe(userId);
  });

  it('connects by WebSocket, receives pushes, and resumes a conversation after a reload', async () => {
    Reflect.set(globalThis, 'WebSocket', WebSocket);
    const harness = await startWebChatHarness();
    harnesses.push(harness);
    const { token, conversationId } = await issue(harness);
    const first = new DirectLine({
      token,
      conversationId,
      domain: harness.domain,
      webSocket: true,
      ajax: fetchAjax as never,
      WebSocket: WebSocket as never,
    });
    clients.push(first);
    const seen = collect(first);
    await post(first, { type: 'message', from: { id: 'x' }, text: 'Via de socket' });
    await waitFor(() => seen.some((activity) => textOf(activity) === 'echo: Via de socket'));
    expect(harness.channel.stats().sockets).toBe(1);
    for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
    first.end();
    await waitFor(() => harness.channel.stats().sockets === 0);

    // A reload: the widget hands the stored token and conversation id to a fresh client.
    const second = new DirectLine({
      token,
      conversationId,
      domain: harness.domain,
      webSocket: true,
      ajax: fetchAjax as never,
      WebSocket: WebSocket as never,
    });
    clients.push(second);
    const resumed = collect(second);
    await waitFor(() => resumed.filter((activity) => activity.type === 'message').length >= 2);
    expect(resumed.map(textOf)).toEqual(['Via de socket', 'echo: Via de socket']);
  });
});
