import { describe, expect, it } from 'vitest';
import { useWidgetPage, type WidgetPage } from '../support/widgetPage.js';

/**
 * The widget on a small phone (360×640, the most common Android size), as an older resident uses
 * it: the answer buttons under a question are whole and in view, no empty band lies under the
 * message box, and the conversation keeps room. Web Chat's send box holds the buttons and takes
 * their height; a percentage limit on the buttons was measured against that height, which cut
 * "Ja" in half and left a blank strip where "Ik wil met iemand praten" belonged
 * (web/widget/wijkwijzer.css, "suggested actions").
 */

interface Layout {
  /** Empty room between the bottom of the message box and the bottom of the chat region. */
  readonly bandUnderMessageBox: number;
  /** Height of the conversation (the transcript) on screen. */
  readonly transcriptHeight: number;
  /** Buttons whose whole box is inside the buttons' scroll area and the viewport. */
  readonly wholeButtons: number;
  readonly buttons: number;
}

async function layout(widget: WidgetPage): Promise<Layout> {
  // Runs in the browser; a string keeps DOM types out of the Node type-check.
  return (await widget.page.evaluate(`(() => {
    const box = (selector) => document.querySelector(selector).getBoundingClientRect();
    const chat = box('.ww-chat');
    const input = box('.webchat__send-box__main');
    const transcript = box('.webchat__basic-transcript');
    const area = box('.webchat__suggested-actions');
    const buttons = [...document.querySelectorAll('.webchat__suggested-actions button')];
    const whole = buttons.filter((button) => {
      const r = button.getBoundingClientRect();
      return r.top >= area.top - 1 && r.bottom <= area.bottom + 1 && r.bottom <= innerHeight;
    });
    return {
      bandUnderMessageBox: chat.bottom - input.bottom,
      transcriptHeight: transcript.height,
      wholeButtons: whole.length,
      buttons: buttons.length,
    };
  })()`)) as Layout;
}

describe('the widget on a 360×640 phone', () => {
  const widget = useWidgetPage((opened) =>
    opened.page.setViewportSize({ width: 360, height: 640 }),
  );

  it('shows the answer buttons whole, with no empty band under the message box', async () => {
    await widget().page.goto(`${widget().running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    await widget().say('ik kan mijn rekeningen niet meer betalen');
    await widget().waitFor(/Klopt dat\?|Welke past/, 25_000);
    await expect.poll(async () => (await layout(widget())).buttons).toBeGreaterThan(1);
    const checked = await layout(widget());
    // Two buttons ("Ja", "Iets anders") fit easily: both are whole, nothing to scroll for.
    expect(checked.wholeButtons).toBe(checked.buttons);
    expect(checked.bandUnderMessageBox).toBeLessThan(8);

    if ((await widget().transcript().innerText()).includes('Klopt dat?')) {
      await widget().suggested('Ja').click();
    } else {
      await widget().say('1');
    }
    await widget().waitFor('Voor wie zoekt u hulp?', 25_000);
    await expect.poll(async () => (await layout(widget())).buttons).toBe(4);
    // The conversation keeps a readable part of the screen: the question above the buttons. Polled,
    // because on a busy machine Web Chat may still show a passing notice (a slow-connection toast)
    // that takes room for a moment; a layout that keeps too little room still fails here.
    await expect
      .poll(async () => (await layout(widget())).transcriptHeight, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(120);
    const four = await layout(widget());
    expect(four.bandUnderMessageBox).toBeLessThan(8);
    // At least three of the four are whole; the fourth may need a short scroll.
    expect(four.wholeButtons).toBeGreaterThanOrEqual(3);
    expect(four.transcriptHeight).toBeGreaterThanOrEqual(120);
  }, 90_000);

  it('shows the whole "te lang" message and keeps what was typed', async () => {
    const { page } = widget();
    await page.goto(`${widget().running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    const story = 'Ik heb een lang verhaal over mijn buren en het geluid. '.repeat(50);
    await widget().sendBox().fill(story);
    await widget().sendBox().press('Enter');
    const toaster = page.locator('.webchat__toaster');
    await expect.poll(() => toaster.innerText()).toContain('Uw bericht is te lang.');
    // Every line of the message is inside the bar, the number of characters too (polled: the bar
    // may still be growing when the text is there).
    const hidden = () =>
      page.evaluate(`(() => {
      const bar = document.querySelector('.webchat__toaster').getBoundingClientRect();
      // The lines of the text themselves, not the element's box (which has its own padding).
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.webchat__toast__text'));
      const lines = [...range.getClientRects()].filter((rect) => rect.height > 0);
      return Math.max(...lines.map((rect) => rect.bottom)) - bar.bottom;
    })()`) as Promise<number>;
    await expect.poll(hidden, { timeout: 5_000 }).toBeLessThanOrEqual(1);
    expect(await widget().sendBox().inputValue()).toBe(story);
    await widget().sendBox().fill('');
  }, 60_000);

  it('shows the facts of the handover summary one under the other, no word broken', async () => {
    // A new browser context: a fresh resident, not the conversation of the test above.
    const context = await widget().browser.newContext({
      locale: 'nl-NL',
      viewport: { width: 360, height: 640 },
    });
    try {
      const page = await context.newPage();
      const transcript = page.locator('.webchat__basic-transcript');
      const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
      const waitFor = (text: string) =>
        expect.poll(() => transcript.innerText(), { timeout: 25_000 }).toContain(text);
      await page.goto(`${widget().running.baseUrl}/`);
      await waitFor('Waar kan ik u mee helpen?');
      const steps: [string, string][] = [
        ['ik wil een mens spreken', 'Wilt u in een paar zinnen vertellen'],
        ['Mijn man is overleden en nu kom ik met de papieren niet verder.', 'Wat is uw postcode?'],
        ['7544', 'Mag ik uw vraag en uw contactgegevens delen'],
        ['ja', 'Hoe mag het wijkteam u noemen?'],
        ['Ans', 'Hoe kan het wijkteam u bereiken?'],
        ['06 12345678', 'Mag het wijkteam u bellen?'],
        ['ja', 'Wanneer kan het wijkteam u het best bereiken?'],
        ['in de middag', 'Klopt dit?'],
      ];
      for (const [answer, next] of steps) {
        await sendBox.fill(answer);
        await sendBox.press('Enter');
        await waitFor(next);
      }
      // Each value of the summary's facts ("Wesselerbrink", "06 12345678") on one line.
      const brokenValues = await page.evaluate(`(() => {
        const cards = [...document.querySelectorAll('.webchat__basic-transcript .ac-adaptiveCard')];
        const values = [...cards.at(-1).querySelectorAll('.ac-fact-value')];
        if (values.length === 0) return ['no facts'];
        return values.filter((value) => {
          const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
          const lines = new Set();
          for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const rect of range.getClientRects()) lines.add(Math.round(rect.top));
          }
          return lines.size > 1;
        }).map((value) => value.innerText);
      })()`);
      expect(brokenValues).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
