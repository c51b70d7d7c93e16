import { describe, expect, it } from 'vitest';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * The intake through the real widget (Web Chat in headless Chromium) on the real app, knowledge
 * and search: a question, buttons that answer by clicking, and result cards whose phone numbers
 * are real tel: anchors.
 */
describe('the intake in the widget', () => {
  const widget = useWidgetPage();

  it('goes from a question via buttons to cards with tappable phone links', async () => {
    await widget().page.goto(`${widget().running.baseUrl}/`);
    await widget().waitFor('Ik ben een computerprogramma, geen mens.');
    await widget().waitFor('Waar kan ik u mee helpen?');

    // Few entries in the sociale kaart have a verified phone number yet; the Werkplein has one.
    await widget().say('Ik heb een vraag over mijn uitkering');
    // The search offers one levensgebied to confirm, or two to choose from; both are buttons.
    await expect
      .poll(() => widget().transcript().innerText(), { timeout: 20_000 })
      .toMatch(/Klopt dat\?|Welke past het best\?/);
    if ((await widget().transcript().innerText()).includes('Klopt dat?'))
      await widget().suggested('Ja').click();
    else await widget().suggested('Werk en inkomen').click();
    await widget().waitFor('Ik zoek hulp bij: Werk en inkomen.');
    await widget().waitFor('Voor wie zoekt u hulp?');
    await widget().suggested('Voor mezelf').click();
    await widget().waitFor('Hoe oud bent u?');
    await widget().suggested('27 tot 67 jaar').click();
    await widget().waitFor('In welke wijk zoekt u hulp?');
    await widget().say('7544');
    await widget().waitFor('Heeft u al iets geprobeerd?');
    await widget().suggested('Nog niets').click();
    await widget().waitFor('Helpt dit u verder?');

    const cards = widget().page.locator('.webchat__basic-transcript .ac-adaptiveCard');
    expect(await cards.count()).toBeGreaterThan(0);
    const tel = widget().page.locator(
      '.webchat__basic-transcript .ac-adaptiveCard a[href^="tel:"]',
    );
    await expect.poll(() => tel.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const href = await tel.first().getAttribute('href');
    expect(href).toMatch(/^tel:\+?\d{3,}$/);
    // Freshness only where it tells the resident something (ADR 0010, 2026-12-03).
    expect(await widget().transcript().innerText()).not.toContain('Nog niet gecontroleerd');

    // A crisis in the middle of it: the intake stops, and the lines are real anchors.
    await widget().say('ik wil niet meer leven');
    await widget().waitFor('Daarna kunt u altijd terugkomen in deze chat.');
    const line = widget().page.locator('.webchat__basic-transcript a[href="tel:08000113"]');
    await expect.poll(() => line.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await line.first().innerText()).toBe('Bel 113 gratis: 0800-0113');
  }, 90_000);
});
