import { describe, expect, it } from 'vitest';
import { useAppAndBrowser } from '../support/appAndBrowser.js';
import { openWidgetInLocale } from '../support/widgetPage.js';

/**
 * The widget opens in the browser's language (docs/adr/0010-conversation-design.md, "English";
 * docs/adr/0020-house-layout-and-dependency-rules.md, "Leftovers of the house review"): a browser set to
 * English gets the widget's own texts, the lang attribute and the bot's welcome in English; any
 * other browser gets Dutch. The resident can still switch either way.
 */
describe("the widget in the browser's language", () => {
  const app = useAppAndBrowser();

  const open = (locale: string) => openWidgetInLocale(app.browser, app.running.baseUrl, locale);

  it('opens in English for an English browser, and Dutch is one message away', async () => {
    const widget = await open('en-GB');
    try {
      await widget.waitFor('Hello! I am the digital wijkwijzer');
      await widget.waitFor('How can I help you?');
      expect(await widget.panel.getAttribute('lang')).toBe('en');
      await widget.page.getByRole('button', { name: 'Quick exit' }).waitFor();
      await widget.page.getByRole('button', { name: 'Send', exact: true }).waitFor();
      expect(await widget.sendBox.getAttribute('placeholder')).toBe('Type your message');
      expect(await widget.page.locator('.ww-panel').innerText()).not.toContain('Snel weg');

      await widget.say('Nederlands graag');
      await widget.waitFor('Goed. Ik schrijf vanaf nu in het Nederlands.');
      await expect.poll(() => widget.panel.getAttribute('lang')).toBe('nl');
      await widget.page.getByRole('button', { name: 'Snel weg' }).waitFor();
    } finally {
      await widget.context.close();
    }
  }, 90_000);

  it('opens in Dutch for a Dutch browser, and for a browser in a language it does not speak', async () => {
    for (const locale of ['nl-NL', 'de-DE']) {
      const widget = await open(locale);
      try {
        await widget.waitFor('Hallo! Ik ben de digitale wijkwijzer');
        await widget.waitFor('Waar kan ik u mee helpen?');
        expect(await widget.panel.getAttribute('lang')).toBe('nl');
        await widget.page.getByRole('button', { name: 'Snel weg' }).waitFor();
        await widget.page.getByRole('button', { name: 'Verzenden', exact: true }).waitFor();
      } finally {
        await widget.context.close();
      }
    }
  }, 90_000);
});
