import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.js';
import { nl } from '../../src/i18n/nl/index.js';
import { useAppAndBrowser } from '../support/appAndBrowser.js';
import { openWidgetInLocale } from '../support/widgetPage.js';

/**
 * The resident sends more messages than the conversation's budget allows (WEBCHAT_MESSAGES_PER_MINUTE,
 * 429 WW-2114). Web Chat only marks the message "Verzenden mislukt. Opnieuw."; before, the status
 * line then told the resident to check the internet, which was not the cause. Now it says what
 * happened and when to try again, in the resident's language, in the live region a screen reader
 * reads out.
 */
describe('the widget when the message budget is spent', () => {
  // Two a minute: the widget's join event and one message; the next message within half a
  // minute is refused.
  const app = useAppAndBrowser({ WEBCHAT_MESSAGES_PER_MINUTE: '2' });

  const open = (locale: string) => openWidgetInLocale(app.browser, app.running.baseUrl, locale);

  it('says in Dutch that too many messages came at once and to wait half a minute', async () => {
    const widget = await open('nl-NL');
    try {
      await widget.waitFor('Waar kan ik u mee helpen?');
      await widget.say('Ik voel me vaak alleen');
      await widget.waitFor(nl.intake.questionReceived);
      await widget.say('En ik heb ook schulden');
      await widget.waitFor('Verzenden mislukt');
      expect(await widget.status.getAttribute('role')).toBe('status');
      await expect.poll(() => widget.status.innerText()).toBe(nl.widget.tooManyMessages);
      expect(nl.widget.tooManyMessages).toMatch(/halve minuut/);
    } finally {
      await widget.context.close();
    }
  }, 90_000);

  it('says it in English for a resident who chose English', async () => {
    const widget = await open('en-GB');
    try {
      await widget.waitFor('How can I help you?');
      await widget.say('I feel lonely');
      await widget.waitFor(en.intake.questionReceived);
      await widget.say('And I have debts too');
      await widget.waitFor('Send failed');
      await expect.poll(() => widget.status.innerText()).toBe(en.widget.tooManyMessages);
      expect(en.widget.tooManyMessages).toMatch(/half a minute/);
    } finally {
      await widget.context.close();
    }
  }, 90_000);
});
