import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { parseWatermark } from '../../src/directline/conversationStore.js';
import { nl } from '../../src/i18n/nl/index.js';
import { createServer } from '../../src/server.js';
import { isLoopbackHost, isLoopbackUrl } from '../../src/shared/loopback.js';
import { listen } from '../support/http.js';
import { silentLogger } from '../support/logs.js';

/** The smaller hardening items of docs/adr/0015-security-posture.md (the 404/403 and replayed-claim ones are in test/board and test/teams). */

describe('parseWatermark', () => {
  it('refuses numbers above 2^53, which no longer name one sequence number', () => {
    expect(parseWatermark(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => parseWatermark('9007199254740993')).toThrow(
      expect.objectContaining({ code: 'WW-2004' }),
    );
    expect(() => parseWatermark('9999999999999999')).toThrow(
      expect.objectContaining({ code: 'WW-2004' }),
    );
  });
});

describe('loopback addresses', () => {
  it('knows this machine and nothing else', () => {
    for (const host of [
      '127.0.0.1',
      '127.8.9.10',
      '::1',
      '[::1]',
      '::ffff:127.0.0.1',
      'localhost',
    ]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of [
      '10.0.0.1',
      '169.254.169.254',
      '::',
      '::2',
      'example.org',
      '127.0.0.1.nip.io',
    ]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
    expect(isLoopbackUrl('not a url')).toBe(false);
  });
});

describe('server headers and /readyz', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  const start = async (environment: Record<string, string>) => {
    const server = createServer({
      config: loadConfig(environment),
      logger: silentLogger(),
      readiness: [
        {
          name: 'knowledge',
          check: async () => ({ ok: true, detail: { entries: 68, warnings: 3 } }),
        },
      ],
      routes: [],
      isShuttingDown: () => false,
    });
    const running = await listen(server);
    stop = running.close;
    return running.baseUrl;
  };

  it('sends HSTS when PUBLIC_URL is https, and not otherwise', async () => {
    const secure = await start({ PUBLIC_URL: 'https://wijkwijzer.example.nl' });
    expect((await fetch(`${secure}/healthz`)).headers.get('strict-transport-security')).toBe(
      'max-age=31536000',
    );
    await stop?.();
    const plain = await start({});
    expect((await fetch(`${plain}/healthz`)).headers.get('strict-transport-security')).toBeNull();
  });

  it('shows /readyz detail to a caller on this machine only, not through a proxy', async () => {
    const base = await start({});
    const local = (await (await fetch(`${base}/readyz`)).json()) as Record<string, unknown>;
    expect(local).toMatchObject({ status: 'ready', checks: { knowledge: { entries: 68 } } });
    const proxied = await fetch(`${base}/readyz`, {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(proxied.status).toBe(200);
    expect(await proxied.json()).toEqual({ status: 'ready' });
  });
});

describe('card texts after the 404 for another wijkteam', () => {
  it('hold no text that says a case belongs to another wijkteam', () => {
    // A forged card action on another team's case gets the unknown-reference card; a text that
    // says "not your team" would tell that the case exists, so none may be kept for later use.
    expect(JSON.stringify(nl.cards)).not.toMatch(/hoort niet bij het wijkteam/);
  });
});
