import { describe, expect, it } from 'vitest';
import { useWidgetPage } from '../support/widgetPage.js';

interface Rendered {
  readonly items: string[];
  readonly paragraphs: string[];
}

/**
 * "privacy" as Web Chat shows it, in Dutch and in English. Found by playing the widget: the
 * retention periods and the two commands ran on inside the third bullet (the one about the
 * wijkteam), because Markdown continues a list item on the next line without a blank line.
 */
describe('the privacy text in the widget', () => {
  const widget = useWidgetPage();

  async function rendered(heading: string): Promise<Rendered> {
    const bubble = widget().page.locator('.webchat__bubble__content', { hasText: heading }).last();
    return {
      items: await bubble.locator('li').allInnerTexts(),
      paragraphs: await bubble.locator('p').allInnerTexts(),
    };
  }

  it('lists what is kept, then says for how long and what to type, outside the list', async () => {
    const { page, running } = widget();
    await page.goto(`${running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');

    await widget().say('privacy');
    await widget().waitFor('om het te wissen');
    const dutch = await rendered('Dit bewaar ik:');
    expect(dutch.items).toHaveLength(3);
    expect(dutch.items.join('\n')).not.toMatch(/dagen|Typ/);
    expect(dutch.paragraphs.join('\n')).toContain('De hele vraag na 180 dagen.');
    expect(dutch.paragraphs.join('\n')).toContain('om het te wissen.');

    await widget().say('English please');
    await widget().waitFor('How can I help you?');
    await widget().say('privacy');
    await widget().waitFor('to erase it');
    const english = await rendered('This is what I keep:');
    expect(english.items).toHaveLength(3);
    expect(english.items.join('\n')).not.toMatch(/days|Type/);
    expect(english.paragraphs.join('\n')).toContain('The whole question after 180 days.');
  }, 60_000);
});
