import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSyntheticMonth } from '../insights/syntheticMonth.js';
import { startApp, type RunningApp } from '../support/app.js';
import { WCAG_22_AA } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';

/**
 * The monitor in headless Chromium, outside Teams, at desktop and phone size: the development
 * login with the beleid role, the period and area filters, a chart with its table for every
 * chart, a CSV download, the print view (and a PDF), and axe WCAG 2.2 AA with 0 violations.
 */

const KNOWLEDGE_DIR = path.resolve('knowledge');
const BELEID = '00000000-0000-4000-8000-00000000a010';
const ANNA = '00000000-0000-4000-8000-00000000a001';

const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

describe('the monitor in a browser', () => {
  let dataDir: string;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-monitor-'));
    await buildSyntheticMonth(dataDir, KNOWLEDGE_DIR);
    app = await startApp({ BOARD_DEV_LOGIN: 'true', KNOWLEDGE_DIR }, undefined, dataDir);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop({ keepData: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  async function axeViolations(page: Page) {
    const results = await new AxeBuilder({ page }).withTags([...WCAG_22_AA]).analyze();
    return results.violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }

  it('offers only colleagues with the beleid role, and the API refuses anyone else', async () => {
    const config = (await (await fetch(`${app.baseUrl}/api/monitor/config`)).json()) as {
      personas: { id: string }[];
    };
    expect(config.personas.map((persona) => persona.id)).toEqual([BELEID]);
    const refused = await fetch(`${app.baseUrl}/api/monitor/dev-login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ persona: ANNA }),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('WW-8103');
    const anonymous = await fetch(`${app.baseUrl}/api/monitor/report?period=2026-03`);
    expect(anonymous.status).toBe(401);
  });

  for (const size of sizes) {
    describe(`at ${size.name} size`, () => {
      let context: BrowserContext;
      let page: Page;

      beforeAll(async () => {
        context = await browser.newContext({
          locale: 'nl-NL',
          viewport: size.viewport,
          acceptDownloads: true,
        });
        page = await context.newPage();
        await page.goto(`${app.baseUrl}/monitor/`);
        await page.locator('#dev-login').waitFor({ state: 'visible', timeout: 5_000 });
        await page.locator('#persona').selectOption(BELEID);
        await page.getByRole('button', { name: 'Aanmelden' }).click();
        await page.getByRole('heading', { name: 'Welke cijfers wilt u zien?' }).waitFor();
      }, 60_000);

      afterAll(async () => {
        await context?.close();
      });

      it('filters by period and area, with a table beside every chart', async () => {
        await expect.poll(() => page.locator('#who').innerText()).toContain('Jeroen Voorbeeld');
        await page.getByLabel('Periode', { exact: true }).selectOption('2026-03');
        await page.getByLabel('Gebied', { exact: true }).selectOption('stadsdeel:west');
        await page.getByLabel('maand', { exact: true }).check();
        await page.getByRole('button', { name: 'Cijfers tonen' }).click();
        await page
          .getByRole('heading', { name: /maart 2026, stadsdeel West/ })
          .waitFor({ timeout: 10_000 });
        const blocks = page.locator('section.report-table');
        const count = await blocks.count();
        expect(count).toBeGreaterThan(15);
        let charts = 0;
        for (let index = 0; index < count; index += 1) {
          const block = blocks.nth(index);
          if ((await block.locator('svg.chart').count()) === 0) continue;
          charts += 1;
          await expect.poll(() => block.locator('table').count()).toBe(1);
          expect(await block.locator('svg.chart title').textContent()).toContain('Grafiek');
        }
        expect(charts).toBeGreaterThan(10);
        // The city-wide note where figures exist only for the whole city.
        expect(await page.locator('.table-note--city').count()).toBeGreaterThan(0);
        expect(await axeViolations(page)).toEqual([]);

        await page.getByLabel('Gebied', { exact: true }).selectOption('stad');
        await page.getByLabel('week', { exact: true }).check();
        await page.getByRole('button', { name: 'Cijfers tonen' }).click();
        await page
          .getByRole('heading', { name: /maart 2026, heel Enschede/ })
          .waitFor({ timeout: 10_000 });
        const weeks = page.locator('#tabel-vragen-per-periode tbody tr');
        expect(await weeks.count()).toBe(5);
        expect(await axeViolations(page)).toEqual([]);
      }, 120_000);

      it('downloads a table as CSV', async () => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page
            .locator('#tabel-uitkomsten')
            .getByRole('button', { name: /Download deze tabel/ })
            .click(),
        ]);
        expect(download.suggestedFilename()).toBe('wijkwijzer-uitkomsten-2026-03.csv');
        const file = await download.path();
        const csv = await readFile(file, 'utf8');
        expect(csv).toContain('Uitkomst,Aantal');
        expect(csv).toContain('Voorliggend opgelost,');
      });

      it('prints as a monthly report: figures only, no filters', async () => {
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('#filters').isVisible()).toBe(false);
        expect(await page.locator('#report-title').isVisible()).toBe(true);
        expect(await page.locator('svg.chart').first().isVisible()).toBe(true);
        await page.emulateMedia({ media: 'screen' });
        expect(await page.locator('#filters').isVisible()).toBe(true);
        if (size.name === 'desktop') {
          const pdf = await page.pdf({ format: 'A4' });
          expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
          expect(pdf.length).toBeGreaterThan(10_000);
        }
      });
    });
  }
});
