import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTabTemplate, teamsJsBundle } from '../../src/board/tabPage.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { startBoard, type BoardHarness } from './boardHarness.js';

describe('the Casusbord tab page', () => {
  let board: BoardHarness;

  beforeAll(async () => {
    board = await startBoard();
  });

  afterAll(async () => {
    await board.close();
  });

  it('is served at /tab/ with a nonce policy that lets Teams, and only Microsoft 365 hosts, frame it', async () => {
    const response = await fetch(`${board.baseUrl}/tab/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const policy = response.headers.get('content-security-policy') ?? '';
    const html = await response.text();
    const frameAncestors = policy.split('; ').find((part) => part.startsWith('frame-ancestors'));
    expect(frameAncestors?.split(' ')).toEqual(
      expect.arrayContaining([
        'https://teams.microsoft.com',
        'https://*.teams.microsoft.com',
        'https://*.skype.com',
        'https://*.cloud.microsoft',
      ]),
    );
    expect(frameAncestors).not.toContain('*.example');
    expect(frameAncestors).not.toMatch(/ \*( |$)/);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeDefined();
    expect(html).toContain(`<script type="module" src="/tab/board.js" nonce="${nonce}"`);
    expect(html).toContain('<h1 id="board-title">Casusbord</h1>');
    expect(html).not.toMatch(/\{\{/);
    // Each request gets its own nonce.
    const again = await fetch(`${board.baseUrl}/tab/`);
    expect(again.headers.get('content-security-policy')).not.toBe(policy);
  });

  it('keeps frame-ancestors none on everything else, the board API included', async () => {
    for (const path of ['/api/board/config', '/tab/board.js', '/healthz']) {
      const response = await fetch(`${board.baseUrl}${path}`);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('serves teams-js straight from node_modules, and its own script and styles', async () => {
    const bundle = await readFile(teamsJsBundle(findProjectRoot()));
    const served = await fetch(`${board.baseUrl}/tab/teams-js.js`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(bundle)).toBe(true);
    for (const path of ['/tab/board.js', '/tab/board.css', '/shared/staffPage.js']) {
      expect((await fetch(`${board.baseUrl}${path}`)).status).toBe(200);
    }
    expect((await fetch(`${board.baseUrl}/tab/../package.json`)).status).toBe(404);
  });

  it('the template refuses a text key that does not exist', () => {
    expect(() => renderTabTemplate('<p>{{page.nope}}</p>')).toThrow(/WW-2006/);
    expect(renderTabTemplate('<p>{{page.heading}}</p>')).toBe('<p>Casusbord</p>');
  });
});
