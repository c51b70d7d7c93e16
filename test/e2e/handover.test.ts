import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { casesFile, FileCaseRepository } from '../../src/cases/fileCaseRepository.js';
import { systemClock } from '../../src/shared/clock.js';
import { launchChromium } from '../support/browser.js';
import { silentLogger } from '../support/logs.js';
import { startApp, type RunningApp } from '../support/app.js';

/**
 * Issue 6, "Done when": from "ik kom er niet uit" to a confirmed reference in the widget, and the
 * case is in the case store with the resident's words and contact details.
 */
describe('the warm handover in the widget', () => {
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

  async function waitFor(text: string | RegExp): Promise<string> {
    let found = '';
    await expect
      .poll(
        async () => {
          found = await transcript().innerText();
          return typeof text === 'string' ? found.includes(text) : text.test(found);
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    return found;
  }

  it('"ik kom er niet uit" → consent → contact → summary → reference, and the case is stored', async () => {
    await page.goto(`${running.baseUrl}/`);
    await waitFor('Waar kan ik u mee helpen?');

    await say('Ik kom er niet uit');
    await waitFor('Zal ik uw vraag doorsturen?');
    await suggested('Ja, graag').click();
    await waitFor('Wilt u in een paar zinnen vertellen wat er speelt?');
    await say('Ik heb schulden en de huur is te hoog. Er komen steeds brieven.');
    await waitFor('Wat is uw postcode?');
    await say('7544');
    await waitFor('Mag ik uw vraag en uw contactgegevens delen met het wijkteam?');
    await suggested('Ja, dat mag').click();
    await waitFor('Hoe mag het wijkteam u noemen?');
    await say('Fatima');
    await waitFor('Hoe kan het wijkteam u bereiken?');
    await say('06 1234567');
    await waitFor('Dit telefoonnummer klopt niet.');
    await say('06 12345678');
    await waitFor('Mag het wijkteam u bellen?');
    await suggested('Ja, bellen mag').click();
    await waitFor('Wanneer kan het wijkteam u het best bereiken?');
    await say('na 15 uur');
    await waitFor('Dit sturen we naar het wijkteam. Kijk of het klopt.');
    // The summary card's own button (Action.Submit), as a resident would tap it.
    await page
      .locator('.webchat__basic-transcript .ac-adaptiveCard')
      .getByRole('button', { name: 'Ja, versturen' })
      .last()
      .click();
    const text = await waitFor(/Uw nummer is WW-\d{4}-\d{6}\./);
    const reference = /Uw nummer is (WW-\d{4}-\d{6})\./.exec(text)?.[1];
    expect(reference).toBeDefined();

    // The case was durable before the reference was shown: read it back from the file. The
    // browser goes first: a stop with a widget still connected waits for its stream.
    await context.close();
    await running.stop({ keepData: true });
    const repository = await FileCaseRepository.open({
      file: casesFile(running.dataDir),
      clock: systemClock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    try {
      const stored = await repository.get(reference ?? '');
      expect(stored).toMatchObject({
        status: 'nieuw',
        consent: { given: true },
        melder: { kind: 'contact', name: 'Fatima', phone: '0612345678', bestMoment: 'na 15 uur' },
      });
      expect(stored?.story.summary).toContain('Ik heb schulden en de huur is te hoog.');
    } finally {
      await repository.close();
    }
  }, 90_000);
});
