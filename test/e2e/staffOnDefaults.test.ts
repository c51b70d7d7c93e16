import { describe, expect, it } from 'vitest';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * A resident hands over in English through the real widget; a colleague of wijkteam Wesselerbrink
 * then works the case on the Casusbord, on the embedded defaults (`npm run dev`: the development
 * login with the fictitious colleagues of src/board/staff.example.yaml). Found by playing both
 * sides: the login offered colleagues who see no cases at all, labelled "(wijkteam )", nothing
 * on the case said the resident wrote in English, and one case was "1 casussen".
 */
describe('a wijkteam colleague on the embedded defaults', () => {
  const widget = useWidgetPage();

  it('the development login offers only colleagues who can work cases, each with a wijkteam', async () => {
    const { page, running } = widget();
    await page.goto(`${running.baseUrl}/tab/`);
    await page.locator('#dev-login').waitFor({ state: 'visible', timeout: 10_000 });
    const labels = await page.locator('#persona option').allInnerTexts();
    expect(labels).toContain('Ivo Voorbeeld (wijkteam Wesselerbrink)');
    expect(labels).toContain('Carla Voorbeeld (coördinator, alle wijkteams)');
    expect(labels.filter((label) => /\(wijkteam\s*\)/.test(label))).toEqual([]);
    // The redactie and the beleid colleague have their own pages (partners, monitor).
    expect(labels.join('\n')).not.toMatch(/Rosa|Jeroen/);
  });

  it('an English handover: claim, see it was in English, contact, close with an outcome', async () => {
    const { page, running } = widget();
    await page.goto(`${running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    for (const [message, reply] of [
      ['I want to talk to a person', 'what is going on'],
      ['I cannot pay my bills and the letters keep coming', 'What is your postcode?'],
      ['7544', 'May I share your question'],
      ['yes', 'What may the wijkteam call you?'],
      ['Tom', 'How can the wijkteam reach you?'],
      ['0612345678', 'May the wijkteam call you?'],
      ['yes', 'When is the best time'],
      ['in the morning', 'Is this right?'],
      ['yes', 'Your number is'],
    ] as const) {
      await widget().say(message);
      await widget().waitFor(reply, 15_000);
    }
    const reference = /Your number is ([A-Z]+-\d{4}-\d+)/.exec(
      await widget().waitFor('Your number is'),
    )?.[1];
    expect(reference).toBeDefined();

    await page.goto(`${running.baseUrl}/tab/`);
    await page.locator('#dev-login').waitFor({ state: 'visible', timeout: 10_000 });
    await page
      .locator('#persona')
      .selectOption({ label: 'Ivo Voorbeeld (wijkteam Wesselerbrink)' });
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    // One case: "1 casus", not "1 casussen" (played on the board).
    await expect
      .poll(() => page.locator('#list-summary').innerText())
      .toBe('1 van 1 casus te zien.');
    await expect
      .poll(() => page.locator('#status').innerText())
      .toBe('De lijst is bijgewerkt. 1 casus te zien.');
    await page.getByRole('button', { name: `Bekijk casus ${reference}` }).click();
    await page.getByRole('heading', { name: `Casus ${reference}` }).waitFor();
    const detail = page.locator('#detail');
    await expect
      .poll(() => detail.innerText())
      .toContain('Bellen mag. Beste moment: in the morning. De inwoner schreef in het Engels');

    await page.getByRole('button', { name: 'Ik pak dit op' }).click();
    await expect
      .poll(() => page.locator('#notice').innerText())
      .toContain('U heeft de casus opgepakt.');
    expect(await detail.innerText()).toContain('06 12345678');
    await page.getByRole('button', { name: 'Contact gelegd' }).click();
    await page.locator('#contact-form').getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('#notice').innerText()).toContain('er is contact gelegd');
    await page.getByRole('button', { name: 'Afronden', exact: true }).first().click();
    const form = page.locator('#close-form');
    await form.getByLabel('Voorliggend opgelost').check();
    await form.getByRole('button', { name: 'Afronden' }).click();
    await expect.poll(() => page.locator('#notice').innerText()).toBe('De casus is afgerond.');
  }, 120_000);
});
