import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { WCAG_22_AA } from '../support/axe.js';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * A resident who chooses English sees English around the chat too, not only in the bot's
 * messages. Found by playing the widget: after "English please" the replies were English, but
 * "Snel weg", "Nieuw gesprek", "Deel geen BSN…", the message box ("Typ uw bericht") and the send
 * button ("Verzenden") stayed Dutch, and the chat kept lang="nl" for screen readers.
 */
describe('the widget around an English conversation', () => {
  const widget = useWidgetPage();

  it('switches its own texts, Web Chat’s and the language attribute with the conversation', async () => {
    const { page, running } = widget();
    await page.goto(`${running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    const panel = page.locator('.ww-panel');
    expect(await panel.getAttribute('lang')).toBe('nl');

    await widget().say('English please');
    await widget().waitFor('How can I help you?');
    await expect.poll(() => panel.getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Quick exit' }).waitFor();
    await page.getByRole('button', { name: 'New conversation' }).waitFor();
    expect(await panel.innerText()).toContain(
      'Do not share your BSN (citizen service number) or bank account number in the chat.',
    );
    await page.getByRole('button', { name: 'Send', exact: true }).waitFor();
    expect(await widget().sendBox().getAttribute('placeholder')).toBe('Type your message');
    const axe = await new AxeBuilder({ page }).withTags([...WCAG_22_AA]).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    // The conversation itself is still there, and still works.
    await widget().say('I feel lonely');
    await widget().waitFor('Thank you. I have read your question.');

    // A reload replays the conversation: it comes back in English.
    await page.reload();
    await widget().waitFor('I feel lonely');
    await expect.poll(() => panel.getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Quick exit' }).waitFor();

    await widget().say('Nederlands graag');
    await widget().waitFor('Goed. Ik schrijf vanaf nu in het Nederlands.');
    await expect.poll(() => panel.getAttribute('lang')).toBe('nl');
    await page.getByRole('button', { name: 'Snel weg' }).waitFor();
    await page.getByRole('button', { name: 'Verzenden', exact: true }).waitFor();
  }, 90_000);
});
