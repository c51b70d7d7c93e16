import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.js';

describe('embedding the widget on another website (CORS)', () => {
  let running: RunningApp | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it('answers the preflight and marks responses for a configured origin only', async () => {
    running = await startApp({
      WEBCHAT_ALLOWED_ORIGINS: 'https://www.enschede.nl, https://wijkwijzer.example.nl/',
    });
    const preflight = await fetch(`${running.baseUrl}/api/webchat/token`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://www.enschede.nl',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://www.enschede.nl');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();

    const token = await fetch(`${running.baseUrl}/api/webchat/token`, {
      method: 'POST',
      headers: { origin: 'https://wijkwijzer.example.nl', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(token.status).toBe(200);
    expect(token.headers.get('access-control-allow-origin')).toBe('https://wijkwijzer.example.nl');
    // The widget on the gemeente's page reads when it may send again after a 429.
    expect(token.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('gives another origin no CORS permission', async () => {
    running = await startApp({ WEBCHAT_ALLOWED_ORIGINS: 'https://www.enschede.nl' });
    const response = await fetch(`${running.baseUrl}/api/webchat/config`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${running.baseUrl}/api/webchat/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses an invalid origin list at start with a clear message', async () => {
    await expect(startApp({ WEBCHAT_ALLOWED_ORIGINS: 'www.enschede.nl' })).rejects.toThrow(
      /WEBCHAT_ALLOWED_ORIGINS\.0: must be a comma-separated list of origins/,
    );
  });
});
