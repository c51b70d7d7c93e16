import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildCaseCard } from '../../src/cards/caseCard.js';
import { caseCardView, SHARED_VIEWER } from '../../src/cards/caseCardView.js';
import type { Case } from '../../src/cases/case.js';
import { handleCardAction } from '../../src/casework/registry.js';
import {
  handover,
  staff,
  startBoard,
  WEST,
  type BoardHarness,
  type StaffFixture,
} from '../board/boardHarness.js';
import { WCAG_22_AA } from '../support/axe.js';
import { frameInPage, launchChromium } from '../support/browser.js';

/**
 * The Casusbord in headless Chromium, outside Teams: the page must give up on teams-js within
 * three seconds, offer the development login, list a case made through the case repository,
 * and work it with the same verbs as the Teams card.
 */

/** A stand-in for teams-js in a Teams host where single sign-on fails (no consent, say). */
const FAILING_SSO_TEAMS_HOST = `
window.microsoftTeams = {
  app: {
    initialize: () => Promise.resolve(),
    getContext: () => Promise.resolve({ app: { theme: 'default' } }),
    registerOnThemeChangeHandler: () => {},
  },
  authentication: {
    getAuthToken: () => Promise.reject(new Error('resourceRequiresConsent')),
  },
};
`;

describe('the Casusbord in a browser', () => {
  let board: BoardHarness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let created: Case;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    board = await startBoard({ environment: { BOARD_DEV_LOGIN: 'true' } });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await board?.close();
  });

  beforeEach(async () => {
    created = await board.repository.create(handover(WEST));
    context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  });

  afterEach(async () => {
    await context?.close();
  });

  async function signInAs(who: StaffFixture): Promise<void> {
    await page.locator('#persona').selectOption(who.id);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { name: 'Casussen', exact: true }).waitFor();
  }

  /** The board outside Teams, signed in with the development login. */
  async function openSignedInAs(who: StaffFixture): Promise<void> {
    await page.goto(`${board.baseUrl}/tab/`);
    await page.locator('#dev-login').waitFor({ state: 'visible' });
    await signInAs(who);
  }

  /** Anna (wijkteam West) signs in, opens the case and claims it. */
  async function claimAsAnna(): Promise<void> {
    await openSignedInAs(staff.anna);
    await caseButton(created.reference).click();
    await page.getByRole('button', { name: 'Ik pak dit op' }).click();
    await expect.poll(() => page.locator('#notice').innerText()).toContain('opgepakt');
  }

  const caseButton = (reference: string) =>
    page.getByRole('button', { name: `Bekijk casus ${reference}` });

  async function axeViolations() {
    const results = await new AxeBuilder({ page }).withTags([...WCAG_22_AA]).analyze();
    return results.violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }

  it('outside Teams falls back at once to the development login and lists a real handover', async () => {
    // "At once" means the page never loads teams-js nor waits for it outside a frame (a clock
    // bound here failed on a busy machine; the framed test below shows the 3 s wait).
    const requests: string[] = [];
    const record = (request: { url(): string }) => requests.push(request.url());
    page.on('request', record);
    await page.goto(`${board.baseUrl}/tab/`);
    await page.locator('#dev-login').waitFor({ state: 'visible' });
    page.off('request', record);
    expect(requests.some((url) => url.endsWith('/teams-js.js'))).toBe(false);
    await expect
      .poll(() => page.locator('#status').innerText())
      .toContain('buiten Microsoft Teams');

    await signInAs(staff.anna);
    await expect
      .poll(() => page.locator('#who').innerText())
      .toContain('Aangemeld als Anna Voorbeeld');
    await caseButton(created.reference).waitFor();
    const item = page.locator('li', { has: caseButton(created.reference) });
    expect(await item.innerText()).toContain('Nog niemand');
    expect(await item.innerText()).toContain('Ik heb schulden');
    expect(policyViolations).toEqual([]);
  });

  it('a case without contact details has a marker, and "Contact gelegd" says why it cannot be done; the status line never keeps "Even geduld"', async () => {
    // The resident chose "vergeet mij" after sending (ADR 0014, defect 7).
    await board.repository.eraseResidentContacts('resident-key-1');
    await openSignedInAs(staff.anna);
    const item = page.locator('li', { has: caseButton(created.reference) });
    await caseButton(created.reference).waitFor();
    expect(await item.innerText()).toContain('Geen contactgegevens');
    await caseButton(created.reference).click();
    await page.getByRole('heading', { name: `Casus ${created.reference}` }).waitFor();
    await expect
      .poll(() => page.locator('#detail').innerText())
      .toContain('Geen contactgegevens: de inwoner heeft ze laten wissen.');
    // Claimable all the same.
    await page.getByRole('button', { name: 'Ik pak dit op' }).click();
    await expect
      .poll(() => page.locator('#notice').innerText())
      .toContain('U heeft de casus opgepakt.');
    await page.getByRole('button', { name: 'Contact gelegd' }).click();
    await page.locator('#contact-form').getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.locator('#notice').innerText())
      .toContain('Contact gelegd kan niet: de inwoner heeft de contactgegevens laten wissen.');
    // A fast answer once left "Even geduld…" in the status line for good (ADR 0014, defect 9).
    // It must clear once the answer is in, however fast or slow that answer was.
    await expect.poll(() => page.locator('#status').innerText()).not.toContain('Even geduld');
  });

  it('in an iframe that is not Teams, teams-js never answers: the page falls back after about 3 s', async () => {
    await page.goto(`${board.baseUrl}/tab/`);
    await page.locator('#dev-login').waitFor({ state: 'visible' });
    const started = Date.now();
    await frameInPage(page, '/tab/?in-frame', 'Casusbord');
    const framed = page.frameLocator('iframe[title="Casusbord"]');
    // The lower bound is the behaviour (teams-js is given its time); the upper one only says the
    // page does not hang, with room for a busy machine (a tight bound failed CI at load 13).
    await framed.locator('#dev-login').waitFor({ state: 'visible', timeout: 12_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
  });

  it('a claim on the board shows on the card built for that case, and only the claimer sees the contact', async () => {
    await openSignedInAs(staff.anna);
    await caseButton(created.reference).click();
    const heading = page.getByRole('heading', { name: `Casus ${created.reference}` });
    await heading.waitFor();
    // The heading shows before the detail has loaded and takes the focus: wait for the focus, as a
    // busy machine may take a moment between the two.
    await expect
      .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
      .toBe('detail-heading');
    expect(await page.locator('#detail').innerText()).toContain(
      'Alleen zichtbaar voor wie de casus heeft opgepakt.',
    );
    expect(await page.locator('#detail').innerText()).not.toContain('Fatma');

    await page.getByRole('button', { name: 'Ik pak dit op' }).click();
    await expect
      .poll(() => page.locator('#notice').innerText())
      .toContain('U heeft de casus opgepakt');
    // Focus lands on the result, not on a button that is gone.
    await expect
      .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
      .toBe('notice');
    const detail = await page.locator('#detail').innerText();
    expect(detail).toContain('Fatma Yilmaz');
    expect(detail).toContain('fatma.yilmaz@example.nl');

    const stored = await board.repository.get(created.reference);
    expect(stored).toMatchObject({
      status: 'opgepakt',
      assignee: { staffId: staff.anna.id, displayName: 'Anna Voorbeeld' },
    });
    const card = JSON.stringify(
      buildCaseCard(caseCardView(stored!, { now: board.clock.now(), viewer: SHARED_VIEWER })),
    );
    expect(card).toContain('Anna Voorbeeld');
    expect(card).not.toContain('Fatma');

    // Back to the list: the case says who has it, and focus returns to its button.
    await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
    await expect
      .poll(() => page.locator('li', { has: caseButton(created.reference) }).innerText())
      .toContain('Anna Voorbeeld (u)');
    await expect
      .poll(() =>
        page.evaluate('document.activeElement && document.activeElement.dataset.reference'),
      )
      .toBe(created.reference);

    // Bram, a colleague of the same team, sees the claim but not the contact details.
    const bram = await browser.newContext({ locale: 'nl-NL' });
    const bramPage = await bram.newPage();
    await bramPage.goto(`${board.baseUrl}/tab/`);
    await bramPage.locator('#persona').selectOption(staff.bram.id);
    await bramPage.getByRole('button', { name: 'Aanmelden' }).click();
    await bramPage.getByRole('button', { name: `Bekijk casus ${created.reference}` }).click();
    await bramPage.getByRole('heading', { name: `Casus ${created.reference}` }).waitFor();
    // The heading comes first; the story and history follow when the case has loaded.
    await expect.poll(() => bramPage.locator('#detail').innerText()).toContain('Anna Voorbeeld');
    expect(await bramPage.locator('#detail').innerText()).not.toContain('Fatma');
    expect(await bramPage.getByRole('button', { name: 'Ik pak dit op' }).count()).toBe(0);
    await bram.close();
  });

  it('a colleague who claimed it first in Teams: the board says who, and shows the new state', async () => {
    await openSignedInAs(staff.anna);
    await caseButton(created.reference).click();
    await page.getByRole('heading', { name: `Casus ${created.reference}` }).waitFor();
    // The heading comes before the case has loaded: wait for the claim button, or a slow load
    // after Bram's claim shows the claimed case and there is nothing left to click.
    await page.getByRole('button', { name: 'Ik pak dit op' }).waitFor();

    const fromTeams = await handleCardAction(
      { reference: created.reference, verb: 'claim', expectedVersion: created.version },
      { aadObjectId: staff.bram.id, teamsUserId: '29:bram', name: staff.bram.name },
      board.verbs,
    );
    expect(fromTeams.refusal).toBeUndefined();

    await page.getByRole('button', { name: 'Ik pak dit op' }).click();
    await expect
      .poll(() => page.locator('#notice').innerText())
      .toBe('Bram Voorbeeld heeft deze casus al opgepakt. Er is niets veranderd.');
    expect(await page.locator('#detail').innerText()).toContain('Bram Voorbeeld');
    expect(await page.getByRole('button', { name: 'Ik pak dit op' }).count()).toBe(0);
  });

  it('closing asks for an outcome first, then records it with the note', async () => {
    await claimAsAnna();

    await page.getByRole('button', { name: 'Afronden', exact: true }).first().click();
    const form = page.locator('#close-form');
    await form.waitFor();
    await form.getByRole('button', { name: 'Afronden' }).click();
    await expect.poll(() => form.innerText()).toContain('Kies eerst hoe de casus is afgerond.');
    await form.getByLabel('Voorliggend opgelost').check();
    await form.getByLabel('Notitie (mag leeg blijven)').fill('Naar de schuldhulp.');
    await form.getByRole('button', { name: 'Afronden' }).click();
    await expect.poll(() => page.locator('#notice').innerText()).toBe('De casus is afgerond.');
    const stored = await board.repository.get(created.reference);
    expect(stored).toMatchObject({ status: 'afgerond', outcome: 'voorliggend_opgelost' });
    expect(stored?.history.at(-1)?.note).toBe('Naar de schuldhulp.');
    expect(await page.locator('#detail').innerText()).toContain('Naar de schuldhulp.');
  });

  it('records "Contact gelegd" with a note of what was agreed', async () => {
    // Found by working a case as a wijkteam colleague: after the call there was nowhere to write
    // down what was agreed; a note was only possible when closing the case.
    await claimAsAnna();

    const opener = page.getByRole('button', { name: 'Contact gelegd', exact: true }).first();
    await opener.click();
    expect(await opener.getAttribute('aria-expanded')).toBe('true');
    const form = page.locator('#contact-form');
    const note = form.getByLabel('Wat is er afgesproken? (mag leeg blijven)');
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('contact-note');
    expect(await axeViolations()).toEqual([]);
    await note.fill('Gebeld. Afspraak dinsdag 10 uur bij de inwoner thuis.');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.locator('#notice').innerText())
      .toBe('Genoteerd: er is contact gelegd.');
    const stored = await board.repository.get(created.reference);
    expect(stored?.status).toBe('contact_gelegd');
    expect(stored?.history.at(-1)?.note).toBe(
      'Gebeld. Afspraak dinsdag 10 uur bij de inwoner thuis.',
    );
    expect(await page.locator('#detail').innerText()).toContain('Afspraak dinsdag 10 uur');
  });

  it('an expired sign-in says so once and keeps the note being typed for after signing in again', async () => {
    // Found by a wijkteam colleague: the message stood twice (top and in the case) and said to
    // reload, which threw away the note they were typing.
    await claimAsAnna();
    await page.getByRole('button', { name: 'Contact gelegd', exact: true }).first().click();
    const label = 'Wat is er afgesproken? (mag leeg blijven)';
    const typed = 'Gebeld. Zij komt donderdag langs op het wijkteamkantoor.';
    await page.locator('#contact-form').getByLabel(label).fill(typed);

    board.clock.advanceMinutes(61);
    await page.locator('#contact-form').getByRole('button', { name: 'Opslaan' }).click();
    const expired = 'Uw aanmelding is verlopen.';
    await expect.poll(() => page.locator('#alert').innerText()).toContain(expired);
    await expect.poll(() => page.locator('#alert').innerText()).toContain('blijft bewaard');
    // Said once: not again in the case, and the list behind it does not add a second one.
    await page.waitForTimeout(300);
    expect(await page.locator('body').innerText()).toContain(expired);
    expect((await page.locator('body').innerText()).split(expired).length - 1).toBe(1);
    expect(await page.locator('#notice').isVisible()).toBe(false);
    expect((await board.repository.get(created.reference))?.status).toBe('opgepakt');
    expect(await axeViolations()).toEqual([]);

    // Signing in again (the page reloaded): the form is open with what was typed.
    await page.reload();
    await page.locator('#dev-login').waitFor({ state: 'visible' });
    await signInAs(staff.anna);
    await caseButton(created.reference).click();
    const form = page.locator('#contact-form');
    await form.waitFor({ state: 'visible' });
    expect(await form.getByLabel(label).inputValue()).toBe(typed);
    expect(
      await page
        .getByRole('button', { name: 'Contact gelegd', exact: true })
        .first()
        .getAttribute('aria-expanded'),
    ).toBe('true');
    expect(await axeViolations()).toEqual([]);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.locator('#notice').innerText())
      .toBe('Genoteerd: er is contact gelegd.');
    expect((await board.repository.get(created.reference))?.history.at(-1)?.note).toBe(typed);
    // Once saved, the draft is gone.
    expect(await page.evaluate('JSON.stringify(window.sessionStorage)')).not.toContain('donderdag');
  });

  it('"Annuleren" deletes the kept draft: the form opens empty and nothing stays in the tab', async () => {
    // A cancelled note is not wanted; once it came back after the next sign-in as if it were.
    await claimAsAnna();
    const storage = () => page.evaluate('JSON.stringify(window.sessionStorage)');

    const opener = page.getByRole('button', { name: 'Contact gelegd', exact: true }).first();
    await opener.click();
    const contact = page.locator('#contact-form');
    const contactNote = contact.getByLabel('Wat is er afgesproken? (mag leeg blijven)');
    await contactNote.fill('Gebeld, maar eigenlijk niet gesproken.');
    await expect.poll(storage).toContain('niet gesproken');
    await contact.getByRole('button', { name: 'Annuleren' }).click();
    expect(await storage()).not.toContain('niet gesproken');
    expect(await contact.isVisible()).toBe(false);
    expect(await opener.getAttribute('aria-expanded')).toBe('false');
    await expect
      .poll(() => page.evaluate('document.activeElement?.dataset.verb'))
      .toBe('contactMade');
    await opener.click();
    expect(await contactNote.inputValue()).toBe('');

    // "Afronden": the outcome chosen, the note and the "choose first" error go with it.
    await page.getByRole('button', { name: 'Afronden', exact: true }).first().click();
    const close = page.locator('#close-form');
    await close.getByLabel('Notitie (mag leeg blijven)').fill('Toch niet afronden.');
    await close.getByRole('button', { name: 'Afronden' }).click();
    await expect.poll(() => close.innerText()).toContain('Kies eerst hoe de casus is afgerond.');
    await close.getByLabel('Voorliggend opgelost').check();
    await expect.poll(storage).toContain('Toch niet afronden');
    await close.getByRole('button', { name: 'Annuleren' }).click();
    expect(await storage()).not.toContain('Toch niet afronden');

    // After signing in again, no form opens by itself and nothing was recorded.
    await page.reload();
    await page.locator('#dev-login').waitFor({ state: 'visible' });
    await signInAs(staff.anna);
    await caseButton(created.reference).click();
    await page.getByRole('button', { name: 'Afronden', exact: true }).first().waitFor();
    expect(await page.locator('#contact-form').isVisible()).toBe(false);
    expect(await page.locator('#close-form').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Afronden', exact: true }).first().click();
    expect(await close.getByLabel('Notitie (mag leeg blijven)').inputValue()).toBe('');
    expect(await close.getByLabel('Voorliggend opgelost').isChecked()).toBe(false);
    expect(await close.innerText()).not.toContain('Kies eerst');
    expect((await board.repository.get(created.reference))?.status).toBe('opgepakt');
    expect(await axeViolations()).toEqual([]);
  });

  it('a draft for a step the case no longer offers is deleted when the case is shown again', async () => {
    // The colleague typed a note, then closed the case from the Teams card: the board's form is
    // gone, so the note could never be sent nor seen again, and must not linger in the tab.
    await claimAsAnna();
    await page.getByRole('button', { name: 'Contact gelegd', exact: true }).first().click();
    await page
      .locator('#contact-form')
      .getByLabel('Wat is er afgesproken? (mag leeg blijven)')
      .fill('Terugbellen na de vakantie.');
    const storage = () => page.evaluate('JSON.stringify(window.sessionStorage)');
    await expect.poll(storage).toContain('vakantie');

    const claimed = await board.repository.get(created.reference);
    const fromTeams = await handleCardAction(
      {
        reference: created.reference,
        verb: 'close',
        outcome: 'voorliggend_opgelost',
        expectedVersion: claimed!.version,
      },
      { aadObjectId: staff.anna.id, teamsUserId: '29:anna', name: staff.anna.name },
      board.verbs,
    );
    expect(fromTeams.refusal).toBeUndefined();

    await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
    await page.locator('#filter-status').selectOption('all');
    await caseButton(created.reference).click();
    await expect.poll(() => page.locator('#detail').innerText()).toContain('Afgerond');
    expect(await page.locator('#contact-form').count()).toBe(0);
    expect(await storage()).not.toContain('vakantie');
  });

  it('in Teams, a failed single sign-on says the note being typed is kept, and keeps it', async () => {
    // Teams cannot run here: a stand-in for teams-js whose getAuthToken fails, in an iframe as
    // Teams shows the tab (only there does the page load teams-js).
    await page.route('**/tab/teams-js.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: FAILING_SSO_TEAMS_HOST }),
    );
    await page.goto(`${board.baseUrl}/tab/?host`);
    await page.locator('#dev-login').waitFor({ state: 'visible' });
    const key = `wijkwijzer.board.draft:${created.reference}:contactMade`;
    const draft = 'Gebeld met de dochter.';
    await page.evaluate(
      `window.sessionStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(draft)})`,
    );
    await frameInPage(page, '/tab/?in-teams', 'Casusbord');
    const framed = page.frameLocator('iframe[title="Casusbord"]');
    const alert = framed.locator('#alert');
    await alert.waitFor({ state: 'visible' });
    const text = await alert.innerText();
    expect(text).toContain('Aanmelden via Teams lukte niet.');
    expect(text).toContain(
      'Wat u in een formulier typte, blijft bewaard zolang Teams open blijft.',
    );
    expect(text.split('blijft bewaard').length - 1).toBe(1);
    expect(await framed.locator('#dev-login').isVisible()).toBe(false);
    // The page keeps its word: the draft is still there for after signing in.
    expect(await page.evaluate(`window.sessionStorage.getItem(${JSON.stringify(key)})`)).toBe(
      draft,
    );
  });

  describe('accessibility', () => {
    for (const viewport of [
      { name: 'desktop', width: 1280, height: 900 },
      { name: 'phone', width: 375, height: 740 },
      // 200% zoom of a 1280 px window: the page gets half the CSS pixels.
      { name: '200% zoom', width: 640, height: 450 },
    ]) {
      it(`has no WCAG 2.2 AA violations in the list and the detail (${viewport.name})`, async () => {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto(`${board.baseUrl}/tab/`);
        await page.locator('#dev-login').waitFor({ state: 'visible' });
        expect(await axeViolations()).toEqual([]);
        await signInAs(staff.carla);
        await caseButton(created.reference).waitFor();
        expect(await axeViolations()).toEqual([]);
        // Nothing scrolls sideways: everything reflows into the width there is.
        expect(
          await page.evaluate(
            'document.documentElement.scrollWidth <= document.documentElement.clientWidth',
          ),
        ).toBe(true);
        await caseButton(created.reference).click();
        await page.getByRole('heading', { name: `Casus ${created.reference}` }).waitFor();
        await page.getByRole('button', { name: 'Ik pak dit op' }).click();
        await expect.poll(() => page.locator('#notice').innerText()).toContain('opgepakt');
        await page.getByRole('button', { name: 'Afronden', exact: true }).first().click();
        expect(await axeViolations()).toEqual([]);
        expect(
          await page.evaluate(
            'document.documentElement.scrollWidth <= document.documentElement.clientWidth',
          ),
        ).toBe(true);
      });
    }

    for (const theme of ['dark', 'contrast']) {
      it(`keeps enough contrast in the Teams ${theme} theme`, async () => {
        await page.goto(`${board.baseUrl}/tab/`);
        await page.locator('#dev-login').waitFor({ state: 'visible' });
        await signInAs(staff.carla);
        await caseButton(created.reference).waitFor();
        await page.evaluate(`document.documentElement.dataset.theme = '${theme}'`);
        expect(await axeViolations()).toEqual([]);
      });
    }

    it('can be worked by keyboard alone: Tab to the case, Enter opens it, Enter claims it', async () => {
      await page.goto(`${board.baseUrl}/tab/`);
      await page.locator('#dev-login').waitFor({ state: 'visible' });
      await page.locator('#persona').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Casussen', exact: true }).waitFor();
      for (let step = 0; step < 30; step += 1) {
        const focused = await page.evaluate(
          'document.activeElement && document.activeElement.dataset.reference',
        );
        if (focused === created.reference) break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: `Casus ${created.reference}` }).waitFor();
      for (let step = 0; step < 30; step += 1) {
        const focused = await page.evaluate(
          'document.activeElement && document.activeElement.dataset.verb',
        );
        if (focused === 'claim') break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('#notice').innerText())
        .toContain('U heeft de casus opgepakt');
    });
  });
});
