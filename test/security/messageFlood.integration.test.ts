import { afterEach, describe, expect, it } from 'vitest';
import type { TurnLogic } from '../../src/bot/webChatAdapter.js';
import { nl } from '../../src/i18n/nl/index.js';
import {
  startWebChatHarness,
  type HarnessOptions,
  type HttpResult,
  type WebChatHarness,
} from '../support/webChatHarness.js';

/**
 * Every activity a resident's client posts is a bot turn (understanding, search, a state write).
 * Without a budget one token posted 240 messages in four seconds on the running app, each answered
 * 200 and each a turn, so one client kept the process busy for every other resident
 * (docs/security.md, review of 2 December 2026, second round). Now a conversation and a client
 * address each have a budget per minute (WEBCHAT_MESSAGES_PER_MINUTE, 30;
 * WEBCHAT_MESSAGES_PER_MINUTE_PER_ADDRESS, 300); over it the answer is 429 WW-2114 with a Dutch
 * text, and the bot never sees the message.
 */

const harnesses: WebChatHarness[] = [];

afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
});

async function start(
  options: HarnessOptions = {},
): Promise<{ harness: WebChatHarness; turns: string[] }> {
  const turns: string[] = [];
  const logic: TurnLogic = async (context) => {
    if (context.activity.type === 'message') turns.push(context.activity.text ?? '');
  };
  const harness = await startWebChatHarness({ logic, ...options });
  harnesses.push(harness);
  return { harness, turns };
}

function post(
  harness: WebChatHarness,
  conversation: { token: string; conversationId: string },
  text: string,
  headers: Record<string, string> = {},
  type = 'message',
): Promise<HttpResult> {
  return harness.request(
    'POST',
    `/v3/directline/conversations/${conversation.conversationId}/activities`,
    { token: conversation.token, body: { type, text }, headers },
  );
}

function errorOf(result: HttpResult): { code?: string; message?: string } | undefined {
  return (result.body as { error?: { code?: string; message?: string } }).error;
}

describe('the web chat channel budgets messages per conversation and per address', () => {
  it('refuses the 31st message in a minute with 429 WW-2114 in Dutch; the bot never sees it', async () => {
    const { harness, turns } = await start();
    const conversation = await harness.startConversation();
    for (let index = 1; index <= 30; index += 1) {
      expect((await post(harness, conversation, `bericht ${index}`)).status).toBe(200);
    }
    const refused = await post(harness, conversation, 'bericht 31');
    expect(refused.status).toBe(429);
    expect(errorOf(refused)).toMatchObject({
      code: 'WW-2114',
      message: nl.errors['WW-2114'],
    });
    // When to try again, as an HTTP date half a minute ahead (the text says "een halve minuut").
    const retryAt = Date.parse(refused.headers.get('retry-after') ?? '');
    expect(retryAt - Date.now()).toBeGreaterThan(25_000);
    expect(retryAt - Date.now()).toBeLessThanOrEqual(31_000);
    expect(turns).toHaveLength(30);
    expect(turns).not.toContain('bericht 31');
    // Typing costs no turn and stays free.
    expect((await post(harness, conversation, '', {}, 'typing')).status).toBe(200);
    // Another resident's conversation has its own budget.
    const other = await harness.startConversation();
    expect((await post(harness, other, 'ik heb een vraag')).status).toBe(200);
    // The budget refills: one message every two seconds.
    harness.clock.advance(2_000);
    expect((await post(harness, conversation, 'bericht 31, opnieuw')).status).toBe(200);
    expect(turns).toContain('bericht 31, opnieuw');
    expect(harness.logs.some((line) => line.includes('message budget spent'))).toBe(true);
  });

  it('counts all conversations of one address together, and addresses behind a trusted proxy apart', async () => {
    const { harness, turns } = await start({
      env: {
        WEBCHAT_MESSAGES_PER_MINUTE: '2',
        WEBCHAT_MESSAGES_PER_MINUTE_PER_ADDRESS: '5',
        TRUST_PROXY: 'true',
      },
    });
    const viaProxy = (address: string) => ({ 'x-forwarded-for': `203.0.113.9, ${address}` });
    const [first, second, third, fourth] = await Promise.all(
      [1, 2, 3, 4].map(() => harness.startConversation()),
    );
    if (first === undefined || second === undefined || third === undefined || fourth === undefined)
      throw new Error('no conversations');
    const codes = async (conversation: typeof first, count: number, address: string) => {
      const answers: (number | string | undefined)[] = [];
      for (let index = 0; index < count; index += 1) {
        const result = await post(harness, conversation, 'hallo', viaProxy(address));
        answers.push(result.status === 200 ? 200 : errorOf(result)?.code);
      }
      return answers;
    };
    // Over its own budget, a conversation does not spend the address's: the others still get 3.
    expect(await codes(first, 4, '198.51.100.7')).toEqual([200, 200, 'WW-2114', 'WW-2114']);
    expect(await codes(second, 2, '198.51.100.7')).toEqual([200, 200]);
    expect(await codes(third, 2, '198.51.100.7')).toEqual([200, 'WW-2114']);
    expect(turns).toHaveLength(5);
    // The first entry is the client's own claim; only the proxy's (last) entry counts.
    expect(await codes(fourth, 1, '192.0.2.1')).toEqual([200]);
  });
});
