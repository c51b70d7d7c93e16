import { describe, expect, it } from 'vitest';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * A resident on a small phone (360 × 640) with a keyboard only (a switch or a Bluetooth keyboard).
 * Found by playing the widget: Tab reached the message box, but nothing on screen showed it had
 * the focus (WCAG 2.4.7): Web Chat draws no outline on it, and the widget added none.
 */
describe('the widget by keyboard on a phone-size screen', () => {
  const widget = useWidgetPage(async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
  });

  it('shows where the focus is on the message box, and the send button has a name', async () => {
    const { page, running } = widget();
    await page.goto(`${running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    const sendBox = page.locator('.webchat__send-box');
    // The same pixels with and without the focus: caret hidden (Playwright's default).
    await page.locator('h1').click();
    const unfocused = await sendBox.screenshot();

    let reached = '';
    for (let step = 0; step < 25 && reached !== 'webchat-sendbox-input'; step += 1) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(
        `document.activeElement?.getAttribute('data-id') ?? ''`,
      )) as string;
    }
    expect(reached).toBe('webchat-sendbox-input');
    const focused = await sendBox.screenshot();
    expect(focused.equals(unfocused), 'the focused message box looks the same as before').toBe(
      false,
    );

    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        `document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.getAttribute('title') ?? ''`,
      ),
    ).toBe('Verzenden');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('ik zoek taalles');
    await page.keyboard.press('Enter');
    await widget().waitFor('Ik heb uw vraag gelezen', 15_000);
  }, 60_000);
});
