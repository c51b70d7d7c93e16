import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { WCAG_22_AA } from '../support/axe.js';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * The green-lit ("positive") buttons of the cards a resident gets, such as "Kiezen" under the list
 * of levensgebieden and "Ja, versturen" under the handover summary: Web Chat paints them white on
 * #0078D7, a contrast of 4.49:1, under the 4.5:1 of WCAG 1.4.3. Found by running axe-core on a
 * 360 px phone with the list open, not only on the opening page.
 */
/** WCAG 2.x contrast ratio of two CSS rgb() colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = (colour.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('the buttons on the cards in the widget', () => {
  const widget = useWidgetPage(async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
  });

  it('meet WCAG 2.2 AA contrast with the list of levensgebieden open', async () => {
    const { page, running } = widget();
    await page.goto(`${running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    await widget().say('ik zit ergens mee');
    const button = page.locator('.ac-pushButton.style-positive').last();
    await button.waitFor({ timeout: 20_000 });
    expect(await button.innerText()).toBe('Kiezen');
    // axe reports a button it cannot see whole (scrolled in the transcript) as "incomplete", so
    // the contrast of the button's own colours is measured here as well.
    const colours = (await page.evaluate(
      `(() => { const element = [...document.querySelectorAll('.ac-pushButton.style-positive')].pop();
        const style = getComputedStyle(element); return [style.color, style.backgroundColor]; })()`,
    )) as [string, string];
    expect(contrast(...colours)).toBeGreaterThanOrEqual(4.5);
    const results = await new AxeBuilder({ page }).withTags([...WCAG_22_AA]).analyze();
    expect(
      results.violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      })),
    ).toEqual([]);
  }, 90_000);
});
