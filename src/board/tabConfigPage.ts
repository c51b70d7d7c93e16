import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import { fillTemplateTexts } from '../http/htmlPage.js';
import { nl } from '../i18n/nl/index.js';
import type { RouteRegistrar } from '../server.js';
import { escapeHtml } from '../shared/escapeHtml.js';
import { StaticAssets } from '../webchat/staticAssets.js';
import type { BoardWijkteam } from './staffAccess.js';
import { sendFramedPage } from './tabPage.js';

/**
 * The configuration page of the Casusbord channel tab (`/tab/configure`, the manifest's
 * `configurableTabs[0].configurationUrl`): a colleague adding the tab to a wijkteam channel picks
 * the wijkteam, so each channel gets the board of its own team (docs/adr/0016-runtime-deployment-and-test-tiers.md,
 * "Teams app"). Framed by Teams like the board itself, with the same Content-Security-Policy.
 */

export const TAB_CONFIG_PATH = '/tab/configure';

/** The page with its Dutch texts and the wijkteams as options, rendered once at start-up. */
export function renderTabConfigPage(template: string, wijkteams: readonly BoardWijkteam[]): string {
  const texts = nl.tabConfig;
  const options = wijkteams
    .map((team) => `<option value="${escapeHtml(team.id)}">${escapeHtml(team.name)}</option>`)
    .join('\n            ');
  // Only what the script needs, in a data block; `<` escaped so no text can close the tag.
  const forScript = JSON.stringify({
    ready: texts.ready,
    outsideTeams: texts.outsideTeams,
    saveFailed: texts.saveFailed,
    tabName: texts.tabName,
  }).replace(/</g, '\\u003c');
  return fillTemplateTexts(template, texts, { template: 'web/tab/configure.html', group: 'text' })
    .replace('{{options}}', options)
    .replace('{{json}}', forScript);
}

export interface TabConfigDeps {
  readonly projectRoot: string;
  readonly wijkteams: readonly BoardWijkteam[];
}

export function tabConfigRoutes(deps: TabConfigDeps): RouteRegistrar {
  const web = path.join(deps.projectRoot, 'web', 'tab');
  const page = renderTabConfigPage(
    readFileSync(path.join(web, 'configure.html'), 'utf8'),
    deps.wijkteams,
  );
  const assets = new StaticAssets({
    '/tab/configure.js': {
      file: path.join(web, 'configure.js'),
      contentType: 'text/javascript; charset=utf-8',
      maxAgeSeconds: 300,
    },
  });
  return (server: Server) => {
    server.get(TAB_CONFIG_PATH, async (_req, res) => {
      sendFramedPage(res, page);
    });
    server.get('/tab/configure.js', async (req, res) => {
      await assets.serve('/tab/configure.js', req, res);
    });
  };
}
