import {
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TeamsInfo,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fakeBotConnector.js';

const CHANNEL = '19:wijkteam-west@thread.tacv2';

/** The real adapter with no app id: it sends unauthenticated, which the fake accepts. */
function unauthenticatedAdapter(): CloudAdapter {
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
}

function channelReference(
  fake: FakeBotConnector,
  conversationId = CHANNEL,
): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: fake.serviceUrl,
    conversation: { id: conversationId, isGroup: true, conversationType: 'channel', name: 'West' },
    bot: { id: '28:wijkwijzer', name: 'Wijkwijzer' },
  };
}

async function inConversation(
  fake: FakeBotConnector,
  logic: (context: TurnContext) => Promise<void>,
  conversationId = CHANNEL,
): Promise<void> {
  await unauthenticatedAdapter().continueConversationAsync(
    '',
    channelReference(fake, conversationId),
    logic,
  );
}

const card = (text: string) =>
  CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text }],
  });

describe('fake Bot Connector', () => {
  let fake: FakeBotConnector;

  beforeEach(async () => {
    fake = await startFakeBotConnector();
  });

  afterEach(async () => {
    await fake.close();
  });

  it('takes a card from the real CloudAdapter and an update of it, with Teams-like ids', async () => {
    let sentId = '';
    await inConversation(fake, async (context) => {
      const sent = await context.sendActivity({ type: 'message', attachments: [card('nieuw')] });
      sentId = sent?.id ?? '';
      await context.updateActivity({
        id: sentId,
        type: 'message',
        attachments: [card('opgepakt')],
      });
    });

    expect(sentId).toMatch(/^\d{13}$/);
    expect(fake.requests.map((request) => [request.method, request.status])).toEqual([
      ['POST', 200],
      ['PUT', 200],
    ]);
    expect(fake.requests[0]!.conversationId).toBe(CHANNEL);
    expect(fake.requests[1]!.path).toBe(`/v3/conversations/${CHANNEL}/activities/${sentId}`);
    const stored = fake.activity(CHANNEL, sentId);
    expect(stored?.updates).toBe(1);
    expect(JSON.stringify(stored?.activity)).toContain('opgepakt');
    expect(fake.activities(CHANNEL)).toHaveLength(1);
  });

  it('creates a conversation (a new channel thread) with its first message', async () => {
    const adapter = unauthenticatedAdapter();
    let threadId = '';
    await adapter.createConversationAsync(
      '',
      'msteams',
      fake.serviceUrl,
      '',
      {
        isGroup: true,
        channelData: { channel: { id: CHANNEL } },
        activity: { type: 'message', text: 'hallo' },
        bot: { id: '28:wijkwijzer', name: 'Wijkwijzer' },
        members: [],
      } as never,
      async (context) => {
        threadId = context.activity.conversation.id;
      },
    );
    const created = fake.requests[0]!;
    expect([created.method, created.path, created.status]).toEqual([
      'POST',
      '/v3/conversations',
      201,
    ]);
    expect(threadId).toMatch(/^19:[0-9a-f]{32}@thread\.tacv2;messageid=\d{13}$/);
    const firstId = threadId.split('messageid=')[1]!;
    expect(fake.activity(threadId, firstId)?.activity.text).toBe('hallo');
  });

  it('answers an update of an unknown message with 404 ActivityNotFoundInConversation', async () => {
    let sentId = '';
    await inConversation(fake, async (context) => {
      sentId = (await context.sendActivity('een kaart'))?.id ?? '';
    });
    fake.forgetActivity(CHANNEL, sentId);
    const failure = await inConversation(fake, async (context) => {
      await context.updateActivity({ id: sentId, type: 'message', text: 'nieuw' });
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ statusCode: 404, code: 'ActivityNotFoundInConversation' });
  });

  it('can be told to fail the next call with 404, and then works again', async () => {
    fake.failNext('activityNotFound', { method: 'PUT' });
    let sentId = '';
    const failure = await inConversation(fake, async (context) => {
      sentId = (await context.sendActivity('kaart'))?.id ?? '';
      await context.updateActivity({ id: sentId, type: 'message', text: 'bijgewerkt' });
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ statusCode: 404, code: 'ActivityNotFoundInConversation' });
    expect(fake.activity(CHANNEL, sentId)?.updates).toBe(0);

    await inConversation(fake, async (context) => {
      await context.updateActivity({ id: sentId, type: 'message', text: 'bijgewerkt' });
    });
    expect(fake.activity(CHANNEL, sentId)?.activity.text).toBe('bijgewerkt');
  });

  it('answers every call for a removed conversation with 404 ConversationNotFound', async () => {
    fake.removeConversation(CHANNEL);
    const failure = await inConversation(fake, async (context) => {
      await context.sendActivity('hallo');
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ statusCode: 404, code: 'ConversationNotFound' });
    expect(fake.activities(CHANNEL)).toHaveLength(0);
  });

  it('throttles with 429 and Retry-After; the SDK waits and sends again', async () => {
    fake.failNext('throttled', { retryAfterSeconds: 1 });
    const started = Date.now();
    await inConversation(fake, async (context) => {
      await context.sendActivity('hallo');
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(fake.requests.map((request) => request.status)).toEqual([429, 200]);
    expect(fake.activities(CHANNEL)).toHaveLength(1);
  });

  it('fails the next N matching calls only, with the status and body Teams uses', async () => {
    fake.failNext('serverError', { times: 2, method: 'POST' });
    fake.failNext('throttled', { retryAfterSeconds: 7, path: /members$/ });
    const post = () =>
      fetch(`${fake.serviceUrl}v3/conversations/${encodeURIComponent(CHANNEL)}/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'x' }),
      });
    const first = await post();
    expect(first.status).toBe(500);
    expect(await first.json()).toEqual({
      error: { code: 'ServiceError', message: 'Unknown error.' },
    });
    expect((await post()).status).toBe(500);
    expect((await post()).status).toBe(200);

    const members = await fetch(
      `${fake.serviceUrl}v3/conversations/${encodeURIComponent(CHANNEL)}/members`,
    );
    expect(members.status).toBe(429);
    expect(members.headers.get('retry-after')).toBe('7');
    expect((await members.json()) as unknown).toMatchObject({ error: { code: 'Throttled' } });
  });

  it('a 500 is retried by the SDK; the retry lands', async () => {
    fake.failNext('serverError');
    await inConversation(fake, async (context) => {
      await context.sendActivity('hallo');
    });
    expect(fake.requests.map((request) => request.status)).toEqual([500, 200]);
  });

  it('serves the team roster to TeamsInfo', async () => {
    fake.setMembers(CHANNEL, [
      { id: '29:anna', name: 'Anna de Vries', aadObjectId: 'aad-anna' },
      { id: '29:bram', name: 'Bram Jansen', aadObjectId: 'aad-bram' },
    ]);
    let roster: string[] = [];
    let one = '';
    await inConversation(fake, async (context) => {
      const paged = await TeamsInfo.getPagedMembers(context);
      roster = paged.members.map((member) => `${member.id}=${member.aadObjectId ?? ''}`);
      one = (await TeamsInfo.getMember(context, '29:bram')).name;
    });
    expect(roster).toEqual(['29:anna=aad-anna', '29:bram=aad-bram']);
    expect(one).toBe('Bram Jansen');
  });
});
