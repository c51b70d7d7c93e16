import { ActivityEventNames, TurnContext, type ConversationReference } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import { afterEach, describe, expect, it } from 'vitest';
import { WebChatAdapter } from '../../src/bot/webChatAdapter.js';
import type { StoredActivity } from '../../src/directline/activity.js';
import { WebChatChannel } from '../../src/directline/webChatChannel.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { createLogger } from '../../src/shared/logger.js';
import { ManualClock } from '../support/manualClock.js';
import { testConfig, texts } from '../support/webChatHarness.js';

const channels: WebChatChannel[] = [];

afterEach(async () => {
  await Promise.all(channels.splice(0).map((channel) => channel.close(500)));
});

async function setup(maxDelayMs?: number) {
  const clock = new ManualClock();
  const channel = new WebChatChannel({
    config: testConfig(),
    clock,
    logger: createLogger({ level: 'silent' }),
  });
  channels.push(channel);
  const connector = channel.connector;
  const adapter = new WebChatAdapter(
    maxDelayMs === undefined ? { channel: connector } : { channel: connector, maxDelayMs },
  );
  const { conversationId } = await channel.issueToken('dl_resident');
  const incoming = await channel.log.append(conversationId, {
    type: 'message',
    text: 'Hallo',
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:3978',
    conversation: { id: conversationId },
    from: { id: 'dl_resident', role: 'user' },
    recipient: { id: 'wijkwijzer', role: 'bot' },
  });
  const transcript = async (): Promise<StoredActivity[]> => [
    ...(await channel.log.list(conversationId)).activities,
  ];
  return { channel, adapter, conversationId, incoming, transcript };
}

describe('WebChatAdapter', () => {
  it('runs middleware and logic for a channel activity; replies land in the channel with replyToId', async () => {
    const { adapter, incoming, transcript, conversationId } = await setup();
    const calls: string[] = [];
    adapter.use(async (context, next) => {
      calls.push(`middleware ${context.activity.type}`);
      await next();
    });
    await adapter.processActivity(incoming, async (context) => {
      calls.push(`logic ${context.activity.text}`);
      const response = await context.sendActivity('Dag!');
      calls.push(`sent ${response?.id}`);
    });
    const [, reply] = await transcript();
    expect(calls).toEqual(['middleware message', 'logic Hallo', `sent ${reply?.id}`]);
    expect(reply).toMatchObject({
      type: 'message',
      text: 'Dag!',
      replyToId: incoming.id,
      from: { id: 'wijkwijzer', role: 'bot' },
      recipient: { id: 'dl_resident', role: 'user' },
      conversation: { id: conversationId },
    });
  });

  it('pauses for delay activities (capped), keeps traces out and hands back invoke responses', async () => {
    const { adapter, incoming, transcript } = await setup(30);
    const started = Date.now();
    const invoke = await adapter.processActivity(incoming, async (context) => {
      const responses = await context.sendActivities([
        { type: 'message', text: 'een' },
        { type: 'delay', value: 60_000 },
        { type: 'trace', name: 'debug', value: { secret: 'internal' } },
        { type: 'message', text: 'twee' },
        { type: 'invokeResponse', value: { status: 200, body: { ok: true } } },
      ]);
      expect(responses).toHaveLength(5);
      expect(responses[0]?.id).toMatch(/\|0000002$/);
      expect(responses[3]?.id).toMatch(/\|0000003$/);
    });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(25);
    expect(elapsed).toBeLessThan(5000);
    expect(invoke).toEqual({ status: 200, body: { ok: true } });
    expect(texts(await transcript())).toEqual(['Hallo', 'een', 'twee']);
    expect((await transcript()).map((activity) => activity.type)).not.toContain('trace');
  });

  it('updates and deletes what it sent', async () => {
    const { adapter, incoming, transcript } = await setup();
    await adapter.processActivity(incoming, async (context) => {
      const sent = await context.sendActivity('Zoeken...');
      const reference = TurnContext.getReplyConversationReference(
        context.activity,
        sent ?? { id: '' },
      );
      await context.updateActivity({
        ...context.activity,
        type: 'message',
        text: 'Gevonden',
        id: sent?.id ?? '',
      });
      expect(texts(await transcript())).toEqual(['Hallo', 'Gevonden']);
      await context.deleteActivity(reference);
    });
    expect((await transcript()).map((activity) => activity.type)).toEqual([
      'message',
      'messageDelete',
    ]);
  });

  it('sends proactive messages into a live conversation with continueConversationAsync', async () => {
    const { adapter, incoming, transcript } = await setup();
    let reference: Partial<ConversationReference> = {};
    await adapter.processActivity(incoming, async (context) => {
      reference = TurnContext.getConversationReference(context.activity);
    });
    let seenName: string | undefined;
    let seenClaims: unknown;
    await adapter.continueConversationAsync('app-id', reference, async (context) => {
      seenName = context.activity.name;
      seenClaims = context.turnState.get(adapter.BotIdentityKey);
      await context.sendActivity('Het wijkteam belt u morgen.');
    });
    expect(seenName).toBe(ActivityEventNames.ContinueConversation);
    expect(seenClaims).toBeInstanceOf(ClaimsIdentity);
    expect((seenClaims as ClaimsIdentity).getClaimValue(AuthenticationConstants.AppIdClaim)).toBe(
      'app-id',
    );
    await adapter.continueConversation(reference, async (context) => {
      await context.sendActivity('Nog een bericht.');
    });
    const identity = new ClaimsIdentity([], true);
    await adapter.continueConversationAsync(identity, reference, 'audience', async (context) => {
      expect(context.turnState.get(adapter.BotIdentityKey)).toBe(identity);
    });
    expect(texts(await transcript())).toEqual([
      'Hallo',
      'Het wijkteam belt u morgen.',
      'Nog een bericht.',
    ]);
  });

  it('throws WW-2104 for a conversation the channel no longer has, without running the logic', async () => {
    const { adapter, channel, conversationId } = await setup();
    const reference: Partial<ConversationReference> = {
      channelId: 'webchat',
      serviceUrl: 'http://127.0.0.1:3978',
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      user: { id: 'dl_resident', name: '' },
      bot: { id: 'wijkwijzer', name: '' },
    };
    await channel.log.close();
    let ran = false;
    const attempt = adapter.continueConversationAsync('', reference, async () => {
      ran = true;
    });
    await expect(attempt).rejects.toBeInstanceOf(WijkwijzerError);
    await expect(attempt).rejects.toMatchObject({ code: 'WW-2104' });
    expect(ran).toBe(false);
  });

  it('routes a failing turn to onTurnError, and rethrows when there is none', async () => {
    const { adapter, incoming, transcript } = await setup();
    const failing = async () => {
      throw new Error('dialog broke');
    };
    await expect(adapter.processActivity(incoming, failing)).rejects.toThrow('dialog broke');

    const handled: string[] = [];
    adapter.onTurnError = async (context, error) => {
      handled.push(error.message);
      await context.sendActivity('Sorry, er ging iets mis.');
    };
    await adapter.processActivity(incoming, failing);
    expect(handled).toEqual(['dialog broke']);
    expect(texts(await transcript())).toEqual(['Hallo', 'Sorry, er ging iets mis.']);
  });
});
