import type { TurnContext } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { developmentLoginAllowed } from '../../src/board/devLogin.js';
import { botEndpointAccess, botRoutes } from '../../src/bot/botRoutes.js';
import { createAzureChannelAdapter } from '../../src/bot/cloudAdapter.js';
import { ConfigError, loadConfig, type Config } from '../../src/config.js';
import { developmentModeAllowed, hasProductionSettings } from '../../src/shared/developmentGate.js';
import { createServer } from '../../src/server.js';
import { InFlight } from '../../src/shared/inFlight.js';
import { listen } from '../support/http.js';
import { silentLogger } from '../support/logs.js';

/** Hardening (docs/adr/0015-security-posture.md): development conveniences are opt-in; everything else is closed. */

const APP_ID = '99999999-8888-4777-8666-555555555555';
const STRONG_SECRET = 'q3V8-dK1zP_xw0Lm9TnYb2Rc7Hs4Ju6Ge5Fa';
const PRODUCTION = {
  NODE_ENV: 'production',
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'app-registration-client-secret',
  WEBCHAT_TOKEN_SECRET: STRONG_SECRET,
};

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof ConfigError ? error.code : 'not a ConfigError';
  }
  return undefined;
}

describe('fail-closed configuration', () => {
  it('opens nothing without an explicit DEVELOPMENT_MODE, whatever NODE_ENV says', () => {
    for (const environment of [{}, { NODE_ENV: 'development' }, { NODE_ENV: 'test' }]) {
      const config = loadConfig(environment);
      expect(config.development).toBe(false);
      expect(botEndpointAccess(config)).toBe('closed');
      expect(developmentLoginAllowed(config)).toBe(false);
      expect(config.webchat.usesDevelopmentSecret).toBe(false);
      expect(config.webchat.usesEphemeralSecret).toBe(true);
    }
  });

  it('does not sign anyone in with a real staff file and app id when NODE_ENV is unset', () => {
    const config = loadConfig({ MicrosoftAppId: APP_ID, STAFF_FILE: './staff.yaml' });
    expect(developmentLoginAllowed(config)).toBe(false);
    expect(botEndpointAccess(config)).toBe('authenticated');
  });

  it('turns the conveniences on with DEVELOPMENT_MODE=true only', () => {
    const config = loadConfig({ DEVELOPMENT_MODE: 'true' });
    expect(botEndpointAccess(config)).toBe('development');
    expect(developmentLoginAllowed(config)).toBe(true);
    expect(config.webchat.usesDevelopmentSecret).toBe(true);
    expect(
      developmentLoginAllowed(loadConfig({ DEVELOPMENT_MODE: 'true', BOARD_DEV_LOGIN: 'false' })),
    ).toBe(false);
  });

  it('refuses development mode and the development login together with production settings', () => {
    expect(codeOf(() => loadConfig({ ...PRODUCTION, DEVELOPMENT_MODE: 'true' }))).toBe('WW-1003');
    expect(codeOf(() => loadConfig({ ...PRODUCTION, BOARD_DEV_LOGIN: 'true' }))).toBe('WW-1003');
    expect(
      codeOf(() =>
        loadConfig({ DEVELOPMENT_MODE: 'true', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }),
      ),
    ).toBe('WW-1003');
    expect(codeOf(() => loadConfig(PRODUCTION))).toBeUndefined();
  });

  it("counts Microsoft Graph's client secret as a production setting", () => {
    const graph = { GRAPH_CLIENT_ID: APP_ID, GRAPH_CLIENT_SECRET: 'graph-client-secret' };
    expect(codeOf(() => loadConfig({ ...graph, DEVELOPMENT_MODE: 'true' }))).toBe('WW-1003');
    expect(codeOf(() => loadConfig({ ...graph, BOARD_DEV_LOGIN: 'true' }))).toBe('WW-1003');
    // Even switched off: the secret of a real app registration is there.
    expect(
      codeOf(() => loadConfig({ ...graph, GRAPH_CARD_LOOKUP: 'false', DEVELOPMENT_MODE: 'true' })),
    ).toBe('WW-1003');
    // The gates check again on a hand-built configuration.
    const config = loadConfig(graph);
    const forced: Config = {
      ...config,
      development: true,
      board: { ...config.board, devLogin: true },
    };
    expect(hasProductionSettings(forced)).toBe(true);
    expect(developmentModeAllowed(forced)).toBe(false);
    expect(developmentLoginAllowed(forced)).toBe(false);
    // Graph and its sign-in both a loopback fake (the end-to-end tests'): no real secret goes out.
    const onLoopback = {
      ...graph,
      GRAPH_URL: 'http://127.0.0.1:9100',
      GRAPH_LOGIN_URL: 'http://127.0.0.1:9100',
    };
    expect(codeOf(() => loadConfig({ ...onLoopback, DEVELOPMENT_MODE: 'true' }))).toBeUndefined();
    expect(hasProductionSettings(loadConfig({ ...onLoopback, DEVELOPMENT_MODE: 'true' }))).toBe(
      false,
    );
    expect(
      codeOf(() =>
        loadConfig({
          ...onLoopback,
          GRAPH_LOGIN_URL: 'https://login.microsoftonline.com',
          DEVELOPMENT_MODE: 'true',
        }),
      ),
    ).toBe('WW-1003');
  });

  it('refuses a published or guessable web chat secret in production', () => {
    const published = 'development-only-web-chat-token-secret-do-not-deploy';
    expect(codeOf(() => loadConfig({ ...PRODUCTION, WEBCHAT_TOKEN_SECRET: published }))).toBe(
      'WW-1004',
    );
    expect(codeOf(() => loadConfig({ ...PRODUCTION, WEBCHAT_TOKEN_SECRET: 'x'.repeat(40) }))).toBe(
      'WW-1004',
    );
    expect(codeOf(() => loadConfig({ ...PRODUCTION, WEBCHAT_TOKEN_SECRET: 'short' }))).toBe(
      'WW-1001',
    );
  });

  it('gives every process without a secret its own random one outside development mode', () => {
    expect(loadConfig({}).webchat.tokenSecret).not.toBe(loadConfig({}).webchat.tokenSecret);
    expect(loadConfig({}).webchat.tokenSecret.length).toBeGreaterThanOrEqual(32);
  });
});

describe('/api/messages', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  const start = async (environment: Record<string, string>) => {
    const config = loadConfig(environment);
    const turns: string[] = [];
    const server = createServer({
      config,
      logger: silentLogger(),
      readiness: [],
      routes: [
        botRoutes({
          adapter: createAzureChannelAdapter(config.botFramework),
          logic: async (context: TurnContext) => {
            turns.push(context.activity.text ?? '');
            await context.sendActivity('ok');
          },
          inFlight: new InFlight(),
          access: botEndpointAccess(config),
          maxMessageChars: config.webchat.maxMessageChars,
        }),
      ],
      isShuttingDown: () => false,
    });
    const running = await listen(server);
    stop = running.close;
    const post = async (text: string, serviceUrl = 'http://127.0.0.1:9/') => {
      const response = await fetch(`${running.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: 'a1',
          text,
          channelId: 'test',
          serviceUrl,
          deliveryMode: 'expectReplies',
          from: { id: 'u1' },
          recipient: { id: 'bot' },
          conversation: { id: 'c1' },
        }),
      });
      const body = (await response.json()) as { error?: { code: string; message: string } };
      return { status: response.status, code: body.error?.code, message: body.error?.message };
    };
    return { post, turns };
  };

  it('is closed without an app registration unless development mode opened it', async () => {
    const { post, turns } = await start({ NODE_ENV: 'test' });
    expect(await post('hallo')).toMatchObject({ status: 403, code: 'WW-2112' });
    expect(turns).toEqual([]);
  });

  it('relays only to a loopback serviceUrl in development mode', async () => {
    const { post, turns } = await start({ DEVELOPMENT_MODE: 'true' });
    expect(await post('hallo', 'https://relay.example.org/')).toMatchObject({
      status: 403,
      code: 'WW-2113',
    });
    expect(await post('hallo', 'http://169.254.169.254/')).toMatchObject({ code: 'WW-2113' });
    expect((await post('hallo', 'http://[::1]:9/')).status).toBe(200);
    expect((await post('hallo', 'http://localhost:9/')).status).toBe(200);
    expect(turns).toEqual(['hallo', 'hallo']);
  });

  it('refuses text over the character limit with a clear Dutch error', async () => {
    const { post, turns } = await start({
      DEVELOPMENT_MODE: 'true',
      WEBCHAT_MAX_MESSAGE_CHARS: '100',
    });
    const refused = await post('a'.repeat(101));
    expect(refused).toMatchObject({ status: 413, code: 'WW-2105' });
    expect(refused.message).toMatch(/te lang/i);
    expect((await post('a'.repeat(100))).status).toBe(200);
    expect(turns).toHaveLength(1);
  });
});
