import type { Activity } from 'botbuilder';
import { ConnectorClient, TokenCredentials } from 'botframework-connector';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActivityGroup } from '../../src/directline/activity.js';
import { startWebChatHarness, texts, type WebChatHarness } from '../support/webChatHarness.js';

const harnesses: WebChatHarness[] = [];

afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
});

async function setup() {
  const harness = await startWebChatHarness({ logic: null });
  harnesses.push(harness);
  const conversation = await harness.startConversation();
  const botToken = await harness.channel.mintBotToken();
  const transcript = async () => {
    const result = await harness.request(
      'GET',
      `/v3/directline/conversations/${conversation.conversationId}/activities`,
      { token: conversation.token },
    );
    return result.body as ActivityGroup;
  };
  const connector = (method: string, suffix: string, body?: unknown, token = botToken) =>
    harness.request(
      method,
      `/v3/conversations/${conversation.conversationId}/activities${suffix}`,
      {
        token,
        ...(body === undefined ? {} : { body }),
      },
    );
  return { harness, conversation, botToken, transcript, connector };
}

function errorCode(body: unknown): string | undefined {
  return (body as { error?: { code?: string } }).error?.code;
}

describe('Bot Connector routes', () => {
  it('are closed without a bot token, and a resident token is not one', async () => {
    const { conversation, connector } = await setup();
    const anonymous = await connector('POST', '', { type: 'message', text: 'x' }, '');
    expect(anonymous.status).toBe(401);
    expect(errorCode(anonymous.body)).toBe('WW-2101');
    const resident = await connector(
      'POST',
      '',
      { type: 'message', text: 'x' },
      conversation.token,
    );
    expect(resident.status).toBe(403);
    expect(errorCode(resident.body)).toBe('WW-2102');
  });

  it('deliver a proactive message and a reply into the resident transcript', async () => {
    const { harness, conversation, transcript, connector } = await setup();
    const sent = await connector('POST', '', {
      type: 'message',
      text: 'Het wijkteam heeft uw vraag opgepakt.',
      from: { id: 'spoofed' },
    });
    expect(sent.status).toBe(200);
    const { id } = sent.body as { id: string };
    const reply = await connector('POST', `/${encodeURIComponent(id)}`, {
      type: 'message',
      text: 'Nog iets.',
    });
    expect(reply.status).toBe(200);

    const activities = (await transcript()).activities;
    expect(texts(activities)).toEqual(['Het wijkteam heeft uw vraag opgepakt.', 'Nog iets.']);
    expect(activities[0]).toMatchObject({
      id,
      from: { id: 'wijkwijzer', role: 'bot' },
      recipient: { id: conversation.userId, role: 'user' },
      channelId: 'webchat',
      serviceUrl: harness.baseUrl,
    });
    expect(activities[1]?.replyToId).toBe(id);
  });

  it('update an activity in place and delete it', async () => {
    const { transcript, connector } = await setup();
    const sent = await connector('POST', '', { type: 'message', text: 'Even geduld...' });
    const { id } = sent.body as { id: string };
    const before = await transcript();

    const updated = await connector('PUT', `/${encodeURIComponent(id)}`, {
      type: 'message',
      text: 'Gevonden!',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual({ id });
    const after = await transcript();
    expect(after.activities).toHaveLength(1);
    expect(after.activities[0]).toMatchObject({ id, text: 'Gevonden!' });
    expect(Number(after.watermark)).toBeGreaterThan(Number(before.watermark));

    const deleted = await connector('DELETE', `/${encodeURIComponent(id)}`);
    expect(deleted.status).toBe(200);
    expect((await transcript()).activities).toEqual([
      expect.objectContaining({ id, type: 'messageDelete' }),
    ]);
    const again = await connector('DELETE', `/${encodeURIComponent(id)}`);
    expect(again.status).toBe(404);
    expect(errorCode(again.body)).toBe('WW-2106');
  });

  it('answer 404 WW-2104 for a conversation the channel does not have, 400 for a malformed activity', async () => {
    const { harness, botToken, connector } = await setup();
    const unknown = await harness.request('POST', '/v3/conversations/not-here/activities', {
      token: botToken,
      body: { type: 'message', text: 'x' },
    });
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown.body)).toBe('WW-2104');
    expect((await connector('POST', '', { text: 'no type' })).status).toBe(400);
  });

  it('speak the REST shape botframework-connector uses, as an out-of-process bot would', async () => {
    const { harness, conversation, botToken, transcript } = await setup();
    const client = new ConnectorClient(new TokenCredentials(botToken), {
      baseUri: harness.baseUrl,
    });
    const activity: Partial<Activity> = {
      type: 'message',
      text: 'Via HTTP',
      from: { id: 'wijkwijzer', name: 'bot' },
      recipient: { id: conversation.userId, name: '' },
      conversation: {
        id: conversation.conversationId,
        isGroup: false,
        conversationType: 'personal',
        name: '',
      },
      channelId: 'webchat',
    };
    const sent = await client.conversations.sendToConversation(
      conversation.conversationId,
      activity,
    );
    const sentId = sent.id ?? '';
    expect(sentId).toContain('|');
    const reply = await client.conversations.replyToActivity(conversation.conversationId, sentId, {
      ...activity,
      text: 'Antwoord via HTTP',
    });
    await client.conversations.updateActivity(conversation.conversationId, sentId, {
      ...activity,
      text: 'Bijgewerkt via HTTP',
    });
    const activities = (await transcript()).activities;
    expect(texts(activities)).toEqual(['Antwoord via HTTP', 'Bijgewerkt via HTTP']);
    expect(activities[0]).toMatchObject({ id: reply.id, replyToId: sentId });
    await client.conversations.deleteActivity(conversation.conversationId, reply.id ?? '');
    expect(texts((await transcript()).activities)).toEqual(['Bijgewerkt via HTTP']);
  });
});
