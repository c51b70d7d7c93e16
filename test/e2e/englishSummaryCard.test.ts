import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { WCAG_22_AA } from '../support/axe.js';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * An English-speaking newcomer on a small phone hands a question over: the summary they confirm
 * is in English, in the real Web Chat with Microsoft's Adaptive Cards renderer, and the page keeps
 * zero axe violations with the card on it. Played before the fix, the card read "Dit sturen we
 * naar wijkteam Centrum", "Wat u al heeft geprobeerd", "Voor wie: Voor zichzelf, 27 tot 67 jaar".
 */
describe('the handover summary for a resident who writes English', () => {
  const widget = useWidgetPage(({ page }) => page.setViewportSize({ width: 360, height: 640 }));

  it('is English on the card the resident confirms, and accessible', async () => {
    const { page, running } = widget();
    await page.goto(`${running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    for (const [answer, next] of [
      ['English please', 'How can I help you?'],
      ['I want to talk to a person', 'Would you like to tell me in a few sentences'],
      ['I just moved here and I know nobody', 'What is your postcode?'],
      ['7511', 'May I share your question and your contact details'],
      ['yes', 'What may the wijkteam call you?'],
      ['Ali', 'How can the wijkteam reach you?'],
      ['ali@example.org', 'Is this right?'],
    ] as const) {
      await widget().say(answer);
      await widget().waitFor(next);
    }
    const card = page.locator('.ac-adaptiveCard').last();
    const text = await card.innerText();
    for (const english of [
      'This is what we send to wijkteam Centrum',
      'Your question',
      'What you have tried',
      'Nothing mentioned',
      'For whom',
      'Not said',
      'Your name',
    ]) {
      expect(text).toContain(english);
    }
    expect(text).not.toMatch(/Dit sturen|Uw vraag|Voor wie|Niets genoemd|Niet gezegd/);
    const axe = await new AxeBuilder({ page }).withTags([...WCAG_22_AA]).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  }, 90_000);
});
