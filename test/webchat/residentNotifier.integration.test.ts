import { afterEach, describe, expect, it } from 'vitest';
import { webChatResidentNotifier } from '../../src/webchat/residentNotifier.js';
import { silentLogger } from '../support/logs.js';
import { startWebChatHarness, texts, type WebChatHarness } from '../support/webChatHarness.js';

describe('telling a resident in the web chat that their question moved on', () => {
  let harness: WebChatHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('writes into the resident’s open conversation, found by the key stored with the case', async () => {
    harness = await startWebChatHarness({ logic: null });
    const conversation = await harness.startConversation('resident-key-0123456789abcdefghij');
    const notifier = webChatResidentNotifier(harness.channel, silentLogger());

    const reached = await notifier.notify(
      `webchat:${conversation.userId}`,
      'Uw vraag is opgepakt.',
    );

    expect(reached).toBe(true);
    const listed = await harness.request(
      'GET',
      `/v3/directline/conversations/${conversation.conversationId}/activities`,
      { token: conversation.token },
    );
    expect(texts((listed.body as { activities: { text?: unknown }[] }).activities)).toEqual([
      'Uw vraag is opgepakt.',
    ]);
  });

  it('reaches nobody when the resident is not connected or chats on another channel', async () => {
    harness = await startWebChatHarness({ logic: null });
    const conversation = await harness.startConversation('resident-key-0123456789abcdefghij');
    const notifier = webChatResidentNotifier(harness.channel, silentLogger());

    expect(await notifier.notify('webchat:dl_someone-else', 'Hallo')).toBe(false);
    expect(await notifier.notify(`emulator:${conversation.userId}`, 'Hallo')).toBe(false);
    const listed = await harness.request(
      'GET',
      `/v3/directline/conversations/${conversation.conversationId}/activities`,
      { token: conversation.token },
    );
    expect((listed.body as { activities: unknown[] }).activities).toEqual([]);
  });
});
