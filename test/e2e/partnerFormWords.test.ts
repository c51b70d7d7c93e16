import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, startPartnerHarness, type PartnerHarness } from '../partners/partnerHarness.js';
import { launchChromium } from '../support/browser.js';

/**
 * The partner form as a welzijnspartner meets it, found by using it: labels made from YAML keys
 * ("Email", "Min", "Kosten toelichting"), "3 fout(en)", "Fout:Bij …" without a space, a notice that
 * said "Er is niets opgeslagen." twice, a check still on its way that overwrote the result of the
 * save ("Geen fouten gevonden" under a refused save), and a save that met someone else's change threw the
 * partner's own typing away.
 */
describe('the words and the safety net of the partner form', () => {
  let h: PartnerHarness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startPartnerHarness();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${h.baseUrl}/partners/#link=${await h.linkFor(ANNA)}`);
    await page.getByRole('heading', { name: 'Alifa', exact: true }).waitFor();
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await h?.close();
  });

  async function edit(name: string): Promise<void> {
    await page
      .getByRole('button', { name: 'Terug naar de lijst' })
      .click({ timeout: 2_000 })
      .catch(() => undefined);
    await page
      .getByRole('button', { name: `Aanpassen: ${name}` })
      .first()
      .click();
    await page.getByRole('heading', { name: `Aanpassen: ${name}` }).waitFor();
  }

  it('labels each field in words, not with the key of the file', async () => {
    await edit('Jongerenwerk');
    for (const label of [
      'Vaste code',
      'E-mailadres (niet verplicht)',
      'Telefoonnummer (niet verplicht)',
      'Vanaf leeftijd (niet verplicht)',
      'Tot en met leeftijd (niet verplicht)',
      'Uitleg over de kosten (niet verplicht)',
      'Zo meldt een inwoner zich aan (niet verplicht)',
      'Nagekeken op (niet verplicht)',
    ]) {
      await expect.poll(() => page.getByLabel(label, { exact: true }).count()).toBe(1);
    }
    const labels = await page.locator('#form-fields label').allInnerTexts();
    for (const key of ['Email (niet verplicht)', 'Min (niet verplicht)', 'Id']) {
      expect(labels).not.toContain(key);
    }
  }, 60_000);

  it('counts errors in plain Dutch and says "niets opgeslagen" once', async () => {
    await edit('Jongerenwerk');
    await page.locator('#f-contact-telefoon').fill('12345');
    await page.locator('#f-omschrijving').fill('Te kort');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.locator('#editor-notice').innerText(), { timeout: 10_000 })
      .toContain('Er is niets opgeslagen.');
    const notice = await page.locator('#editor-notice').innerText();
    expect(notice.split('niets opgeslagen').length - 1).toBe(1);
    const summary = await page.locator('#check-summary').innerText();
    expect(summary).toMatch(/^2 fouten\./);
    expect(summary).not.toContain('(en)');
    const first = await page.locator('#check-list li').first().innerText();
    expect(first).toMatch(/^Fout: \S/);
    // The checker's message names the field's label, not its path in the file.
    const phone = await page.locator('#f-contact-telefoon-error').innerText();
    expect(phone).toContain("'Telefoonnummer'");
    expect(await page.locator('#check-list').innerText()).not.toContain('contact.telefoon');
    // Nothing the partner typed is gone.
    expect(await page.locator('#f-omschrijving').inputValue()).toBe('Te kort');
  }, 60_000);

  it('shows a missing required field at that field, with a way to it', async () => {
    await edit('Jongerenwerk');
    const name = page.locator('#f-naam');
    await name.fill('');
    await expect.poll(() => name.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    // The field by its label on the form ("Naam"), not its path in the file ('naam').
    expect(await page.locator('#f-naam-error').innerText()).toContain("Het veld 'Naam' ontbreekt");
    const item = page.locator('#check-list li', { hasText: "'Naam' ontbreekt" });
    await item.getByRole('button', { name: 'Naar het veld' }).click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('f-naam');
  }, 60_000);

  it('keeps what the partner typed when someone else saved the entry in between', async () => {
    await edit('Budgetbuddy');
    // A colleague changes the keywords through the API while this form is open.
    const token = await h.signIn(ANNA);
    const route = '/api/partners/beheerders/alifa/entries/alifa-budgetbuddy';
    const current = await h.call('GET', route, token);
    const entry = current.body.entry as Record<string, unknown>;
    const other = await h.call('PUT', route, token, {
      etag: current.body.etag,
      entry: { ...entry, trefwoorden: ['geldzaken', 'collega-wijziging'] },
    });
    expect(other.status).toBe(200);

    await page.locator('#f-contact-telefoon').fill('053-7654321');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.locator('#editor-notice').innerText(), { timeout: 10_000 })
      .toContain('Iemand anders heeft deze voorziening net veranderd.');
    // The partner's own change is still in the form, on top of the colleague's.
    expect(await page.locator('#f-contact-telefoon').inputValue()).toBe('053-7654321');
    expect(await page.locator('#f-trefwoorden').inputValue()).toContain('collega-wijziging');

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.locator('#notice').innerText(), { timeout: 15_000 })
      .toContain('Opgeslagen');
    const file = await h.readKnowledge('voorzieningen/alifa.yaml');
    expect(file).toContain('053-7654321');
    expect(file).toContain('collega-wijziging');
  }, 60_000);
});
