import { afterEach, describe, expect, it } from 'vitest';
import type { TurnLogic } from '../../src/bot/webChatAdapter.js';
import type { ActivityGroup, StoredActivity } from '../../src/directline/activity.js';
import { nl } from '../../src/i18n/nl/index.js';
import { ManualClock } from '../support/manualClock.js';
import {
  eventually,
  startWebChatHarness,
  texts,
  type HarnessOptions,
  type WebChatHarness,
} from '../support/webChatHarness.js';

const harnesses: WebChatHarness[] = [];

async function start(options: HarnessOptions = {}): Promise<WebChatHarness> {
  const harness = await startWebChatHarness(options);
  harnesses.push(harness);
  return harness;
}

afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
});

function activitiesPath(conversationId: string, watermark?: string): string {
  const query = watermark === undefined ? '' : `?watermark=${watermark}`;
  return `/v3/directline/conversations/${conversationId}/activities${query}`;
}

function errorCode(body: unknown): string | undefined {
  return (body as { error?: { code?: string } }).error?.code;
}

async function post(harness: WebChatHarness, token: string, conversationId: string, body: unknown) {
  return harness.request('POST', activitiesPath(conversationId), { token, body });
}

async function list(
  harness: WebChatHarness,
  token: string,
  conversationId: string,
  watermark?: string,
) {
  const result = await harness.request('GET', activitiesPath(conversationId, watermark), { token });
  expect(result.status).toBe(200);
  return result.body as ActivityGroup;
}

describe('Direct Line routes: conversations and tokens', () => {
  it('starts the conversation the token is bound to, with a stream URL on our own port', async () => {
    const harness = await start();
    const issued = await harness.request('POST', '/api/webchat/token', { body: {} });
    expect(issued.status).toBe(200);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    const {
      token,
      conversationId,
      expires_in: expiresIn,
      userId,
    } = issued.body as Record<string, unknown>;
    expect(expiresIn).toBe(1800);
    expect(userId).toMatch(/^dl_/);

    const started = await harness.request('POST', '/v3/directline/conversations', {
      token: String(token),
    });
    expect(started.status).toBe(200);
    const body = started.body as Record<string, string>;
    expect(body.conversationId).toBe(conversationId);
    expect(body.streamUrl).toMatch(
      new RegExp(
        `^ws://127\\.0\\.0\\.1:${new URL(harness.baseUrl).port}/v3/directline/conversations/${conversationId}/stream\\?t=`,
      ),
    );
    expect(body.token).toEqual(expect.any(String));
  });

  it('refuses a missing token with 401 WW-2101 and a forged one with 403 WW-2102', async () => {
    const harness = await start();
    const { conversationId } = await harness.startConversation();
    const missing = await harness.request('GET', activitiesPath(conversationId));
    expect(missing.status).toBe(401);
    expect(errorCode(missing.body)).toBe('WW-2101');
    const forged = await harness.request('GET', activitiesPath(conversationId), {
      token: 'abc.def.ghi',
    });
    expect(forged.status).toBe(403);
    expect(errorCode(forged.body)).toBe('WW-2102');
  });

  it('never lets a token for conversation A read or write conversation B', async () => {
    const harness = await start();
    const a = await harness.startConversation();
    const b = await harness.startConversation();
    expect(
      (await post(harness, b.token, b.conversationId, { type: 'message', text: 'geheim van B' }))
        .status,
    ).toBe(200);

    const read = await harness.request('GET', activitiesPath(b.conversationId), { token: a.token });
    expect(read.status).toBe(403);
    expect(errorCode(read.body)).toBe('WW-2103');
    const write = await post(harness, a.token, b.conversationId, {
      type: 'message',
      text: 'van A',
    });
    expect(write.status).toBe(403);
    const reconnect = await harness.request(
      'GET',
      `/v3/directline/conversations/${b.conversationId}`,
      {
        token: a.token,
      },
    );
    expect(reconnect.status).toBe(403);

    expect(texts((await list(harness, a.token, a.conversationId)).activities)).toEqual([]);
    expect(texts((await list(harness, b.token, b.conversationId)).activities)).toEqual([
      'geheim van B',
      'echo: geheim van B',
    ]);
  });

  it('refuses an expired token with 403 and will not refresh it', async () => {
    const clock = new ManualClock();
    const harness = await start({ clock });
    const { token, conversationId } = await harness.startConversation();
    clock.advanceSeconds(1801);
    const read = await harness.request('GET', activitiesPath(conversationId), { token });
    expect(read.status).toBe(403);
    expect(errorCode(read.body)).toBe('WW-2102');
    const refresh = await harness.request('POST', '/v3/directline/tokens/refresh', { token });
    expect(refresh.status).toBe(403);
  });

  it('refreshes a valid token for the same conversation with a new expiry', async () => {
    const clock = new ManualClock();
    const harness = await start({ clock });
    const { token, conversationId } = await harness.startConversation();
    clock.advanceSeconds(900);
    const refresh = await harness.request('POST', '/v3/directline/tokens/refresh', { token });
    expect(refresh.status).toBe(200);
    const refreshed = refresh.body as { token: string; conversationId: string; expires_in: number };
    expect(refreshed.conversationId).toBe(conversationId);
    expect(refreshed.expires_in).toBe(1800);
    clock.advanceSeconds(1000);
    // The old token has expired by now; the refreshed one still works in the same conversation.
    expect((await harness.request('GET', activitiesPath(conversationId), { token })).status).toBe(
      403,
    );
    expect(
      (await post(harness, refreshed.token, conversationId, { type: 'message', text: 'hoi' }))
        .status,
    ).toBe(200);
  });

  it('gives a new stream URL and token on reconnect', async () => {
    const harness = await start();
    const { token, conversationId } = await harness.startConversation();
    const result = await harness.request(
      'GET',
      `/v3/directline/conversations/${conversationId}?watermark=0`,
      {
        token,
      },
    );
    expect(result.status).toBe(200);
    const body = result.body as Record<string, string>;
    expect(body.conversationId).toBe(conversationId);
    expect(body.streamUrl).toContain('&watermark=0');
    const malformed = await harness.request(
      'GET',
      `/v3/directline/conversations/${conversationId}?watermark=x`,
      {
        token,
      },
    );
    expect(malformed.status).toBe(400);
  });

  it('hands out tokens through generate only to holders of a generate token', async () => {
    const harness = await start();
    const generateToken = await harness.channel.mintGenerateToken();
    const generated = await harness.request('POST', '/v3/directline/tokens/generate', {
      token: generateToken,
      body: { user: { id: 'dl_partner-user' } },
    });
    expect(generated.status).toBe(200);
    const { token, conversationId } = generated.body as { token: string; conversationId: string };
    expect(
      (await post(harness, token, conversationId, { type: 'message', text: 'hoi' })).status,
    ).toBe(200);
    const group = await list(harness, token, conversationId);
    expect(group.activities[0]?.from).toEqual({ id: 'dl_partner-user', role: 'user' });

    const { token: residentToken } = await harness.startConversation();
    const refused = await harness.request('POST', '/v3/directline/tokens/generate', {
      token: residentToken,
    });
    expect(refused.status).toBe(403);
    const anonymous = await harness.request('POST', '/v3/directline/tokens/generate');
    expect(anonymous.status).toBe(401);
  });

  it('answers uploads with 501 WW-2107', async () => {
    const harness = await start();
    const { token, conversationId } = await harness.startConversation();
    const result = await harness.request(
      'POST',
      `/v3/directline/conversations/${conversationId}/upload`,
      {
        token,
        body: {},
      },
    );
    expect(result.status).toBe(501);
    expect(errorCode(result.body)).toBe('WW-2107');
  });
});

describe('Direct Line routes: activities', () => {
  it('sets the envelope itself and never trusts the client from.id', async () => {
    const harness = await start();
    const { token, conversationId, userId } = await harness.startConversation();
    const result = await post(harness, token, conversationId, {
      type: 'message',
      text: 'Hallo',
      from: { id: 'someone-else', name: 'Mallory', role: 'bot' },
      channelId: 'msteams',
      serviceUrl: 'https://evil.example',
      conversation: { id: 'other' },
      recipient: { id: 'x' },
      channelData: { clientActivityID: 'abc123' },
      id: 'client-chosen',
      unknownField: 'dropped',
    });
    expect(result.status).toBe(200);
    const { id } = result.body as { id: string };
    expect(id).toBe(`${conversationId}|0000001`);
    const [stored, reply] = (await list(harness, token, conversationId))
      .activities as StoredActivity[];
    expect(stored).toMatchObject({
      id,
      type: 'message',
      text: 'Hallo',
      from: { id: userId, role: 'user' },
      channelId: 'webchat',
      serviceUrl: harness.baseUrl,
      conversation: { id: conversationId },
      recipient: { id: 'wijkwijzer', role: 'bot' },
      channelData: { clientActivityID: 'abc123' },
    });
    expect(stored).not.toHaveProperty('unknownField');
    expect(reply).toMatchObject({
      text: 'echo: Hallo',
      replyToId: id,
      from: { id: 'wijkwijzer', role: 'bot' },
      recipient: { id: userId, role: 'user' },
    });
  });

  it('pages activities by watermark with no duplicates and no gaps', async () => {
    const harness = await start({ limits: { pageSize: 3 } });
    const { token, conversationId } = await harness.startConversation();
    for (let index = 1; index <= 5; index += 1) {
      expect(
        (await post(harness, token, conversationId, { type: 'message', text: `m${index}` })).status,
      ).toBe(200);
    }
    const seen: StoredActivity[] = [];
    let watermark: string | undefined;
    for (let round = 0; round < 10; round += 1) {
      const page = await list(harness, token, conversationId, watermark);
      expect(page.activities.length).toBeLessThanOrEqual(3);
      if (page.activities.length === 0) {
        expect(page.watermark).toBe(watermark);
        break;
      }
      seen.push(...page.activities);
      watermark = page.watermark;
    }
    expect(texts(seen)).toEqual([
      'm1',
      'echo: m1',
      'm2',
      'echo: m2',
      'm3',
      'echo: m3',
      'm4',
      'echo: m4',
      'm5',
      'echo: m5',
    ]);
    expect(new Set(seen.map((activity) => activity.id)).size).toBe(10);
    expect(seen.map((activity) => Number(activity.id.split('|')[1]))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('refuses text over the limit with 413 WW-2105 and the Dutch text, and stores nothing', async () => {
    const harness = await start({ env: { WEBCHAT_MAX_MESSAGE_CHARS: '100' } });
    const { token, conversationId } = await harness.startConversation();
    const exact = await post(harness, token, conversationId, {
      type: 'message',
      text: 'é'.repeat(100),
    });
    expect(exact.status).toBe(200);
    const tooLong = await post(harness, token, conversationId, {
      type: 'message',
      text: 'a'.repeat(101),
    });
    expect(tooLong.status).toBe(413);
    expect(tooLong.body).toMatchObject({
      error: { code: 'WW-2105', message: nl.errors['WW-2105'] },
    });
    expect((await list(harness, token, conversationId)).activities).toHaveLength(2);
  });

  it('refuses malformed activities with 400 and keeps serving', async () => {
    const harness = await start();
    const { token, conversationId } = await harness.startConversation();
    const malformed: unknown[] = [
      {},
      { type: 'invoke', name: 'x' },
      { type: 'unknownType', text: 'x' },
      { type: 'message', text: 42 },
      { type: 'message' },
      { type: 'event' },
      { type: 'message', text: 'x', attachments: [{ contentType: 'image/png' }] },
      { type: 'message', text: 'x', locale: 'not a locale!' },
      [],
    ];
    for (const body of malformed) {
      const result = await post(harness, token, conversationId, body);
      expect(result.status, JSON.stringify(body)).toBe(400);
    }
    const notJson = await harness.request('POST', activitiesPath(conversationId), {
      token,
      body: '{"type": "message", ',
    });
    expect(notJson.status).toBe(400);
    expect(
      (await post(harness, token, conversationId, { type: 'message', text: 'nog steeds' })).status,
    ).toBe(200);
  });

  it('accepts what Web Chat sends: card submits, events, typing', async () => {
    const seen: string[] = [];
    const harness = await start({
      logic: async (context) => {
        seen.push(
          `${context.activity.type}:${context.activity.name ?? context.activity.text ?? ''}`,
        );
      },
    });
    const { token, conversationId } = await harness.startConversation();
    const submit = await post(harness, token, conversationId, {
      type: 'message',
      value: { choice: 'geld' },
    });
    const event = await post(harness, token, conversationId, {
      type: 'event',
      name: 'webchat/join',
      value: {},
    });
    const typing = await post(harness, token, conversationId, { type: 'typing' });
    expect([submit.status, event.status, typing.status]).toEqual([200, 200, 200]);
    expect((typing.body as { id: string }).id).toEqual(expect.any(String));
    // Typing is neither stored nor a turn.
    expect(seen).toEqual(['message:', 'event:webchat/join']);
    expect(
      (await list(harness, token, conversationId)).activities.map((activity) => activity.type),
    ).toEqual(['message', 'event']);
  });

  it('serializes turns per conversation but not across conversations', async () => {
    let running = 0;
    let maxRunning = 0;
    const order: string[] = [];
    const slowBot: TurnLogic = async (context) => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      order.push(`start ${context.activity.text}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
      order.push(`end ${context.activity.text}`);
      running -= 1;
    };
    const harness = await start({ logic: slowBot });
    const a = await harness.startConversation();
    const b = await harness.startConversation();
    await Promise.all([
      post(harness, a.token, a.conversationId, { type: 'message', text: 'a1' }),
      post(harness, a.token, a.conversationId, { type: 'message', text: 'a2' }),
    ]);
    expect(maxRunning).toBe(1);
    expect(order).toEqual(['start a1', 'end a1', 'start a2', 'end a2']);

    maxRunning = 0;
    await Promise.all([
      post(harness, a.token, a.conversationId, { type: 'message', text: 'a3' }),
      post(harness, b.token, b.conversationId, { type: 'message', text: 'b1' }),
    ]);
    expect(maxRunning).toBe(2);
  });

  it('answers the post after the bot turn, or after the delivery timeout while the turn goes on', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const harness = await start({
      limits: { deliveryTimeoutMs: 100 },
      logic: async (context) => {
        await gate;
        await context.sendActivity('eindelijk');
      },
    });
    const { token, conversationId } = await harness.startConversation();
    const started = Date.now();
    const result = await post(harness, token, conversationId, { type: 'message', text: 'traag' });
    expect(result.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(texts((await list(harness, token, conversationId)).activities)).toEqual(['traag']);
    release();
    await eventually(
      () => list(harness, token, conversationId),
      (group) => texts(group.activities).includes('eindelijk'),
    );
    expect(harness.logs.some((line) => line.includes('answered the post without waiting'))).toBe(
      true,
    );
  });

  it('logs a failing delivery with ids and code, not the text, and still answers 200', async () => {
    const harness = await start({
      logic: async () => {
        throw new Error('bot broke');
      },
    });
    const { token, conversationId } = await harness.startConversation();
    const result = await post(harness, token, conversationId, {
      type: 'message',
      text: 'mijn BSN is 123',
    });
    expect(result.status).toBe(200);
    const failure = harness.logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((entry) => entry.msg === 'delivery to the bot failed');
    expect(failure).toMatchObject({
      conversationId,
      activityId: `${conversationId}|0000001`,
      code: 'WW-9001',
    });
    expect(harness.logs.join('\n')).not.toContain('mijn BSN');
  });

  it('refuses new messages with 429 while too many turns wait for one conversation', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const harness = await start({
      limits: { maxPendingTurns: 1, deliveryTimeoutMs: 50 },
      logic: () => gate,
    });
    const { token, conversationId } = await harness.startConversation();
    expect(
      (await post(harness, token, conversationId, { type: 'message', text: 'een' })).status,
    ).toBe(200);
    const refused = await post(harness, token, conversationId, { type: 'message', text: 'twee' });
    expect(refused.status).toBe(429);
    expect(errorCode(refused.body)).toBe('WW-2005');
    release();
  });
});

describe('Direct Line routes: restart', () => {
  it('re-creates an unknown conversation for a valid token, continuing after the client watermark', async () => {
    const first = await start();
    const { token, conversationId } = await first.startConversation();
    await post(first, token, conversationId, { type: 'message', text: 'voor de herstart' });
    const before = await list(first, token, conversationId);
    expect(before.watermark).toBe('2');
    await first.close();

    // Same secret, new process: the conversation is gone from memory, the token is still valid.
    const second = await start();
    expect(await second.channel.connector.hasConversation(conversationId)).toBe(false);
    const reconnect = await second.request(
      'GET',
      `/v3/directline/conversations/${conversationId}?watermark=${before.watermark}`,
      { token },
    );
    expect(reconnect.status).toBe(200);
    const empty = await list(second, token, conversationId, before.watermark);
    expect(empty.activities).toEqual([]);

    expect(
      (await post(second, token, conversationId, { type: 'message', text: 'na de herstart' }))
        .status,
    ).toBe(200);
    const after = await list(second, token, conversationId, before.watermark);
    expect(texts(after.activities)).toEqual(['na de herstart', 'echo: na de herstart']);
    expect(Number(after.watermark)).toBeGreaterThan(Number(before.watermark));
  });

  it('re-creates on a post too, numbering above anything the old process handed out', async () => {
    const first = await start();
    const { token, conversationId } = await first.startConversation();
    for (let index = 0; index < 3; index += 1) {
      await post(first, token, conversationId, { type: 'message', text: `oud ${index}` });
    }
    const oldWatermark = (await list(first, token, conversationId)).watermark;
    await first.close();

    const second = await start();
    // The resident types before the client has reconnected: the post comes first.
    expect(
      (await post(second, token, conversationId, { type: 'message', text: 'nieuw' })).status,
    ).toBe(200);
    const seen = await list(second, token, conversationId, oldWatermark);
    expect(texts(seen.activities)).toEqual(['nieuw', 'echo: nieuw']);
  });
});
