import path from 'node:path';
import type { Server } from 'restify';
import type { RouteRegistrar } from '../server.js';
import { StaticAssets } from '../webchat/staticAssets.js';

/** Where the staff pages import their shared module from: the same relative path as on disk. */
const STAFF_PAGE_SCRIPT_PATH = '/shared/staffPage.js';

/**
 * The module the staff pages (the Casusbord and the monitor) share, web/shared/staffPage.js:
 * signing in, the API client, the status line. Mounted once, beside the pages that import it.
 */
export function staffPageScriptRoutes(deps: { readonly projectRoot: string }): RouteRegistrar {
  const assets = new StaticAssets({
    [STAFF_PAGE_SCRIPT_PATH]: {
      file: path.join(deps.projectRoot, 'web', 'shared', 'staffPage.js'),
      contentType: 'text/javascript; charset=utf-8',
      maxAgeSeconds: 300,
    },
  });
  return (server: Server) => {
    assets.register(server);
  };
}
