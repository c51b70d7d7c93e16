import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GraphClient } from '../../src/teams/graphClient.js';
import { cardCarries, textCarries } from '../../src/teams/postedCardFinder.js';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fakeBotConnector.js';

const TEAM = '2f0c6b1e-8d5a-4c3b-9e7f-1a2b3c4d5e6f';
const CHANNEL = '19:overdracht-zuid@thread.tacv2';

describe('GraphClient against the loopback fake', () => {
  let fake: FakeBotConnector;

  beforeEach(async () => {
    fake = await startFakeBotConnector();
    fake.graph.addTeam(TEAM, [CHANNEL]);
  });
  afterEach(() => fake.close());

  const client = (secret = fake.graph.clientSecret, now = Date.now) =>
    new GraphClient(
      {
        clientId: fake.graph.clientId,
        clientSecret: secret,
        graphUrl: fake.graph.url,
        loginUrl: fake.graph.url,
      },
      fetch,
      now,
    );

  it('lists a channel newest first in pages, with one token until it runs out', async () => {
    for (const text of ['een', 'twee', 'drie']) fake.graph.postAsUser(CHANNEL, text);
    let now = Date.now();
    const graph = client(fake.graph.clientSecret, () => now);
    const first = await graph.channelMessages('tenant', TEAM, CHANNEL, { top: 2 });
    expect(first.messages).toHaveLength(2);
    expect(first.nextLink).toBeDefined();
    const second = await graph.channelMessages('tenant', TEAM, CHANNEL, {
      top: 2,
      ...(first.nextLink === undefined ? {} : { nextLink: first.nextLink }),
    });
    expect(second.messages).toHaveLength(1);
    expect(second.nextLink).toBeUndefined();
    const ids = [...first.messages, ...second.messages].map((message) => Number(message.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const tokenCalls = () => fake.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token'));
    expect(tokenCalls()).toHaveLength(1);
    // An hour later (less the margin) a new token is asked for.
    now += 3600_000;
    await graph.channelMessages('tenant', TEAM, CHANNEL, { top: 2 });
    expect(tokenCalls()).toHaveLength(2);
  });

  it('refuses with WW-7203 when the secret is wrong and WW-7204 when the team did not grant', async () => {
    await expect(
      client('wrong').channelMessages('tenant', TEAM, CHANNEL, { top: 5 }),
    ).rejects.toMatchObject({ code: 'WW-7203', detail: { status: 401 } });
    fake.graph.addTeam(TEAM, [CHANNEL], { granted: false });
    await expect(
      client().channelMessages('tenant', TEAM, CHANNEL, { top: 5 }),
    ).rejects.toMatchObject({ code: 'WW-7204', detail: { status: 403, graphCode: 'Forbidden' } });
  });

  it('never sends its token to another host in a next link', async () => {
    await expect(
      client().channelMessages('tenant', TEAM, CHANNEL, {
        top: 5,
        nextLink: 'https://elders.example/v1.0/teams/x/channels/y/messages',
      }),
    ).rejects.toMatchObject({ code: 'WW-7204', detail: { reason: 'next link off Graph' } });
    expect(fake.requests.filter((r) => r.path.endsWith('/token'))).toHaveLength(0);
  });
});

describe('GraphClient bounds', () => {
  let server: Server;
  let base: string;
  let answer: (path: string) => { status: number; body: string; delayMs?: number };

  beforeEach(async () => {
    server = createServer((request, response) => {
      const { status, body, delayMs } = answer(request.url ?? '/');
      setTimeout(() => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(body);
      }, delayMs ?? 0).unref();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterEach(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );

  const token = JSON.stringify({ token_type: 'Bearer', expires_in: 3599, access_token: 'abc' });
  const graph = () =>
    new GraphClient({
      clientId: 'app',
      clientSecret: 'secret',
      graphUrl: base,
      loginUrl: base,
      timeoutMs: 300,
      maxBytes: 10_000,
    });

  it('refuses an answer that is too large, too slow or of another shape, with WW-7204', async () => {
    answer = (path) =>
      path.includes('/token')
        ? { status: 200, body: token }
        : { status: 200, body: JSON.stringify({ value: [], filler: 'x'.repeat(20_000) }) };
    await expect(graph().channelMessages('t', TEAM, CHANNEL, { top: 1 })).rejects.toMatchObject({
      code: 'WW-7204',
      detail: { reason: 'too large' },
    });
    answer = (path) =>
      path.includes('/token')
        ? { status: 200, body: token }
        : { status: 200, body: '{"value":[]}', delayMs: 2_000 };
    await expect(graph().channelMessages('t', TEAM, CHANNEL, { top: 1 })).rejects.toMatchObject({
      code: 'WW-7204',
      detail: { reason: 'network' },
    });
    answer = (path) =>
      path.includes('/token')
        ? { status: 200, body: token }
        : { status: 200, body: JSON.stringify({ value: [{ id: 7 }] }) };
    await expect(graph().channelMessages('t', TEAM, CHANNEL, { top: 1 })).rejects.toMatchObject({
      code: 'WW-7204',
      detail: { reason: 'shape' },
    });
  });
});

describe('cardCarries', () => {
  it('finds the reference in a button or as a whole word, not inside a longer one', () => {
    const card = (text: string, reference: string) =>
      JSON.stringify({
        type: 'AdaptiveCard',
        body: [{ type: 'TextBlock', text }],
        actions: [{ type: 'Action.Execute', data: { reference, verb: 'claim' } }],
      });
    expect(cardCarries(card('Vraag WW-2026-0001', 'WW-2026-0001'), 'WW-2026-0001')).toBe(true);
    expect(cardCarries(card('Vraag WW-2026-0001', 'x'), 'WW-2026-0001')).toBe(true);
    expect(cardCarries(card('Vraag', 'WW-2026-00012'), 'WW-2026-0001')).toBe(false);
    expect(cardCarries(card('Vraag WW-2026-00012', 'x'), 'WW-2026-0001')).toBe(false);
    expect(cardCarries('not json', 'WW-2026-0001')).toBe(false);
  });
});

describe('textCarries', () => {
  it("finds the reference in a reply's HTML as a whole word only", () => {
    const line = (reference: string) => `<p>Casus ${reference} wacht al 4 werkuren.</p>`;
    expect(textCarries(line('WW-2026-0001'), 'WW-2026-0001')).toBe(true);
    expect(textCarries(line('WW-2026-00012'), 'WW-2026-0001')).toBe(false);
    expect(textCarries('', 'WW-2026-0001')).toBe(false);
  });
});
