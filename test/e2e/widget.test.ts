import { describe, expect, it } from 'vitest';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * The real widget (Bot Framework Web Chat in headless Chromium) talking to the real bot through
 * the bot's own Direct Line channel, as a resident would use it on the demo page.
 */
describe('the web chat widget on the demo page', () => {
  const policyViolations: string[] = [];
  const widget = useWidgetPage((opened) => {
    opened.page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  });

  it('greets in Dutch, answers a message, and keeps the conversation after a reload', async () => {
    await widget().page.goto(`${widget().running.baseUrl}/`);
    await widget().waitFor('Ik ben de digitale wijkwijzer');
    await widget().waitFor('Waar kan ik u mee helpen?');

    await widget().say('Ik heb vragen over mijn rekeningen');
    await widget().waitFor('Ik heb uw vraag gelezen', 15_000);

    await widget().page.reload();
    await widget().waitFor('Ik heb vragen over mijn rekeningen');
    // Resumed, not restarted: the greeting is there once, not twice.
    expect(await widget().bubbles('Ik ben de digitale wijkwijzer').count()).toBe(1);

    // The intake goes on where it was: the levensgebied question is answered by typing.
    await widget().waitFor('Klopt dat?');
    await widget().say('ja');
    await widget().waitFor('Voor wie zoekt u hulp?', 15_000);
    expect(await widget().bubbles('Ik ben de digitale wijkwijzer').count()).toBe(1);
    expect(policyViolations).toEqual([]);
  });

  it('"Snel weg" leaves for a neutral site and wipes the conversation from the browser', async () => {
    const { page, running } = widget();
    await page.route('https://www.google.nl/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutraal</title>' }),
    );
    await page.goto(`${running.baseUrl}/`);
    await widget().waitFor('Voor wie zoekt u hulp?');
    await page.getByRole('button', { name: 'Snel weg' }).click();
    await page.waitForURL('https://www.google.nl/**');
    // Storage is per origin: look at ours again from a page without the widget().
    await page.goto(`${running.baseUrl}/healthz`);
    // A string, not a function: this code runs in the browser, where the DOM types live.
    const stored = (await page.evaluate(
      '({ session: Object.keys(sessionStorage), local: Object.keys(localStorage) })',
    )) as { session: string[]; local: string[] };
    expect(stored.session.filter((key) => key.startsWith('wijkwijzer.'))).toEqual([]);
    expect(stored.local.filter((key) => key.startsWith('wijkwijzer.'))).toEqual([]);

    await page.goto(`${running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    expect(await widget().transcript().innerText()).not.toContain(
      'Ik heb vragen over mijn rekeningen',
    );
  });
});
