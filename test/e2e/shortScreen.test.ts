import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { WCAG_22_AA } from '../support/axe.js';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * The widget at 400% zoom (a 1280×1024 screen leaves 320×256 CSS pixels, the size WCAG 2.2's
 * reflow criterion names), as a resident with low vision uses it. Played before the fix, the chat
 * was squeezed to the screen's height: the header, the status line and the answer buttons took all
 * of it, the conversation was 0 pixels high and the buttons lay over the privacy line.
 */
describe('the widget at 400% zoom', () => {
  const widget = useWidgetPage(({ page }) => page.setViewportSize({ width: 320, height: 256 }));

  it('keeps room for the conversation, lets the page scroll to the message box, and passes axe', async () => {
    const { page, running } = widget();
    await page.goto(`${running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    await widget().say('Ik voel me alleen');
    await widget().waitFor(/Klopt dat\?|Welke past/);
    const height = async (selector: string) =>
      Number(
        await page.evaluate(`document.querySelector('${selector}').getBoundingClientRect().height`),
      );
    // Polled: the answer buttons arrive a moment after the question and Web Chat settles their
    // area's height; measured in between, a busy machine saw the room of an unsettled layout.
    await expect
      .poll(() => height('.webchat__basic-transcript'), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(120);
    // The answer buttons stay inside the chat, above the message box, not over the privacy line.
    const overlap = await page.evaluate(`(() => {
      const buttons = document.querySelector('.webchat__suggested-actions').getBoundingClientRect();
      const privacy = document.querySelector('.ww-note').getBoundingClientRect();
      return buttons.bottom > privacy.top + 1;
    })()`);
    expect(overlap).toBe(false);
    // Nothing scrolls sideways; the page scrolls down to the message box.
    expect(
      await page.evaluate(
        'document.documentElement.scrollWidth <= document.documentElement.clientWidth',
      ),
    ).toBe(true);
    await widget().sendBox().scrollIntoViewIfNeeded();
    const box = await widget().sendBox().boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(256);
    const axe = await new AxeBuilder({ page }).withTags([...WCAG_22_AA]).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  }, 90_000);
});
