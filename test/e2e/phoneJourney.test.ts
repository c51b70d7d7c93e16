import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useWidgetPage, type WidgetPage } from '../support/widgetPage.js';

/**
 * The resident's journey on a phone (390×844) and at 200% zoom, in the real widget on the real
 * app (ADR 0014, defects 1 and 10): after every reply of a full intake and a full handover the
 * message box is on screen and "Snel weg" covers nothing; a long list is one drop-down; times are
 * Dutch 24-hour; result cards are named for screen readers; card text is readable; phone numbers
 * never break.
 */

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`${selector} is not rendered`);
  return box;
}

/** The message box is inside the viewport, with room to type, and no bar lies over it or the chat. */
async function expectMessageBoxInView(widget: WidgetPage, moment: string): Promise<void> {
  const viewport = widget.page.viewportSize();
  if (viewport === null) throw new Error('no viewport');
  const sendBox = await boxOf(widget.page, '[data-id="webchat-sendbox-input"]');
  const transcript = await boxOf(widget.page, '.webchat__basic-transcript');
  const quickExit = await boxOf(widget.page, '.ww-quick-exit');
  expect(sendBox.y, moment).toBeGreaterThanOrEqual(0);
  expect(sendBox.y + sendBox.height, moment).toBeLessThanOrEqual(viewport.height);
  // The conversation keeps room too: at least a few lines of messages.
  const visibleTranscript =
    Math.min(transcript.y + transcript.height, viewport.height) -
    Math.max(transcript.y, quickExit.y + quickExit.height);
  expect(visibleTranscript, moment).toBeGreaterThan(80);
  // "Snel weg" lies above the chat, never over the messages or the message box.
  expect(quickExit.y + quickExit.height, moment).toBeLessThanOrEqual(Math.max(transcript.y, 0) + 1);
}

/** A new conversation in the same tab: the widget resumes from sessionStorage otherwise. */
async function freshConversation(widget: WidgetPage): Promise<void> {
  await widget.page.goto(`${widget.running.baseUrl}/`);
  await widget.page.evaluate('window.sessionStorage.clear(); window.localStorage.clear()');
  await widget.page.goto(`${widget.running.baseUrl}/`);
  await widget.waitFor('Waar kan ik u mee helpen?');
  await widget.sendBox().focus();
}

/** Types an answer (or taps a button), waits for the next bot text, and checks the layout. */
async function step(
  widget: WidgetPage,
  answer: string | { tap: string },
  next: string | RegExp,
): Promise<void> {
  if (typeof answer === 'string') await widget.say(answer);
  else await widget.suggested(answer.tap).click();
  await widget.waitFor(next, 25_000);
  await expectMessageBoxInView(widget, `after "${JSON.stringify(answer)}"`);
}

const CHOSEN = 'Goed. Ik zoek hulp bij: Eenzaamheid en ontmoeting.';

describe('the widget on a phone', () => {
  const widget = useWidgetPage((opened) =>
    opened.page.setViewportSize({ width: 390, height: 844 }),
  );

  it('a full intake: the message box stays in view after every reply, to the result cards', async () => {
    await freshConversation(widget());
    await expectMessageBoxInView(widget(), 'at the start');

    await step(
      widget(),
      'Ik heb schulden en de brieven stapelen zich op',
      /Klopt dat\?|Welke past/,
    );
    const asked = await widget().transcript().innerText();
    if (asked.includes('Klopt dat?')) await step(widget(), { tap: 'Ja' }, 'Voor wie zoekt u hulp?');
    else await step(widget(), '1', 'Voor wie zoekt u hulp?');
    await step(widget(), { tap: 'Voor mezelf' }, 'Hoe oud bent u?');
    await step(widget(), '45', 'In welke wijk zoekt u hulp?');
    await step(widget(), 'ik woon in de Roombeek', 'Dat is de wijk Roombeek-Roomveldje.');
    await step(widget(), { tap: 'Nog niets' }, 'Helpt dit u verder?');

    const text = await widget().transcript().innerText();
    // Dutch 24-hour times, never "p.m." (ADR 0014, defect 10).
    expect(text).not.toMatch(/\b[ap]\.m\.|\b[AP]M\b/);
    expect(await widget().page.locator('.ww-time').first().innerText()).toMatch(/^\d{2}:\d{2}$/);

    // Each result card is named for a screen reader, not only "3 bijlagen".
    const cards = widget().page.locator('.webchat__basic-transcript .ac-adaptiveCard');
    expect(await cards.count()).toBeGreaterThan(0);
    const firstName = await cards.first().locator('.ac-textBlock').first().innerText();
    expect(text).toContain(`Een kaart: ${firstName}.`);

    // Card text is as large as the chat text (at least 16 px), not 14 or 12 px.
    const sizes = await widget().page.evaluate(`[...document.querySelectorAll(
      '.webchat__basic-transcript .ac-adaptiveCard .ac-textBlock')].map(
      (element) => parseFloat(getComputedStyle(element).fontSize))`);
    expect(Math.min(...(sizes as number[]))).toBeGreaterThanOrEqual(16);

    // Every result card leads somewhere: a tel:, mailto: or web link.
    const cardCount = await cards.count();
    for (let index = 0; index < cardCount; index += 1) {
      const links = cards
        .nth(index)
        .locator('a[href^="tel:"], a[href^="mailto:"], a[href^="https:"], button');
      expect(await links.count()).toBeGreaterThan(0);
    }
  }, 150_000);

  it('a long list is one drop-down that works by tapping, and leaves the message box in view', async () => {
    await freshConversation(widget());
    await step(
      widget(),
      'ik heb hulp nodig',
      /Klopt dat\?|Welke past|Waar gaat uw vraag vooral over\?/,
    );
    if (!(await widget().transcript().innerText()).includes('Waar gaat uw vraag vooral over?')) {
      await step(widget(), { tap: 'Iets anders' }, 'Waar gaat uw vraag vooral over?');
    }
    // No eighteen buttons: one drop-down list and one button, inside the conversation.
    expect(await widget().page.locator('.webchat__suggested-actions button').count()).toBe(0);
    const card = widget().page.locator('.webchat__basic-transcript .ac-adaptiveCard').last();
    // Web Chat may redraw the card while the transcript updates: choose again if that happened.
    await expect
      .poll(
        async () => {
          const before = await widget().transcript().innerText();
          if (before.includes(CHOSEN)) return before;
          await card.locator('select').selectOption({ label: '2. Eenzaamheid en ontmoeting' });
          await card.getByRole('button', { name: 'Kiezen' }).click();
          await widget().page.waitForTimeout(3000);
          return widget().transcript().innerText();
        },
        { timeout: 40_000 },
      )
      .toContain(CHOSEN);
    await expectMessageBoxInView(widget(), 'after the drop-down');
  }, 120_000);

  it('a full handover: the message box stays in view after every reply, to the reference', async () => {
    await freshConversation(widget());
    await step(widget(), 'ik wil een mens spreken', 'Wilt u in een paar zinnen vertellen');
    await step(
      widget(),
      'Mijn man is overleden en nu kom ik met de papieren niet verder.',
      'Wat is uw postcode?',
    );
    await step(widget(), 'Enschede-Zuid', 'Mag ik uw vraag en uw contactgegevens delen');
    await step(widget(), { tap: 'Ja, dat mag' }, 'Hoe mag het wijkteam u noemen?');
    await step(widget(), 'Ans', 'Hoe kan het wijkteam u bereiken?');
    await step(widget(), '06 12345678', 'Mag het wijkteam u bellen?');
    await step(
      widget(),
      { tap: 'Ja, bellen mag' },
      'Wanneer kan het wijkteam u het best bereiken?',
    );
    await step(widget(), 'in de middag', 'Klopt dit?');
    await step(widget(), 'ja, versturen', /Uw nummer is WW-\d{4}-\d{6}\./);

    // The lines in the closing message are anchors that never break inside a number.
    // Runs in the browser; a string keeps DOM types out of the Node type-check.
    // The number is kept whole (a span in the link, web/widget/wijkwijzer.js): one line box.
    const numberLines = await widget().page.evaluate(`(() => {
      const link = [...document.querySelectorAll('.webchat__basic-transcript a[href="tel:08002000"]')].at(-1);
      const number = [...link.querySelectorAll('*')].find((node) => node.textContent === '0800-2000');
      return [number.getClientRects().length, getComputedStyle(number).whiteSpace];
    })()`);
    expect(numberLines).toEqual([1, 'nowrap']);
  }, 150_000);
});

describe('the widget at 200% zoom', () => {
  // A 1280×800 screen at 200% zoom leaves 640×400 CSS pixels.
  const widget = useWidgetPage((opened) =>
    opened.page.setViewportSize({ width: 640, height: 400 }),
  );

  it('keeps the message box and the conversation in view through the questions', async () => {
    await freshConversation(widget());
    await expectMessageBoxInView(widget(), 'at the start');
    await step(
      widget(),
      'Ik voel me alleen sinds mijn vrouw er niet meer is',
      /Klopt dat\?|Welke past|Nee, het gaat wel/,
    );
    // Loneliness after a loss may get the safety check first (ADR 0012): that screen must fit
    // at 200% zoom too, and "Nee, het gaat wel" goes on with the held message.
    if (!/Klopt dat\?|Welke past/.test(await widget().transcript().innerText())) {
      await step(widget(), { tap: 'Nee, het gaat wel' }, /Klopt dat\?|Welke past/);
    }
    if ((await widget().transcript().innerText()).includes('Klopt dat?')) {
      await step(widget(), { tap: 'Ja' }, 'Voor wie zoekt u hulp?');
    } else {
      await step(widget(), '1', 'Voor wie zoekt u hulp?');
    }
    await step(widget(), { tap: 'Voor mezelf' }, 'Hoe oud bent u?');
    await step(widget(), '78', 'In welke wijk zoekt u hulp?');
  }, 150_000);
});
