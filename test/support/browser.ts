import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; CI installs it (.ci/run). Nothing downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Headless Chromium with the flags this machine needs: no sandbox (root in CI), and no background
 * networking, whose connections the closed network would refuse by the dozen.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * Puts `src` (a path of the page's own origin) in an iframe of `page`, as Teams shows a tab: only
 * in a frame (or in Teams' apps) do the staff pages load teams-js (web/shared/staffPage.js,
 * `mayBeInTeamsHost`). Sized like a tab, so the framed page lays out as it would there.
 */
export async function frameInPage(page: Page, src: string, title: string): Promise<void> {
  await page.evaluate(`(() => {
    const frame = document.createElement('iframe');
    frame.src = ${JSON.stringify(src)};
    frame.title = ${JSON.stringify(title)};
    frame.style.width = '100%';
    frame.style.height = '600px';
    document.body.append(frame);
  })()`);
}
