import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const productionBase = {
  NODE_ENV: 'production',
  MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
  MicrosoftAppPassword: 'app-password',
  WEBCHAT_TOKEN_SECRET: 'q3V8-dK1zP_xw0Lm9TnYb2Rc7Hs4Ju6Ge5Fa',
};

function problemsOf(environment: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('starts with no environment at all, on the documented defaults', () => {
    const config = loadConfig({});
    expect(config.env).toBe('development');
    expect(config.server.host).toBe('127.0.0.1');
    expect(config.server.port).toBe(3978);
    expect(config.server.publicUrl).toBe('http://127.0.0.1:3978');
    expect(config.paths.dataDir).toMatch(/[/\\]data$/);
    expect(config.paths.knowledgeDir).toMatch(/[/\\]knowledge$/);
    expect(config.webchat.mode).toBe('self-hosted');
    // Development conveniences are opt-in (docs/adr/0015-security-posture.md): a random secret until restart.
    expect(config.webchat.usesDevelopmentSecret).toBe(false);
    expect(config.webchat.usesEphemeralSecret).toBe(true);
    expect(config.botFramework.appId).toBeUndefined();
  });

  it('treats empty variables as unset, as .env files often leave them', () => {
    const config = loadConfig({ PORT: '', HOST: ' ', MicrosoftAppId: '' });
    expect(config.server.port).toBe(3978);
    expect(config.server.host).toBe('127.0.0.1');
    expect(config.botFramework.appId).toBeUndefined();
  });

  it('returns a frozen object', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.webchat.azure)).toBe(true);
  });

  it('names every invalid variable with a clear message and without echoing values', () => {
    const secret = 'short-secret';
    const problems = problemsOf({
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      WEBCHAT_TOKEN_SECRET: secret,
      PUBLIC_URL: 'ftp://x',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'PORT: must be a whole number between 0 and 65535',
        'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent',
        'WEBCHAT_TOKEN_SECRET: must be at least 32 characters long',
        expect.stringMatching(/^PUBLIC_URL: must be an http\(s\) URL/),
      ]),
    );
    expect(problems.join('\n')).not.toContain(secret);
  });

  it('refuses out-of-range numbers', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual(['PORT: must be at most 65535']);
    expect(problemsOf({ WEBCHAT_TOKEN_TTL_SECONDS: '5' })).toEqual([
      'WEBCHAT_TOKEN_TTL_SECONDS: must be at least 60',
    ]);
  });

  it('refuses to run in production without the app registration and a channel token secret', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^MicrosoftAppId is required when NODE_ENV=production/);
    expect(problems[1]).toMatch(/^MicrosoftAppPassword is required/);
    expect(problems[2]).toMatch(/^WEBCHAT_TOKEN_SECRET is required/);
  });

  it.each([['MicrosoftAppId'], ['MicrosoftAppPassword'], ['WEBCHAT_TOKEN_SECRET']])(
    'names %s when only that one is missing in production',
    (name) => {
      // An empty variable counts as missing, as it does in a .env file.
      const environment: NodeJS.ProcessEnv = { ...productionBase, [name]: '' };
      const problems = problemsOf(environment);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(name);
    },
  );

  it('asks for the tenant of a single-tenant registration and not for a password with managed identity', () => {
    expect(problemsOf({ ...productionBase, MicrosoftAppType: 'SingleTenant' })).toEqual([
      expect.stringMatching(/^MicrosoftAppTenantId is required/),
    ]);
    const managed = {
      ...productionBase,
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: 'tenant',
    };
    delete (managed as NodeJS.ProcessEnv).MicrosoftAppPassword;
    expect(loadConfig(managed).botFramework.appType).toBe('UserAssignedMSI');
  });

  it('wants the Azure Direct Line secret instead of a token secret in azure mode', () => {
    const environment: NodeJS.ProcessEnv = { ...productionBase, WEBCHAT_MODE: 'azure' };
    delete environment.WEBCHAT_TOKEN_SECRET;
    expect(problemsOf(environment)).toEqual([
      expect.stringMatching(/^AZURE_DIRECT_LINE_SECRET is required/),
    ]);
  });

  it('starts in production when everything is there, never with the development secret', () => {
    const config = loadConfig(productionBase);
    expect(config.env).toBe('production');
    expect(config.webchat.usesDevelopmentSecret).toBe(false);
    expect(config.webchat.tokenSecret).toBe('q3V8-dK1zP_xw0Lm9TnYb2Rc7Hs4Ju6Ge5Fa');
  });

  it('wants the Graph client id and secret together, and names the one missing', () => {
    const graphId = '0b6e3c52-6f51-4a8e-9d0c-2f1e7a9b4c3d';
    expect(problemsOf({ GRAPH_CLIENT_ID: graphId, MicrosoftAppPassword: 'bot-secret' })).toEqual([
      'GRAPH_CLIENT_SECRET: is required with GRAPH_CLIENT_ID (the secret of that app registration)',
    ]);
    expect(problemsOf({ GRAPH_CLIENT_SECRET: 'graph-secret' })).toEqual([
      'GRAPH_CLIENT_ID: is required with GRAPH_CLIENT_SECRET (the app registration it belongs to)',
    ]);
    expect(
      loadConfig({ GRAPH_CLIENT_ID: graphId, GRAPH_CLIENT_SECRET: 'graph-secret' }).teams.graph,
    ).toMatchObject({ clientId: graphId, clientSecret: 'graph-secret' });
  });

  it('uses PUBLIC_URL without a trailing slash', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://wijkwijzer.example.nl/' }).server.publicUrl).toBe(
      'https://wijkwijzer.example.nl',
    );
  });

  it("drops the widget's resident key after 14 idle days unless set, within 1 to 365", () => {
    expect(loadConfig({}).webchat.residentKeyIdleDays).toBe(14);
    expect(loadConfig({ WEBCHAT_RESIDENT_KEY_IDLE_DAYS: '1' }).webchat.residentKeyIdleDays).toBe(1);
    expect(problemsOf({ WEBCHAT_RESIDENT_KEY_IDLE_DAYS: '0' })).toEqual([
      'WEBCHAT_RESIDENT_KEY_IDLE_DAYS: must be at least 1',
    ]);
    expect(problemsOf({ WEBCHAT_RESIDENT_KEY_IDLE_DAYS: 'twee weken' })).toHaveLength(1);
  });
});
