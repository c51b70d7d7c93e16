import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { WCAG_22_AA } from '../support/axe.js';
import { useAppAndBrowser } from '../support/appAndBrowser.js';

describe('accessibility of the demo page with the widget open', () => {
  const app = useAppAndBrowser();

  for (const viewport of [
    { name: 'desktop', width: 1280, height: 900 },
    { name: 'phone', width: 375, height: 740 },
  ]) {
    it(`has no WCAG 2.2 AA violations (${viewport.name})`, async () => {
      // axe needs a page from a context (not browser.newPage()).
      const context = await app.browser.newContext({ viewport, locale: 'nl-NL' });
      const page = await context.newPage();
      await page.goto(`${app.running.baseUrl}/`);
      await expect
        .poll(() => page.locator('.webchat__basic-transcript').innerText(), { timeout: 20_000 })
        .toContain('Waar kan ik u mee helpen?');
      const results = await new AxeBuilder({ page }).withTags([...WCAG_22_AA]).analyze();
      const summary = results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
      expect(summary).toEqual([]);
      await context.close();
    });
  }

  it('can be used by keyboard alone: Tab reaches "Snel weg" first and then the send box', async () => {
    const context = await app.browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${app.running.baseUrl}/`);
    await expect
      .poll(() => page.locator('.webchat__basic-transcript').innerText(), { timeout: 20_000 })
      .toContain('Waar kan ik u mee helpen?');
    const reached: string[] = [];
    for (let step = 0; step < 25; step += 1) {
      await page.keyboard.press('Tab');
      reached.push(
        // Runs in the browser; a string keeps DOM types out of the Node type-check.
        (await page.evaluate(
          `(() => { const active = document.activeElement;
            return active?.getAttribute('data-id') ?? active?.textContent?.trim() ?? active?.tagName ?? ''; })()`,
        )) as string,
      );
      if (reached.at(-1) === 'webchat-sendbox-input') break;
    }
    expect(reached[0]).toBe('Snel weg');
    expect(reached.at(-1)).toBe('webchat-sendbox-input');
    await page.keyboard.type('Ik zoek taalles');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.webchat__basic-transcript').innerText(), { timeout: 15_000 })
      .toContain('Ik heb uw vraag gelezen');
    await context.close();
  });
});
