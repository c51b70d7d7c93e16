import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, startPartnerHarness, type PartnerHarness } from '../partners/partnerHarness.js';
import { linkIn } from '../support/loopbackSmtp.js';
import { launchChromium } from '../support/browser.js';

/**
 * A partner saves an entry with a mistake on a phone. The page says that nothing was saved, and it
 * must look like a problem: the notice came in the green of "Opgeslagen", so a partner glancing at
 * it could leave thinking the change was in. What was typed stays in the form.
 */
describe('the partner page when a save is refused', () => {
  let h: PartnerHarness;
  let browser: Browser;

  beforeAll(async () => {
    h = await startPartnerHarness();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('shows "niets opgeslagen" in the colours of an error and keeps what was typed', async () => {
    const context = await browser.newContext({
      locale: 'nl-NL',
      viewport: { width: 360, height: 640 },
    });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/partners/`);
      await page.getByLabel('Uw e-mailadres').fill(ANNA);
      await page.keyboard.press('Enter');
      const mail = await h.smtp.nextTo(ANNA);
      await page.goto(`${h.baseUrl}/partners/#link=${linkIn(mail)}`);
      await page.getByRole('heading', { name: 'Alifa', exact: true }).waitFor();

      await page.getByRole('button', { name: 'Aanpassen: Steun bij opvoeden' }).first().click();
      await page.getByRole('heading', { name: 'Aanpassen: Steun bij opvoeden' }).waitFor();
      const story = 'Nieuwe tekst over opvoeden die de partner net heeft getypt en niet kwijt wil.';
      await page.locator('#f-omschrijving').fill(story);
      await page.locator('#f-naam').fill('');
      await page.locator('#f-contact-telefoon').fill('bel me maar');
      await page.getByRole('button', { name: 'Opslaan' }).click();

      const notice = page.locator('#editor-notice');
      await expect
        .poll(() => notice.innerText(), { timeout: 15_000 })
        .toContain('niets opgeslagen');
      // Two mistakes: the notice does not speak of "een fout" (one); the check lists both.
      expect(await notice.innerText()).not.toMatch(/\been fout\b/);
      expect(await page.locator('#check-summary').innerText()).toContain('2 fouten');
      // Runs in the browser; a string keeps DOM types out of the Node type-check.
      expect(await page.evaluate("document.activeElement?.id ?? ''")).toBe('editor-notice');
      // The error colour of the page (--error, #a4262c), not the green of a saved change.
      expect(
        await page.evaluate(
          "getComputedStyle(document.getElementById('editor-notice')).borderLeftColor",
        ),
      ).toBe('rgb(164, 38, 44)');
      expect(await page.locator('#f-omschrijving').inputValue()).toBe(story);
    } finally {
      await context.close();
    }
  }, 60_000);
});
