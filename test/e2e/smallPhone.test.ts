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
    const four = await layout(widget());
    expect(four.bandUnderMessageBox).toBeLessThan(8);
    // At least three of the four are whole; the fourth may need a short scroll.
    expect(four.wholeButtons).toBeGreaterThanOrEqual(3);
    // The conversation keeps a readable part of the screen: the question above the buttons.
    expect(four.transcriptHeight).toBeGreaterThanOrEqual(120);
  }, 90_000);
});
