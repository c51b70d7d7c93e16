import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildCaseCard } from '../../src/cards/caseCard.js';
import { caseCardView, SHARED_VIEWER } from '../../src/cards/caseCardView.js';
import { casesDirectory, FileCaseRepository } from '../../src/cases/fileCaseRepository.js';
import { systemClock } from '../../src/shared/clock.js';
import { launchChromium } from '../support/browser.js';
import { silentLogger } from '../support/logs.js';
import { openWidgetPage, type WidgetPage } from '../support/widgetPage.js';

/**
 * The newcomer's journey of the README, on the embedded defaults: a resident hands a question over in the widget,
 * a wijkteam colleague signs in on the Casusbord with the development login, sees the case and
 * claims it; the card built for that case names the colleague.
 */
describe('from the widget to the Casusbord on the embedded defaults', () => {
  let widget: WidgetPage;
  let staffBrowser: Browser;

  beforeAll(async () => {
    // Vitest runs with NODE_ENV=test, where the development login is off unless asked for.
    widget = await openWidgetPage({ BOARD_DEV_LOGIN: 'true' });
    staffBrowser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await staffBrowser?.close();
    await widget?.close();
  });

  it('a handover made in the widget is listed on the board and claimed there', async () => {
    // The resident lives in the city centre (7511): wijkteam Centrum.
    await widget.page.goto(`${widget.running.baseUrl}/`);
    await widget.waitFor('Waar kan ik u mee helpen?');
    for (const [answer, next] of [
      ['Ik wil graag iemand van het wijkteam spreken', 'Wilt u in een paar zinnen vertellen'],
      ['Ik heb schulden en de huur is te hoog.', 'Wat is uw postcode?'],
      ['7511', 'Mag ik uw vraag en uw contactgegevens delen met het wijkteam?'],
      ['ja', 'Hoe mag het wijkteam u noemen?'],
      ['Fatima', 'Hoe kan het wijkteam u bereiken?'],
      ['06 12345678', 'Mag het wijkteam u bellen?'],
      ['ja', 'Wanneer kan het wijkteam u het best bereiken?'],
      ['na 15 uur', 'Klopt dit?'],
    ] as const) {
      await widget.say(answer);
      await widget.waitFor(next);
    }
    await widget.say('ja');
    const text = await widget.waitFor(/Uw nummer is WW-\d{4}-\d{6}\./);
    expect(text).toContain('wijkteam Centrum');
    const reference = /Uw nummer is (WW-\d{4}-\d{6})\./.exec(text)?.[1] ?? '';

    // A colleague of wijkteam Centrum, outside Teams: the development login.
    const context = await staffBrowser.newContext({ locale: 'nl-NL' });
    const board = await context.newPage();
    await board.goto(`${widget.running.baseUrl}/tab/`);
    // Eva Voorbeeld, of wijkteam Centrum in the shipped example staff file.
    await board.locator('#persona').selectOption('00000000-0000-4000-8000-00000000a004');
    await board.getByRole('button', { name: 'Aanmelden' }).click();
    const open = board.getByRole('button', { name: `Bekijk casus ${reference}` });
    await open.waitFor({ timeout: 10_000 });
    expect(await board.locator('li', { has: open }).innerText()).toContain('Ik heb schulden');
    await open.click();
    await board.getByRole('heading', { name: `Casus ${reference}` }).waitFor();
    // Before the claim nobody sees how to reach the resident.
    expect(await board.locator('main').innerText()).not.toContain('12345678');
    await board.getByRole('button', { name: 'Ik pak dit op' }).click();
    await expect
      .poll(() => board.locator('main').innerText(), { timeout: 10_000 })
      .toContain('06 12345678');
    await context.close();

    // The card the wijkteam channel gets for this case now names the colleague who has it.
    await widget.context.close();
    await widget.running.stop({ keepData: true });
    const repository = await FileCaseRepository.open({
      dir: casesDirectory(widget.running.dataDir),
      clock: systemClock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    try {
      const stored = await repository.get(reference);
      expect(stored).toMatchObject({
        status: 'opgepakt',
        assignee: { displayName: 'Eva Voorbeeld' },
      });
      const card = JSON.stringify(
        buildCaseCard(caseCardView(stored!, { now: new Date(), viewer: SHARED_VIEWER })),
      );
      expect(card).toContain('Eva Voorbeeld');
      expect(card).not.toContain('12345678');
    } finally {
      await repository.close();
    }
  }, 120_000);
});
