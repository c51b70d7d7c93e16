import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.js';

interface TokenResponse {
  token: string;
  conversationId: string;
}
interface ActivitySet {
  activities: Array<{ type: string; text?: string; from: { role?: string } }>;
  watermark: string;
}

async function json<T>(response: Response): Promise<T> {
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as T;
}

/** The bot's messages after a watermark, through the Direct Line polling route Web Chat also uses. */
async function botMessages(
  baseUrl: string,
  session: TokenResponse,
  watermark = '',
): Promise<ActivitySet> {
  const response = await fetch(
    `${baseUrl}/v3/directline/conversations/${session.conversationId}/activities?watermark=${watermark}`,
    { headers: { authorization: `Bearer ${session.token}` } },
  );
  return json<ActivitySet>(response);
}

async function post(
  baseUrl: string,
  session: TokenResponse,
  activity: Record<string, unknown>,
): Promise<void> {
  await json(
    await fetch(`${baseUrl}/v3/directline/conversations/${session.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ from: { id: 'ignored' }, locale: 'nl-NL', ...activity }),
    }),
  );
}

describe('a restart of the process', () => {
  let running: RunningApp | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it('does not lose a conversation in progress', async () => {
    running = await startApp();
    const dataDir = running.dataDir;
    const session = await json<TokenResponse>(
      await fetch(`${running.baseUrl}/api/webchat/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    await post(running.baseUrl, session, { type: 'event', name: 'webchat/join' });
    const before = await botMessages(running.baseUrl, session);
    expect(before.activities.filter((a) => a.type === 'message').map((a) => a.text)).toContain(
      'Waar kan ik u mee helpen? Schrijf het in uw eigen woorden.',
    );

    await running.stop({ keepData: true });
    running = await startApp({}, undefined, dataDir);

    // The same token still works: the channel re-creates the conversation, and the bot's state
    // (waiting for the question) comes back from disk, so the answer continues the dialog.
    await post(running.baseUrl, session, {
      type: 'message',
      text: 'Ik zoek hulp bij mijn administratie',
    });
    const after = await botMessages(running.baseUrl, session, before.watermark);
    const texts = after.activities
      .filter((a) => a.type === 'message' && a.from.role === 'bot')
      .map((a) => a.text);
    expect(texts[0]).toBe('Dank u wel. Ik heb uw vraag gelezen.');
    expect(texts.join(' ')).not.toContain('Ik ben de digitale wijkwijzer');
  });
});

describe('a graceful stop', () => {
  it('does not wait for open web chat connections', async () => {
    const { WebSocket } = await import('ws');
    const running = await startApp();
    try {
      const session = await json<TokenResponse>(
        await fetch(`${running.baseUrl}/api/webchat/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        }),
      );
      const conversation = await json<{ streamUrl: string }>(
        await fetch(`${running.baseUrl}/v3/directline/conversations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${session.token}` },
        }),
      );
      const socket = new WebSocket(conversation.streamUrl);
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      const closedByServer = new Promise<number>((resolve) => socket.once('close', resolve));
      const started = performance.now();
      await running.stop();
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(await closedByServer).toBeGreaterThan(0);
    } finally {
      await running.stop();
    }
  });
});
