import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useWidgetPage } from '../support/widgetPage.js';

/**
 * The widget on a shared computer (a library, a buurthuis, a family tablet), in real Chromium
 * against the real bot: the next visitor is asked before anything earlier is shown, "Nee, nieuw
 * beginnen" and "Gesprek wissen op dit apparaat" drop the key and the chat from the browser, and
 * a key unused for longer than WEBCHAT_RESIDENT_KEY_IDLE_DAYS is not used again (docs/privacy.md,
 * "Shared computers"; ADR 0010, amendment of 2 December).
 */

const DAY_MS = 24 * 60 * 60 * 1000;

interface Stored {
  readonly key: string | null;
  readonly seen: string | null;
  readonly session: string | null;
}

/** A string, not a function: this runs in the browser, where the DOM types live. */
async function stored(page: Page): Promise<Stored> {
  return (await page.evaluate(
    `({ key: localStorage.getItem('wijkwijzer.resident'), seen: localStorage.getItem('wijkwijzer.residentSeen'), session: sessionStorage.getItem('wijkwijzer.session') })`,
  )) as Stored;
}

/**
 * Another visitor at the same browser: a new tab (no session), the same localStorage. The widget
 * saves its session when the page hides, so the session is cleared from a page without it.
 */
async function nextVisitor(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/healthz`);
  await page.evaluate(`sessionStorage.clear()`);
  await page.goto(`${baseUrl}/`);
}

describe('the widget on a shared computer', () => {
  /** The key of the browser that searched in the first test: the bot remembers it. */
  let searchedKey: string | null = null;
  const widget = useWidgetPage(async (opened) => {
    await opened.page.setViewportSize({ width: 360, height: 740 });
  });

  it('asks the next visitor first, and "Nee" or "Gesprek wissen" drop the key and the chat (Dutch, phone size)', async () => {
    const { page, running } = widget();
    await page.goto(`${running.baseUrl}/`);
    await widget().waitFor('Waar kan ik u mee helpen?');
    for (const [said, next] of [
      ['Ik heb schulden', 'Klopt dat?'],
      ['ja', 'Voor wie zoekt u hulp?'],
      ['voor mezelf', 'Hoe oud bent u?'],
      ['45', 'In welke wijk zoekt u hulp?'],
      ['overslaan', 'Heeft u al iets geprobeerd?'],
      ['overslaan', 'Helpt dit u verder?'],
    ] as const) {
      await widget().say(said);
      await widget().waitFor(next, 20_000);
    }
    const first = await stored(page);
    expect(first.key).not.toBeNull();
    searchedKey = first.key;

    await nextVisitor(page, running.baseUrl);
    const opening = await widget().waitFor('Was u hier eerder met een vraag?');
    expect(opening).not.toContain('schulden');
    expect(opening).not.toContain('Vorige keer');
    // Tapped, with the focus still outside the chat: the tap must not be lost to a scroll.
    await widget().suggested('Nee, nieuw beginnen').click();
    // The widget lets go of the key and opens a new conversation with a new one.
    await expect
      .poll(() => page.locator('.ww-status').innerText(), { timeout: 20_000 })
      .toBe(
        'We zijn een nieuw gesprek begonnen. Het eerdere gesprek staat niet meer op dit apparaat.',
      );
    await widget().waitFor('Hallo! Ik ben de digitale wijkwijzer');
    const fresh = await stored(page);
    expect(fresh.key).not.toBeNull();
    expect(fresh.key).not.toBe(first.key);
    expect(fresh.session).not.toBe(first.session);

    // Clearly visible on a phone, and reached and used with the keyboard alone.
    await widget().say('Ik voel me eenzaam');
    await widget().waitFor('Ik heb uw vraag gelezen', 20_000);
    const clear = page.getByRole('button', { name: 'Gesprek wissen op dit apparaat' });
    const box = await clear.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 360).toBe(true);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('Wilt u het gesprek van dit apparaat wissen?');
      void dialog.accept();
    });
    await clear.focus();
    await page.keyboard.press('Enter');
    // Said in the status line, which a screen reader announces (role="status").
    await expect
      .poll(() => page.getByRole('status').innerText(), { timeout: 20_000 })
      .toBe('Het gesprek is van dit apparaat gewist. U kunt een nieuw gesprek beginnen.');
    await widget().waitFor('Hallo! Ik ben de digitale wijkwijzer');
    expect(await widget().transcript().innerText()).not.toContain('Ik voel me eenzaam');
    const cleared = await stored(page);
    expect(cleared.key).not.toBe(fresh.key);
    expect(cleared.session).not.toBe(fresh.session);
    // The server let go of it too: the cleared conversation's transcript is gone.
    const before = JSON.parse(fresh.session ?? '{}') as { token: string; conversationId: string };
    const left = (await (
      await fetch(
        `${running.baseUrl}/v3/directline/conversations/${before.conversationId}/activities`,
        { headers: { authorization: `Bearer ${before.token}` } },
      )
    ).json()) as { activities: Array<{ type: string }> };
    expect(left.activities.filter((activity) => activity.type === 'message')).toEqual([]);
    // A reload shows nothing of before either: the transcript left the browser with the session.
    await nextVisitor(page, running.baseUrl);
    await widget().waitFor('Hallo! Ik ben de digitale wijkwijzer');
    expect(await widget().transcript().innerText()).not.toContain('Was u hier eerder');
  }, 180_000);

  it('forgets a key unused for longer than the idle time, and clears in English', async () => {
    const { browser, running } = widget();
    expect(searchedKey).not.toBeNull();
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 360, height: 740 },
    });
    try {
      const english = await context.newPage();
      const transcript = () => english.locator('.webchat__basic-transcript').innerText();
      const waitFor = (text: string) =>
        expect.poll(transcript, { timeout: 20_000 }).toContain(text);
      await english.goto(`${running.baseUrl}/healthz`);
      const seed = async (seenAt: number) => {
        await english.evaluate(
          `localStorage.setItem('wijkwijzer.resident', ${JSON.stringify(searchedKey)}); localStorage.setItem('wijkwijzer.residentSeen', '${seenAt}'); sessionStorage.clear()`,
        );
      };
      // Used 13 days ago: still the same resident, asked in English before anything is shown.
      await seed(Date.now() - 13 * DAY_MS);
      await english.goto(`${running.baseUrl}/`);
      await waitFor('Were you here before with a question?');
      expect((await stored(english)).key).toBe(searchedKey);

      // Expired: 15 days unused with the default of 14 is a new key and a first welcome.
      await english.goto(`${running.baseUrl}/healthz`);
      await seed(Date.now() - 15 * DAY_MS);
      await english.goto(`${running.baseUrl}/`);
      await waitFor('Hello! I am the digital wijkwijzer');
      expect(await transcript()).not.toContain('Welcome back');
      const renewed = await stored(english);
      expect(renewed.key).not.toBe(searchedKey);
      expect(Number(renewed.seen)).toBeGreaterThan(Date.now() - 60_000);

      // Clear in English, with the keyboard.
      const clear = english.getByRole('button', { name: 'Clear this chat on this device' });
      english.once('dialog', (dialog) => void dialog.accept());
      await clear.focus();
      await english.keyboard.press('Enter');
      await expect
        .poll(() => english.getByRole('status').innerText(), { timeout: 20_000 })
        .toBe(
          'The conversation has been cleared from this device. You can start a new conversation.',
        );
      expect((await stored(english)).key).not.toBe(renewed.key);
    } finally {
      await context.close();
    }
  }, 120_000);
});
