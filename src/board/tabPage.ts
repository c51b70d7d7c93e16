import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Response, Server } from 'restify';
import { nl } from '../i18n/nl/index.js';
import { fillTemplateTexts, sendNoncedPage } from '../http/htmlPage.js';
import type { RouteRegistrar } from '../server.js';
import { browserBundlePath } from '../shared/browserBundles.js';
import { StaticAssets } from '../webchat/staticAssets.js';

/**
 * The Casusbord page (`/tab/`) and its files. Teams shows it in an iframe, so this page, and only
 * this page, may be framed by the Microsoft 365 hosts Microsoft lists for tabs; every other
 * response keeps `frame-ancestors 'none'` (src/server.ts). Scripts and styles come from this
 * server only, teams-js straight from node_modules.
 */

export const TAB_PATH = '/tab/';

/**
 * Hosts that may frame the tab: Teams (classic and new), the Microsoft 365 app and Outlook, and
 * the cloud.microsoft domain they are moving to (learn.microsoft.com, "Tab requirements").
 * `*.skype.com` is still in Microsoft's Teams samples for older clients.
 */
export const TAB_FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.skype.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
] as const;

/**
 * teams-js fetches its list of valid host origins from here as soon as it loads (and falls back to
 * a built-in one). The page loads teams-js only where a Teams host can be (web/shared/staffPage.js).
 */
const TEAMS_JS_VALID_DOMAINS_ORIGIN = 'https://res.cdn.office.net';

export function tabContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${TEAMS_JS_VALID_DOMAINS_ORIGIN}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${TAB_FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
}

/** The UMD bundle of @microsoft/teams-js: from node_modules, or the build's copy (src/shared/browserBundles.ts). */
export function teamsJsBundle(projectRoot: string): string {
  return browserBundlePath(projectRoot, 'teamsJs');
}

/**
 * Fills `{{page.key}}` from the Dutch texts once, at start-up; `{{nonce}}` stays for each request.
 * An unknown key is a mistake in the template and stops the start (WW-2006 names the key).
 */
export function renderTabTemplate(template: string): string {
  return fillTemplateTexts(template, nl.board.page, {
    template: 'web/tab/index.html',
    group: 'page',
  });
}

/** A page Teams may frame: a fresh nonce for its scripts, the tab's policy, never cached. */
export function sendFramedPage(res: Response, template: string): void {
  sendNoncedPage(res, template, tabContentSecurityPolicy);
}

export interface TabPageDeps {
  /** The folder with package.json; web/ and node_modules/ are found from here. */
  readonly projectRoot: string;
}

export function tabPageRoutes(deps: TabPageDeps): RouteRegistrar {
  const web = path.join(deps.projectRoot, 'web', 'tab');
  const assets = new StaticAssets({
    '/tab/board.js': {
      file: path.join(web, 'board.js'),
      contentType: 'text/javascript; charset=utf-8',
      maxAgeSeconds: 300,
    },
    '/tab/board.css': {
      file: path.join(web, 'board.css'),
      contentType: 'text/css; charset=utf-8',
      maxAgeSeconds: 300,
    },
    '/tab/teams-js.js': {
      file: teamsJsBundle(deps.projectRoot),
      contentType: 'text/javascript; charset=utf-8',
      maxAgeSeconds: 24 * 3600,
    },
  });
  const template = renderTabTemplate(readFileSync(path.join(web, 'index.html'), 'utf8'));

  return (server: Server) => {
    // restify's ignoreTrailingSlash makes this `/tab` as well.
    server.get(TAB_PATH, async (_req, res) => {
      sendFramedPage(res, template);
    });

    assets.register(server);
  };
}
