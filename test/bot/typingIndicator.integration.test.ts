import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity, TurnContext } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { createAzureChannelAdapter } from '../../src/bot/cloudAdapter.js';
import { TypingIndicator } from '../../src/bot/typingIndicator.js';
import { captureLogger } from '../support/logs.js';

/**
 * Hardening (docs/adr/0015-security-posture.md): a typing indicator whose send fails must neither crash the process (an
 * unhandled rejection on a revoked TurnContext) nor end the resident's turn with an apology.
 * The channel is a loopback stub of the Bot Connector that fails typing activities, slowly (503
 * after 1.5 s) or at once (400), and accepts the bot's real replies.
 */

interface ConnectorStub {
  readonly serviceUrl: string;
  readonly replies: string[];
  readonly typingCalls: () => number;
  /** Typing requests the stub has not answered yet. */
  readonly pending: () => number;
  close(): Promise<void>;
}

async function startConnectorStub(failTyping: { status: number; afterMs: number }) {
  const replies: string[] = [];
  let typing = 0;
  let pending = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Partial<Activity>;
      if (body.type === 'typing') {
        typing += 1;
        pending += 1;
        setTimeout(() => {
          pending -= 1;
          res.writeHead(failTyping.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'ServiceError', message: 'stub failure' } }));
        }, failTyping.afterMs);
        return;
      }
      replies.push(String(body.text));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${replies.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stub: ConnectorStub = {
    serviceUrl: `http://127.0.0.1:${port}/`,
    replies,
    typingCalls: () => typing,
    pending: () => pending,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return stub;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('TypingIndicator on the Azure adapter', () => {
  let stub: ConnectorStub | undefined;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);

  afterEach(async () => {
    process.off('unhandledRejection', onRejection);
    rejections.length = 0;
    await stub?.close();
    stub = undefined;
  });

  const runFirstTurns = async (failTyping: { status: number; afterMs: number }) => {
    process.on('unhandledRejection', onRejection);
    stub = await startConnectorStub(failTyping);
    const logs = captureLogger();
    const adapter = createAzureChannelAdapter({
      appId: undefined,
      appPassword: undefined,
      appType: 'MultiTenant',
      tenantId: undefined,
    });
    const turnErrors: string[] = [];
    adapter.onTurnError = async (_context: TurnContext, error: Error) => {
      turnErrors.push(error.message);
    };
    adapter.use(new TypingIndicator({ delayMs: 100, periodMs: 200, logger: logs.logger }));
    // A slow first turn, as under load: the indicator fires while the turn still runs.
    const logic = async (context: TurnContext) => {
      await sleep(350);
      await context.sendActivity(`antwoord op ${context.activity.text ?? ''}`);
    };
    const serviceUrl = stub.serviceUrl;
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        adapter.handle(
          '',
          {
            type: 'message',
            id: `in-${index}`,
            text: `vraag ${index}`,
            channelId: 'msteams',
            serviceUrl,
            from: { id: `resident-${index}`, name: '' },
            recipient: { id: 'bot', name: '' },
            conversation: {
              id: `conversation-${index}`,
              isGroup: false,
              conversationType: '',
              name: '',
            },
          } as unknown as Activity,
          logic,
        ),
      ),
    );
    // Let the typing sends that outlive their turn fail, as the channel answers them late (the
    // connector retries a 503, so this can take several seconds).
    const deadline = Date.now() + 25_000;
    let seen = -1;
    while ((stub.pending() > 0 || stub.typingCalls() !== seen) && Date.now() < deadline) {
      seen = stub.typingCalls();
      await sleep(failTyping.afterMs + 3_000);
    }
    return { turnErrors, logs };
  };

  it('survives typing sends that fail slowly (503 after 1.5 s) after the turn ended', async () => {
    const { turnErrors } = await runFirstTurns({ status: 503, afterMs: 1500 });
    expect(stub?.typingCalls()).toBeGreaterThan(0);
    expect(rejections).toEqual([]);
    expect(turnErrors).toEqual([]);
    expect(stub?.replies).toHaveLength(30);
  }, 45_000);

  it('keeps each turn when the typing send fails at once (400): no apology, no wiped state', async () => {
    const { turnErrors, logs } = await runFirstTurns({ status: 400, afterMs: 0 });
    expect(stub?.typingCalls()).toBeGreaterThan(0);
    expect(rejections).toEqual([]);
    expect(turnErrors).toEqual([]);
    expect(stub?.replies.sort()).toEqual(
      Array.from({ length: 30 }, (_, index) => `antwoord op vraag ${index}`).sort(),
    );
    expect(logs.lines().some((line) => line.msg === 'typing indicator not sent')).toBe(true);
  }, 45_000);
});
