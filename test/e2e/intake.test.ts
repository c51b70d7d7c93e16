import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { startApp, type RunningApp } from '../support/app.js';

/**
 * The intake through the real widget (Web Chat in headless Chromium) on the real app, knowledge
 * and search: a question, buttons that answer by clicking, and result cards whose phone numbers
 * are real tel: anchors.
 */
describe('the intake in the widget', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    running = await startApp();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'nl-NL' });
    page = await context.newPage();
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await running?.stop();
  });

  const transcript = () => page.locator('.webchat__basic-transcript');
  const sendBox = () => page.locator('[data-id="webchat-sendbox-input"]');
  const suggested = (name: string) =>
    page.locator('.webchat__suggested-actions').getByRole('button', { name, exact: true });

  async function say(text: string): Promise<void> {
    await sendBox().fill(text);
    await sendBox().press('Enter');
  }

  async function waitFor(text: string): Promise<void> {
    await expect.poll(() => transcript().innerText(), { timeout: 20_000 }).toContain(text);
  }

  it('goes from a question via buttons to cards with tappable phone links', async () => {
    await page.goto(`${running.baseUrl}/`);
    await waitFor('Ik ben een computerprogramma, geen mens.');
    await waitFor('Waar kan ik u mee helpen?');

    // Few entries in the sociale kaart have a verified phone number yet; the Werkplein has one.
    await say('Ik heb een vraag over mijn uitkering');
    // The search offers one levensgebied to confirm, or two to choose from; both are buttons.
    await expect
      .poll(() => transcript().innerText(), { timeout: 20_000 })
      .toMatch(/Klopt dat\?|Welke past het best\?/);
    if ((await transcript().innerText()).includes('Klopt dat?')) await suggested('Ja').click();
    else await suggested('Werk en inkomen').click();
    await waitFor('Ik zoek hulp bij: Werk en inkomen.');
    await waitFor('Voor wie zoekt u hulp?');
    await suggested('Voor mezelf').click();
    await waitFor('Hoe oud bent u?');
    await suggested('27 tot 67 jaar').click();
    await waitFor('In welke wijk zoekt u hulp?');
    await say('7544');
    await waitFor('Heeft u al iets geprobeerd?');
    await suggested('Nog niets').click();
    await waitFor('Helpt dit u verder?');

    const cards = page.locator('.webchat__basic-transcript .ac-adaptiveCard');
    expect(await cards.count()).toBeGreaterThan(0);
    const tel = page.locator('.webchat__basic-transcript .ac-adaptiveCard a[href^="tel:"]');
    await expect.poll(() => tel.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const href = await tel.first().getAttribute('href');
    expect(href).toMatch(/^tel:\+?\d{3,}$/);
    expect(await transcript().innerText()).toMatch(/Gecontroleerd op|Nog niet gecontroleerd/);

    // A crisis in the middle of it: the intake stops, and the lines are real anchors.
    await say('ik wil niet meer leven');
    await waitFor('Daarna kunt u altijd terugkomen in deze chat.');
    const line = page.locator('.webchat__basic-transcript a[href="tel:08000113"]');
    await expect.poll(() => line.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await line.first().innerText()).toBe('Bel 113 gratis: 0800-0113');
  }, 90_000);
});
