import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.js';
import { captureLogger } from '../support/logs.js';
import { IDENTIFIERS, MESSAGE_WITH_IDENTIFIERS, identifiersIn } from './identifiers.js';

/**
 * Hardening (docs/adr/0015-security-posture.md): a turn that fails while the resident's words are in the dialog state must log
 * the failure without them. The channel is a loopback Bot Connector stub that refuses every reply
 * (400) and echoes what it was sent, as a real channel's error bodies sometimes do.
 */
async function refusingConnector(): Promise<{ serviceUrl: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: { code: 'BadArgument', message: `refused: ${Buffer.concat(chunks).toString()}` },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('personal data in logs', () => {
  let app: RunningApp | undefined;
  let connector: Awaited<ReturnType<typeof refusingConnector>> | undefined;

  afterEach(async () => {
    await app?.stop();
    await connector?.close();
    app = undefined;
    connector = undefined;
  });

  it('logs a failed turn with identifiers in the dialog state without any identifier', async () => {
    const logs = captureLogger();
    connector = await refusingConnector();
    app = await startApp({ DEVELOPMENT_MODE: 'true' }, logs.logger);
    const post = (id: string, text: string) =>
      fetch(`${app?.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id,
          text,
          channelId: 'msteams',
          serviceUrl: connector?.serviceUrl,
          locale: 'nl-NL',
          from: { id: 'resident-1', name: IDENTIFIERS.name },
          recipient: { id: 'wijkwijzer' },
          conversation: { id: 'conversation-identifiers' },
        }),
      });
    for (const [index, text] of [MESSAGE_WITH_IDENTIFIERS, IDENTIFIERS.phone].entries()) {
      const response = await post(`in-${index}`, text);
      expect(response.status).toBeLessThan(500);
    }
    const lines = logs.text().split('\n');
    const failed = logs.lines().filter((line) => line.code === 'WW-9001');
    expect(failed.length).toBeGreaterThan(0);
    const leaking = lines.filter((line) => identifiersIn(line).length > 0);
    expect(leaking.map((line) => identifiersIn(line))).toEqual([]);
  });
});
