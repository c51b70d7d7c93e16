import { describe, expect, it } from 'vitest';
import { useWidgetPage } from '../support/widgetPage.js';

interface LinkFit {
  readonly label: string;
  /** How far the link sticks out past its message bubble, in CSS pixels (0 when it fits). */
  readonly overflow: number;
  /** How many lines the phone number in the label takes (1 when it stays whole, 0: none, "112"). */
  readonly numberLines: number;
}

// Runs in the browser; a string keeps DOM types out of the Node type-check.
const MEASURE_TEL_LINKS = `(() => {
  const fits = [];
  for (const link of document.querySelectorAll('.webchat__basic-transcript a[href^="tel:"]')) {
    const bubble = link.closest('.webchat__bubble__content');
    const label = link.textContent.replace(/\\u200b/g, '').trim();
    const overflow = Math.max(0, link.getBoundingClientRect().right - bubble.getBoundingClientRect().right);
    let numberLines = 0;
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const found = /\\d[\\d -]{3,}\\d/.exec(node.textContent);
      if (found === null) continue;
      const range = document.createRange();
      range.setStart(node, found.index);
      range.setEnd(node, found.index + found[0].length);
      numberLines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }
    fits.push({ label, overflow: Math.round(overflow), numberLines });
  }
  return fits;
})()`;

/**
 * The crisis reply on the smallest common phone (360 × 640 CSS pixels), as a resident in distress
 * sees it. Found by playing the widget: the whole "Bel 113 gratis: 0800-0113" link was kept on one
 * line, so it ran out of its bubble and the number was cut off ("0800-01"). WCAG 1.4.10 (reflow):
 * the label wraps, only the number itself stays whole.
 */
describe('the crisis lines on a phone-size screen', () => {
  const widget = useWidgetPage(async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
  });

  it('every phone link fits in its bubble, and each number stays on one line', async () => {
    const { page, running } = widget();
    await page.goto(`${running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    await widget().say('ik wil niet meer leven');
    await widget().waitFor('Daarna kunt u altijd terugkomen in deze chat.');

    const fits = (await page.evaluate(MEASURE_TEL_LINKS)) as LinkFit[];
    expect(fits.map((fit) => fit.label)).toContain('Bel 113 gratis: 0800-0113');
    expect(fits.find((fit) => fit.label.includes('0800-0113'))?.numberLines).toBe(1);
    for (const fit of fits) {
      expect(fit.overflow, fit.label).toBe(0);
      expect(fit.numberLines, fit.label).toBeLessThanOrEqual(1);
    }
  }, 60_000);
});
