import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { startApp, type RunningApp } from '../support/app.js';

/**
 * The real widget (Bot Framework Web Chat in headless Chromium) talking to the real bot through
 * the bot's own Direct Line channel, as a resident would use it on the demo page.
 */
describe('the web chat widget on the demo page', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    running = await startApp();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'nl-NL' });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await running?.stop();
  });

  const transcript = () => page.locator('.webchat__basic-transcript');
  /** Message bubbles with this text; the transcript also holds screen-reader copies of each. */
  const bubbles = (text: string) => page.locator('.webchat__bubble__content', { hasText: text });
  const sendBox = () => page.locator('[data-id="webchat-sendbox-input"]');

  it('greets in Dutch, answers a message, and keeps the conversation after a reload', async () => {
    await page.goto(`${running.baseUrl}/`);
    await expect
      .poll(() => transcript().innerText(), { timeout: 20_000 })
      .toContain('Ik ben de digitale wijkwijzer');
    await expect.poll(() => transcript().innerText()).toContain('Waar kan ik u mee helpen?');

    await sendBox().fill('Ik heb vragen over mijn rekeningen');
    await sendBox().press('Enter');
    await expect
      .poll(() => transcript().innerText(), { timeout: 15_000 })
      .toContain('Ik heb uw vraag gelezen');

    await page.reload();
    await expect
      .poll(() => transcript().innerText(), { timeout: 20_000 })
      .toContain('Ik heb vragen over mijn rekeningen');
    // Resumed, not restarted: the greeting is there once, not twice.
    expect(await bubbles('Ik ben de digitale wijkwijzer').count()).toBe(1);

    // The intake goes on where it was: the levensgebied question is answered by typing.
    await expect.poll(() => transcript().innerText()).toContain('Klopt dat?');
    await sendBox().fill('ja');
    await sendBox().press('Enter');
    await expect
      .poll(() => transcript().innerText(), { timeout: 15_000 })
      .toContain('Voor wie zoekt u hulp?');
    expect(await bubbles('Ik ben de digitale wijkwijzer').count()).toBe(1);
    expect(policyViolations).toEqual([]);
  });

  it('"Snel weg" leaves for a neutral site and wipes the conversation from the browser', async () => {
    await page.route('https://www.google.nl/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutraal</title>' }),
    );
    await page.goto(`${running.baseUrl}/`);
    await expect
      .poll(() => transcript().innerText(), { timeout: 20_000 })
      .toContain('Voor wie zoekt u hulp?');
    await page.getByRole('button', { name: 'Snel weg' }).click();
    await page.waitForURL('https://www.google.nl/**');
    // Storage is per origin: look at ours again from a page without the widget.
    await page.goto(`${running.baseUrl}/healthz`);
    // A string, not a function: this code runs in the browser, where the DOM types live.
    const stored = (await page.evaluate(
      '({ session: Object.keys(sessionStorage), local: Object.keys(localStorage) })',
    )) as { session: string[]; local: string[] };
    expect(stored.session.filter((key) => key.startsWith('wijkwijzer.'))).toEqual([]);
    expect(stored.local.filter((key) => key.startsWith('wijkwijzer.'))).toEqual([]);

    await page.goto(`${running.baseUrl}/`);
    await expect
      .poll(() => transcript().innerText(), { timeout: 20_000 })
      .toContain('Waar kan ik u mee helpen?');
    expect(await transcript().innerText()).not.toContain('Ik heb vragen over mijn rekeningen');
  });
});
