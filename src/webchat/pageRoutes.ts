import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import type { Config } from '../config.js';
import { sendNoncedPage } from '../http/htmlPage.js';
import { en } from '../i18n/en/index.js';
import { nl } from '../i18n/nl/index.js';
import type { RouteRegistrar } from '../server.js';
import { browserBundlePath } from '../shared/browserBundles.js';
import { escapeHtml } from '../shared/escapeHtml.js';
import { residentLocales } from '../shared/residentLocales.js';
import { StaticAssets } from './staticAssets.js';

export interface PageRouteDeps {
  readonly config: Config;
  /** The folder with package.json; web/ and node_modules/ are found from here. */
  readonly projectRoot: string;
}

/** Web Chat's prebuilt UMD bundle: from node_modules, or the build's copy (src/shared/browserBundles.ts). */
function webChatBundle(projectRoot: string): string {
  return browserBundlePath(projectRoot, 'webchat');
}

const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/** The origin the chat connects to, for the page's connect-src. */
function directLineDomain(config: Config): string {
  return config.webchat.mode === 'azure'
    ? config.webchat.azure.domain
    : `${config.server.publicUrl}/v3/directline`;
}

/**
 * A strict policy for the demo page: only our own scripts and styles, plus those carrying this
 * request's nonce (Web Chat injects its styles with it). Nothing may frame the page.
 */
export function pageContentSecurityPolicy(config: Config, nonce: string): string {
  const chatOrigin = new URL(directLineDomain(config)).origin;
  const socketOrigin = chatOrigin.replace(/^http/, 'ws');
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // The hash is that of an empty string: Web Chat's bundle creates one empty <style> element
    // without the nonce. Allowing exactly that keeps the policy strict and the console clean.
    `style-src 'self' 'nonce-${nonce}' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    `connect-src 'self' ${chatOrigin} ${socketOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The widget's settings and texts, fetched by web/widget/wijkwijzer.js. */
export function widgetConfig(config: Config) {
  const { tooLong, ...texts } = nl.widget;
  const { tooLong: tooLongEnglish, ...english } = en.widget;
  return {
    directLineDomain: directLineDomain(config),
    quickExitUrl: config.webchat.quickExitUrl,
    maxMessageChars: config.webchat.maxMessageChars,
    residentKeyIdleDays: config.webchat.residentKeyIdleDays,
    locale: residentLocales.nl,
    texts: { ...texts, tooLong: tooLong(config.webchat.maxMessageChars) },
    // The widget switches to these when the bot answers in English (residentLocales, src/shared/residentLocales.ts).
    english: {
      locale: residentLocales.en,
      texts: { ...english, tooLong: tooLongEnglish(config.webchat.maxMessageChars) },
    },
  };
}

/** `GET /` (the demo gemeente page), the widget's script, styles and config, and Web Chat itself. */
export function pageRoutes(deps: PageRouteDeps): RouteRegistrar {
  const web = path.join(deps.projectRoot, 'web');
  const day = 24 * 3600;
  // Our own files are small and change with a release: a short cache keeps embedders current.
  const assets = new StaticAssets({
    '/widget/wijkwijzer.js': {
      file: path.join(web, 'widget', 'wijkwijzer.js'),
      contentType: 'text/javascript; charset=utf-8',
      maxAgeSeconds: 300,
    },
    '/widget/wijkwijzer.css': {
      file: path.join(web, 'widget', 'wijkwijzer.css'),
      contentType: 'text/css; charset=utf-8',
      maxAgeSeconds: 300,
    },
    '/demo/demo.css': {
      file: path.join(web, 'demo', 'demo.css'),
      contentType: 'text/css; charset=utf-8',
      maxAgeSeconds: 300,
    },
    '/webchat/webchat.js': {
      file: webChatBundle(deps.projectRoot),
      contentType: 'text/javascript; charset=utf-8',
      maxAgeSeconds: day,
    },
  });
  const demoTemplate = readFileSync(path.join(web, 'demo', 'index.html'), 'utf8').replaceAll(
    '{{organisation}}',
    escapeHtml(deps.config.organisation.name),
  );
  const settings = widgetConfig(deps.config);

  return (server: Server) => {
    server.get('/', async (_req, res) => {
      sendNoncedPage(res, demoTemplate, (nonce) => pageContentSecurityPolicy(deps.config, nonce));
    });

    server.get('/api/webchat/config', async (_req, res) => {
      res.header('Cache-Control', 'public, max-age=300');
      res.send(200, settings);
    });

    assets.register(server);
  };
}
