import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handover, staff, startBoard, WEST, type BoardHarness } from '../board/boardHarness.js';
import { launchChromium } from '../support/browser.js';

/**
 * A wijkteam colleague signs in to the Casusbord with the keyboard. The sign-in form, which had the
 * focus, is hidden once signed in; the focus fell back to the start of the page, so a keyboard or
 * screen-reader user heard nothing and had to find the list. Now it lands on the list's heading.
 */
describe('the Casusbord after signing in by keyboard', () => {
  let board: BoardHarness;
  let browser: Browser;

  beforeAll(async () => {
    board = await startBoard({ environment: { BOARD_DEV_LOGIN: 'true' } });
    await board.repository.create(handover(WEST));
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await board?.close();
  });

  it('puts the focus on the heading of the list of cases', async () => {
    const context = await browser.newContext({
      locale: 'nl-NL',
      viewport: { width: 360, height: 640 },
    });
    try {
      const page = await context.newPage();
      await page.goto(`${board.baseUrl}/tab/`);
      await page.locator('#dev-login').waitFor({ state: 'visible' });
      await page.locator('#persona').selectOption(staff.anna.id);
      await page.locator('#dev-login-button').focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Casussen', exact: true }).waitFor();
      await expect
        // Runs in the browser; a string keeps DOM types out of the Node type-check.
        .poll(() => page.evaluate("document.activeElement?.id ?? ''"))
        .toBe('list-heading');
    } finally {
      await context.close();
    }
  }, 60_000);
});
