import { describe, expect, it } from 'vitest';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * What a screen reader says before each message. Web Chat names the bot by its avatar initials
 * ("Bot WW zei:"), so a blind resident heard two meaningless letters before every reply. Found by
 * reading the accessibility tree of the widget as a screen-reader user.
 */
describe('the speaker a screen reader announces in the widget', () => {
  const widget = useWidgetPage();

  it('is "De wijkwijzer", in Dutch and after a switch to English', async () => {
    const { page, running } = widget();
    await page.goto(`${running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    const feed = page.getByRole('feed');
    await expect
      .poll(() => feed.ariaSnapshot())
      .toContain('De wijkwijzer zei: Waar kan ik u mee helpen?');
    expect(await feed.ariaSnapshot()).not.toContain('WW');

    // A card (the list of levensgebieden) is announced the same way.
    await widget().say('ik zit ergens mee');
    await expect.poll(() => feed.ariaSnapshot()).toContain('Bijlage van de wijkwijzer:');
    expect(await feed.ariaSnapshot()).not.toContain('Bot heeft bijgevoegd');

    await widget().say('iets anders');
    await widget().waitFor('Voor wie zoekt u hulp?');
    await widget().say('English please');
    await widget().waitFor('Who are you looking for help for?');
    await expect.poll(() => feed.ariaSnapshot()).toContain('The wijkwijzer said: Who are you');
  }, 90_000);
});
