import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser.js';
import { startApp, type RunningApp } from './app.js';

/**
 * The demo page with the real widget, as a resident drives it: type, press Enter, click a
 * suggested action, wait for the bot. One per describe block: `useWidgetPage()` opens it before
 * the block's tests and closes it after them.
 */
export interface WidgetPage {
  readonly running: RunningApp;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Web Chat's transcript (its text holds a screen-reader copy of every message too). */
  transcript(): Locator;
  sendBox(): Locator;
  /** A suggested-action button by its exact label. */
  suggested(name: string): Locator;
  /** Message bubbles containing this text, for counting messages. */
  bubbles(text: string): Locator;
  /** Types a message and sends it with Enter, as a keyboard user does. */
  say(text: string): Promise<void>;
  /** Waits until the transcript contains (or matches) this, and returns the transcript text. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

export async function openWidgetPage(environment: NodeJS.ProcessEnv = {}): Promise<WidgetPage> {
  const running = await startApp(environment);
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const transcript = () => page.locator('.webchat__basic-transcript');
  const sendBox = () => page.locator('[data-id="webchat-sendbox-input"]');
  return {
    running,
    browser,
    context,
    page,
    transcript,
    sendBox,
    suggested: (name) =>
      page.locator('.webchat__suggested-actions').getByRole('button', { name, exact: true }),
    bubbles: (text) => page.locator('.webchat__bubble__content', { hasText: text }),
    say: async (text) => {
      await sendBox().fill(text);
      await sendBox().press('Enter');
    },
    waitFor: async (text, timeoutMs = 20_000) => {
      let found = '';
      await expect
        .poll(
          async () => {
            found = await transcript().innerText();
            return typeof text === 'string' ? found.includes(text) : text.test(found);
          },
          { timeout: timeoutMs },
        )
        .toBe(true);
      return found;
    },
    close: async () => {
      // The browser first: an open widget keeps a WebSocket that the app would close anyway.
      await context.close();
      await browser.close();
      await running.stop();
    },
  };
}

/**
 * Opens one widget page before the describe block's tests and closes it (app, browser) after them;
 * `prepare` runs once it is open (a viewport, a console listener). Returns the open page.
 */
export function useWidgetPage(
  prepare: (widget: WidgetPage) => Promise<void> | void = () => undefined,
): () => WidgetPage {
  let opened: WidgetPage | undefined;
  beforeAll(async () => {
    opened = await openWidgetPage();
    await prepare(opened);
  }, 60_000);
  afterAll(async () => {
    await opened?.close();
  });
  return () => {
    if (opened === undefined) throw new Error('the widget page is not open (outside a test?)');
    return opened;
  };
}

/**
 * The widget on the demo page in a new browser context with this locale (the browser's language
 * decides the widget's, ADR 0010), for a test that opens more than one: its page, the send box,
 * the panel and status line, `say` (type and Enter) and `waitFor` (poll the transcript). The
 * caller closes `context`.
 */
export async function openWidgetInLocale(browser: Browser, baseUrl: string, locale: string) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  const transcript = page.locator('.webchat__basic-transcript');
  const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
  return {
    context,
    page,
    sendBox,
    panel: page.locator('.ww-panel'),
    status: page.locator('.ww-status'),
    waitFor: (text: string) =>
      expect.poll(() => transcript.innerText(), { timeout: 20_000 }).toContain(text),
    say: async (text: string) => {
      await sendBox.fill(text);
      await sendBox.press('Enter');
    },
  };
}
