import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startApp, type RunningApp } from './app.js';
import { launchChromium } from './browser.js';

/** The running product and a headless Chromium, shared by the tests of one describe block. */
export interface AppAndBrowser {
  readonly running: RunningApp;
  readonly browser: Browser;
}

/**
 * Starts the product on its embedded defaults and Chromium before the block's tests and stops both
 * after them. The fields are read inside the tests, after `beforeAll` has filled them.
 */
export function useAppAndBrowser(environment: NodeJS.ProcessEnv = {}): AppAndBrowser {
  let running: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    running = await startApp(environment);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useAppAndBrowser: read before beforeAll ran');
    return value;
  };
  return {
    get running() {
      return started(running);
    },
    get browser() {
      return started(browser);
    },
  };
}
