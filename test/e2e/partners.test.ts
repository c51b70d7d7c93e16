import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePartnerFile } from '../../src/partners/entryText.js';
import { localDate } from '../../src/shared/gemeenteTime.js';
import { ANNA, RIA, startPartnerHarness, type PartnerHarness } from '../partners/partnerHarness.js';
import { linkIn } from '../support/loopbackSmtp.js';
import { launchChromium } from '../support/browser.js';
import { WCAG_22_AA } from '../support/axe.js';

/**
 * The partner page in Chromium against the real bot, on a temporary copy of knowledge/: sign in
 * with the link that reached the loopback SMTP server, confirm an entry, edit one with an error
 * shown and fixed, find the change with `wijkwijzer search` and in the widget, read the YAML diff,
 * get 403 for another beheerder, and undo as the redactie. axe-core checks WCAG 2.2 AA.
 */

const run = promisify(execFile);

describe('the partner page in a browser', () => {
  let h: PartnerHarness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const policyViolations: string[] = [];
  let originalAlifa = '';

  beforeAll(async () => {
    h = await startPartnerHarness();
    originalAlifa = await h.readKnowledge('voorzieningen/alifa.yaml');
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await h?.close();
  });

  async function axeViolations(target: Page = page) {
    const results = await new AxeBuilder({ page: target }).withTags([...WCAG_22_AA]).analyze();
    return results.violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map(
        (node) =>
          `${node.target.join(' ')} ${node.html.slice(0, 160)} ${node.failureSummary ?? ''}`,
      ),
    }));
  }

  it('signs in through the link that reached the loopback SMTP server', async () => {
    await page.goto(`${h.baseUrl}/partners/`);
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    expect(await axeViolations()).toEqual([]);
    await page.getByLabel('Uw e-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
    await expect
      .poll(() => page.locator('#email-error').innerText())
      .toContain('geen geldig e-mailadres');
    await page.getByLabel('Uw e-mailadres').fill(ANNA);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#link-sent').innerText(), { timeout: 10_000 })
      .toContain('Als wij dit e-mailadres kennen');
    const mail = await h.smtp.nextTo(ANNA);
    expect(mail.subject).toBe('Uw inloglink voor de wijkwijzer');
    await page.goto(`${h.baseUrl}/partners/#link=${linkIn(mail)}`);
    await page.getByRole('heading', { name: 'Alifa', exact: true }).waitFor();
    expect(page.url()).not.toContain('link=');
    expect(await page.locator('#who').innerText()).toBe('Ingelogd als a***@alifa.example');
    expect(await axeViolations()).toEqual([]);
  }, 60_000);

  it('"Klopt nog" sets gecontroleerd to today with one click', async () => {
    await page.getByRole('button', { name: 'Klopt nog: Jongerenwerk' }).click();
    await expect
      .poll(() => page.locator('#notice').innerText(), { timeout: 15_000 })
      .toContain('"Jongerenwerk" is nagekeken');
    const text = await h.readKnowledge('voorzieningen/alifa.yaml');
    expect(text).toContain(`    gecontroleerd: ${localDate(new Date())}\n`);
    expect(await page.getByRole('button', { name: 'Klopt nog: Jongerenwerk' }).count()).toBe(0);
  }, 60_000);

  it('edits an entry: an error is shown and fixed, the card previewed, then saved', async () => {
    await page.getByRole('button', { name: 'Aanpassen: Steun bij opvoeden' }).first().click();
    await page.getByRole('heading', { name: 'Aanpassen: Steun bij opvoeden' }).waitFor();
    // The file says the older heel-enschede: the form shows it as the gemeente's own choice.
    expect(await page.getByRole('radio', { name: 'Heel Enschede' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio').count()).toBe(3);
    const phone = page.locator('#f-contact-telefoon');
    await phone.fill('12345');
    await expect
      .poll(() => page.locator('#check-list').innerText(), { timeout: 10_000 })
      .toContain('geen geldig Nederlands telefoonnummer');
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-contact-telefoon-error').innerText()).toContain('telefoonnummer');
    expect(await axeViolations()).toEqual([]);

    await phone.fill('053-1234567');
    await page.locator('#f-trefwoorden').fill('opvoeden, ouders, kangoeroeklas');
    await page
      .locator('#f-omschrijving')
      .fill(
        'Heeft u vragen over de opvoeding van uw kind? Alifa helpt ouders met tips en gesprekken. In de kangoeroeklas spelen peuters en ouders samen.',
      );
    await expect
      .poll(() => page.locator('#check-summary').innerText(), { timeout: 10_000 })
      .toContain('Geen fouten gevonden.');
    expect(await phone.getAttribute('aria-invalid')).toBeNull();
    const preview = page.locator('#preview .ac-adaptiveCard');
    await expect.poll(() => preview.innerText(), { timeout: 20_000 }).toContain('kangoeroeklas');
    expect(await page.locator('#preview a[href="tel:+31531234567"]').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.locator('#notice').innerText(), { timeout: 15_000 })
      .toContain('Opgeslagen');
    expect(policyViolations).toEqual([]);
  }, 60_000);

  it('the YAML diff touches only the changed lines and keeps every comment', async () => {
    const text = await h.readKnowledge('voorzieningen/alifa.yaml');
    const comments = (value: string) =>
      value.split('\n').filter((line) => line.trim().startsWith('#'));
    expect(comments(text)).toEqual(comments(originalAlifa));
    const before = originalAlifa.split('\n');
    const after = text.split('\n');
    const removed = before.filter((line) => !after.includes(line));
    const added = after.filter((line) => !before.includes(line));
    expect(removed).toEqual([
      '      Heeft u vragen over de opvoeding van uw kind? Alifa helpt ouders met tips en gesprekken. U kunt',
      '      er ook andere ouders ontmoeten.',
      '    trefwoorden: [opvoeden, ouders, tips, kind, puber, gesprek]',
    ]);
    expect(added).toContain('    trefwoorden: [opvoeden, ouders, kangoeroeklas]');
    expect(added).toContain('      telefoon: 053-1234567');
    // The area was not touched, so its older word stays as written.
    const edited = parsePartnerFile(text).entries.find((entry) => entry.id === 'alifa-opvoedsteun');
    expect(edited?.gebied).toBe('heel-enschede');
  }, 60_000);

  it('the change is found by `wijkwijzer search` and shown in the widget within seconds', async () => {
    const { stdout } = await run(
      process.execPath,
      [path.resolve('bin/wijkwijzer.js'), 'search', 'kangoeroeklas'],
      {
        env: { ...process.env, KNOWLEDGE_DIR: h.knowledgeDir },
        timeout: 60_000,
      },
    );
    expect(stdout).toContain('alifa-opvoedsteun');

    const widget = await context.newPage();
    try {
      await widget.goto(`${h.baseUrl}/`);
      const transcript = widget.locator('.webchat__basic-transcript');
      await expect
        .poll(() => transcript.innerText(), { timeout: 20_000 })
        .toContain('Waar kan ik u mee helpen?');
      const say = async (text: string) => {
        const box = widget.locator('[data-id="webchat-sendbox-input"]');
        await box.fill(text);
        await box.press('Enter');
      };
      const button = (name: string) =>
        widget.locator('.webchat__suggested-actions').getByRole('button', { name, exact: true });
      await say('Ik zoek de kangoeroeklas voor ouders en peuters');
      // The intake asks what it needs to know; answer each question the way a resident would,
      // until the cards come. Which questions come depends on the understanding of the message.
      const cardText = 'In de kangoeroeklas spelen peuters en ouders samen.';
      const answered = new Set<string>();
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const text = await transcript.innerText();
        if (text.includes(cardText)) break;
        const answer = async (prompt: string, act: () => Promise<void>) => {
          if (!text.includes(prompt) || answered.has(prompt)) return false;
          answered.add(prompt);
          await act();
          return true;
        };
        const acted =
          (await answer('Klopt dat?', () => button('Ja').click())) ||
          (await answer('Welke past het best?', () => button('Opvoeden en opgroeien').click())) ||
          (await answer('Voor wie zoekt u hulp?', () => button('Voor mezelf').click())) ||
          (await answer('Hoe oud is uw kind?', () => say('3'))) ||
          (await answer('Hoe oud bent u?', () => button('27 tot 67 jaar').click())) ||
          (await answer('In welke wijk', () => say('7544'))) ||
          (await answer('Heeft u al iets geprobeerd?', () => button('Nog niets').click()));
        if (!acted) await widget.waitForTimeout(250);
      }
      const cards = widget.locator('.webchat__basic-transcript .ac-adaptiveCard');
      await expect
        .poll(() => cards.allInnerTexts(), { timeout: 20_000 })
        .toEqual(
          expect.arrayContaining([
            expect.stringContaining('In de kangoeroeklas spelen peuters en ouders samen.'),
          ]),
        );
    } finally {
      await widget.close();
    }
  }, 120_000);

  it("a partner trying another beheerder's entry gets 403", async () => {
    const token = (await page.evaluate(
      "window.sessionStorage.getItem('wijkwijzer.partners.token')",
    )) as string | null;
    const response = await page.request.get(
      `${h.baseUrl}/api/partners/beheerders/humanitas/entries`,
      {
        headers: { Authorization: `Bearer ${token ?? ''}` },
      },
    );
    expect(response.status()).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('WW-4105');
  }, 60_000);

  it('at phone size the page needs no sideways scrolling and stays axe-clean', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.getByRole('button', { name: 'Aanpassen: Jongerenwerk' }).first().click();
    await page.getByRole('heading', { name: 'Aanpassen: Jongerenwerk' }).waitFor();
    const overflow = (await page.evaluate(
      'document.documentElement.scrollWidth - window.innerWidth',
    )) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);

  it('the redactie undoes the edit from the change log, and the file is as before', async () => {
    const redactie = await browser.newContext({ locale: 'nl-NL' });
    try {
      const own = await redactie.newPage();
      const link = await h.linkFor(RIA);
      await own.goto(`${h.baseUrl}/partners/?organisatie=alifa#link=${link}`);
      await own.getByRole('heading', { name: 'Alifa', exact: true }).waitFor();
      await own.getByRole('button', { name: 'Logboek bekijken' }).click();
      await own.getByRole('heading', { name: 'Logboek van wijzigingen' }).waitFor();
      // The heading shows before the log has been fetched: wait for the list itself.
      await expect
        .poll(() => own.locator('#change-list').innerText(), { timeout: 15_000 })
        .toContain('a***@alifa.example');
      expect(await axeViolations(own)).toEqual([]);
      // The newest change is the edit (2); the confirmation (1) stays.
      await own.getByRole('button', { name: 'Ongedaan maken: wijziging 2' }).click();
      await expect
        .poll(() => own.locator('#changes-notice').innerText(), { timeout: 15_000 })
        .toContain('ongedaan gemaakt');
      // The entry is as it was before the edit, and every comment is still there. (A restored
      // long description is folded again by the writer, so its line breaks may differ.)
      const text = await h.readKnowledge('voorzieningen/alifa.yaml');
      const entries = (value: string) => parsePartnerFile(value).entries;
      const expected = entries(originalAlifa).map((entry) =>
        entry.id === 'alifa-jongerenwerk'
          ? { ...entry, gecontroleerd: localDate(new Date()) }
          : entry,
      );
      expect(entries(text)).toEqual(expected);
      const comments = (value: string) =>
        value.split('\n').filter((line) => line.trim().startsWith('#'));
      expect(comments(text)).toEqual(comments(originalAlifa));
    } finally {
      await redactie.close();
    }
  }, 60_000);
  it('works by keyboard alone: Tab to "Klopt nog", Enter, and focus moves to the result', async () => {
    await page.goto(`${h.baseUrl}/partners/`);
    await page.getByRole('heading', { name: 'Alifa', exact: true }).waitFor();
    let label: unknown = null;
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(
        "document.activeElement && document.activeElement.getAttribute('aria-label')",
      );
      if (typeof label === 'string' && label.startsWith('Klopt nog: ')) break;
    }
    expect(label).toMatch(/^Klopt nog: /);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#notice').innerText(), { timeout: 15_000 })
      .toContain('is nagekeken');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(
      'notice',
    );
  }, 60_000);
});
