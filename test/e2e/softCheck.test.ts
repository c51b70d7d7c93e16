import { describe, expect, it } from 'vitest';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * The soft check (docs/adr/0012-safety-net.md, fourth round) in the real widget (Web Chat in
 * headless Chromium) on the real app and the shipped concern model: the lines and the question
 * appear, the intake's own question and buttons follow in the same turn, and the check's "Ja, ik
 * heb nu hulp nodig" button stays in the transcript, so a tap after an intake answer still gives the
 * lines. The message was picked from the shipped model's scores (test/dialogs/softCheck.test.ts).
 */
describe('the soft check in the widget', () => {
  const widget = useWidgetPage();

  it('shows the lines, goes on with the intake, and its button still gives the lines later', async () => {
    await widget().page.goto(`${widget().running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');

    await widget().say('ik heb schulden en slaap slecht, het voelt allemaal hopeloos en donker');
    await widget().waitFor('Ik wil even zeker weten dat het goed met u gaat.');
    const line = widget().page.locator('.webchat__basic-transcript a[href="tel:08000113"]');
    await expect.poll(() => line.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The intake's question came in the same turn, with its own buttons.
    await expect
      .poll(() => widget().transcript().innerText(), { timeout: 20_000 })
      .toMatch(/Klopt dat\?|Welke past het best\?|Waar gaat uw vraag vooral over\?/);
    if ((await widget().transcript().innerText()).includes('Klopt dat?'))
      await widget().suggested('Ja').click();
    else await widget().suggested('Geld, schulden en administratie').click();
    await widget().waitFor('Voor wie zoekt u hulp?');

    // The check's button is still there, in the transcript, after the intake moved on.
    const help = widget()
      .transcript()
      .getByRole('button', { name: 'Ja, ik heb nu hulp nodig', exact: true });
    await expect.poll(() => help.count(), { timeout: 10_000 }).toBe(1);
    await help.click();
    await widget().waitFor('Daarna kunt u altijd terugkomen in deze chat.');
    expect(await line.count()).toBeGreaterThan(1);
  }, 90_000);
});
