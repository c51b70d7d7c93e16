import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadRoutingFile } from '../../src/cases/routing.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { NOORD, staff, startBoard, WEST, type BoardHarness } from '../board/boardHarness.js';
import { WCAG_22_AA } from '../support/axe.js';
import { frameInPage, launchChromium } from '../support/browser.js';

/**
 * The configuration page of the Casusbord channel tab in Chromium. Teams itself cannot run here,
 * so one test replaces the teams-js bundle with a stand-in that speaks its `pages.config` API and
 * records what the page asks Teams to store, in an iframe as Teams shows it; the other opens the
 * page in a plain browser, where teams-js is not loaded at all.
 */

/** A stand-in for the part of teams-js that a configuration page talks to. */
const FAKE_TEAMS_HOST = `
window.__teams = { validity: [], settings: [], results: [] };
window.microsoftTeams = {
  app: {
    initialize: () => Promise.resolve(),
    getContext: () => Promise.resolve({ app: { theme: 'dark' } }),
    registerOnThemeChangeHandler: (handler) => { window.__teams.themeChange = handler; },
    notifySuccess: () => window.__teams.results.push('loaded'),
  },
  pages: {
    config: {
      registerOnSaveHandler: (handler) => { window.__teams.save = handler; },
      setValidityState: (valid) => window.__teams.validity.push(valid),
      setConfig: (settings) => { window.__teams.settings.push(settings); return Promise.resolve(); },
    },
  },
};
`;

interface TeamsRecord {
  validity: boolean[];
  settings: Array<Record<string, string>>;
  results: string[];
}

describe('adding the Casusbord to a wijkteam channel', () => {
  let board: BoardHarness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let wijkteams: Array<{ id: string; name: string }>;

  beforeAll(async () => {
    const routing = await loadRoutingFile(
      path.join(findProjectRoot(), 'knowledge', 'routering.yaml'),
    );
    wijkteams = routing.teams.map((team) => ({ id: team.id, name: team.naam }));
    board = await startBoard({ environment: { BOARD_DEV_LOGIN: 'true' } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await board?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'nl-NL' });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('in Teams: the colleague picks the wijkteam, and Save stores a tab for that team', async () => {
    await page.route('**/tab/teams-js.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: FAKE_TEAMS_HOST }),
    );
    // Teams shows the page in an iframe; only there (or in its apps) does the page load teams-js.
    await page.goto(`${board.baseUrl}/tab/?host`);
    await frameInPage(page, '/tab/configure', 'Configure');
    const configureFrame = () =>
      page.frames().find((candidate) => candidate.url().endsWith('/tab/configure'));
    await expect.poll(() => configureFrame() !== undefined).toBe(true);
    const frame = configureFrame()!;
    const recorded = () =>
      frame.evaluate(() => (globalThis as unknown as { __teams?: TeamsRecord }).__teams);
    await expect.poll(async () => (await recorded())?.results).toEqual(['loaded']);
    // Nothing chosen yet: Teams keeps Save disabled.
    expect((await recorded())?.validity).toEqual([false]);
    // Teams' theme, as on the board.
    await expect.poll(() => frame.evaluate('document.documentElement.dataset.theme')).toBe('dark');

    await frame.getByLabel('Wijkteam').selectOption(WEST);
    expect((await recorded())?.validity).toEqual([false, true]);
    await expect
      .poll(() => frame.getByRole('status').innerText())
      .toBe('Klik op Opslaan om het Casusbord aan dit kanaal toe te voegen.');

    const outcome = await frame.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const teams = (globalThis as unknown as { __teams: { save: (event: unknown) => void } })
            .__teams;
          teams.save({
            notifySuccess: () => resolve('success'),
            notifyFailure: (reason: string) => resolve(`failure: ${reason}`),
          });
        }),
    );
    expect(outcome).toBe('success');
    const [settings] = (await recorded())?.settings ?? [];
    const team = wijkteams.find((candidate) => candidate.id === WEST)!;
    expect(settings).toEqual({
      entityId: `casusbord-${WEST}`,
      contentUrl: `${board.baseUrl}/tab/?wijkteam=${WEST}`,
      websiteUrl: `${board.baseUrl}/tab/?wijkteam=${WEST}`,
      suggestedDisplayName: `Casusbord ${team.name}`,
    });
  });

  it('outside Teams: says where it works, without loading teams-js, and meets WCAG 2.2 AA', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${board.baseUrl}/tab/configure`);
    await page.getByRole('alert').waitFor({ state: 'visible', timeout: 5_000 });
    expect(await page.getByRole('alert').innerText()).toMatch(/alleen in Microsoft Teams/);
    expect(await page.getByLabel('Wijkteam').isDisabled()).toBe(true);
    // A plain browser is no Teams host: the bundle (which fetches Microsoft's host list) stays out.
    expect(requests.some((url) => url.endsWith('/teams-js.js'))).toBe(false);
    const options = await page.locator('#wijkteam option').allInnerTexts();
    expect(options.slice(1)).toEqual(wijkteams.map((team) => team.name));
    const results = await new AxeBuilder({ page }).withTags([...WCAG_22_AA]).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('the channel tab opens the board on the wijkteam chosen for it', async () => {
    await page.goto(`${board.baseUrl}/tab/?wijkteam=${NOORD}`);
    await page.locator('#persona').selectOption(staff.carla.id);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { name: 'Casussen', exact: true }).waitFor();
    expect(await page.getByLabel('Wijkteam').inputValue()).toBe(NOORD);
  });
});
