import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl/index.js';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * The network drops in the middle of a conversation. Web Chat marks the message "Verzenden mislukt.
 * Opnieuw." and Direct Line reconnects quietly; the resident also needs to hear why and what to do.
 * The widget's status line (a live region, so a screen reader says it) names it: no internet, then
 * internet again with "click Opnieuw", then that the message went through.
 */
describe('the widget when the connection drops', () => {
  const widget = useWidgetPage();
  const status = () => widget().page.locator('.ww-status');

  it('says in Dutch that messages are not sent, what to do, and when it works again', async () => {
    const { page, context } = widget();
    await page.goto(`${widget().running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    expect(await status().getAttribute('role')).toBe('status');

    await context.setOffline(true);
    await expect.poll(() => status().innerText()).toBe(nl.widget.offline);
    await widget().say('Ik voel me vaak alleen');
    await widget().waitFor('Verzenden mislukt', 40_000);
    // Still offline: the cause the resident can act on, not only "niet verstuurd".
    expect(await status().innerText()).toBe(nl.widget.offline);

    await context.setOffline(false);
    await expect.poll(() => status().innerText()).toBe(nl.widget.online);
    await page.locator('.webchat__basic-transcript').getByText('Opnieuw').last().click();
    await widget().waitFor(/Klopt dat\?|Welke past|Bent u nu in gevaar\?/, 25_000);
    await expect.poll(() => status().innerText()).toBe(nl.widget.sendRecovered);
  }, 90_000);
});
