import { describe, expect, it } from 'vitest';
import { useAppAndBrowser } from '../support/appAndBrowser.js';
import { frameInPage } from '../support/browser.js';

/**
 * Outside Teams the staff pages must not load teams-js: its bundle fetches Microsoft's list of
 * valid host origins from res.cdn.office.net as soon as it loads (a console error on a closed
 * network, and a request to a third party for nothing). Inside a possible Teams host (an iframe)
 * the bundle still loads. docs/adr/0020, amendment 2026-12-02.
 */
describe('the staff pages outside Teams', () => {
  const started = useAppAndBrowser();

  for (const path of ['/tab/', '/monitor/']) {
    it(`${path} makes no request that leaves 127.0.0.1, and logs no error`, async () => {
      const context = await started.browser.newContext({ locale: 'nl-NL' });
      try {
        const page = await context.newPage();
        const requests: string[] = [];
        const errors: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        await page.goto(`${started.running.baseUrl}${path}`);
        // The development login shows once the page has decided it is not in Teams.
        await page.locator('#dev-login').waitFor({ state: 'visible', timeout: 10_000 });
        await page.waitForLoadState('networkidle');
        expect(requests.length).toBeGreaterThan(0);
        expect(requests.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([]);
        expect(requests.some((url) => url.endsWith('/teams-js.js'))).toBe(false);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('in an iframe, where Teams shows the tab, the board still loads teams-js', async () => {
    const context = await started.browser.newContext({ locale: 'nl-NL' });
    try {
      const page = await context.newPage();
      // The closed network: the bundle's fetch of Microsoft's list is refused at once here.
      await page.route('https://res.cdn.office.net/**', (route) => route.abort());
      const loaded = page.waitForRequest((request) => request.url().endsWith('/tab/teams-js.js'));
      await page.goto(`${started.running.baseUrl}/tab/`);
      await frameInPage(page, '/tab/?in-frame', 'Casusbord');
      expect((await loaded).frame().url()).toContain('in-frame');
    } finally {
      await context.close();
    }
  });
});
