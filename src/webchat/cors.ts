import type { Server } from 'restify';
import type { Config } from '../config.js';
import type { RouteRegistrar } from '../server.js';

/** Routes a widget on another website calls: config, token, and the Direct Line channel. */
const CROSS_ORIGIN_PREFIXES = ['/api/webchat/', '/v3/directline/'];

/**
 * Lets the gemeente's own website (another origin) embed the widget: answers preflights and marks
 * responses for the configured origins only. Credentials are never allowed: the widget uses bearer
 * tokens, not cookies.
 */
export function corsForWidget(config: Config): RouteRegistrar {
  const allowed = new Set(config.webchat.allowedOrigins);
  return (server: Server) => {
    server.pre((req, res, next) => {
      const origin = req.header('origin');
      const path = req.getPath();
      if (
        origin === undefined ||
        !CROSS_ORIGIN_PREFIXES.some((prefix) => path.startsWith(prefix))
      ) {
        next();
        return;
      }
      res.setHeader('Vary', 'Origin');
      if (!allowed.has(origin)) {
        next();
        return;
      }
      res.setHeader('Access-Control-Allow-Origin', origin);
      // After a 429 the widget learns when the resident may send again (src/server.ts).
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader(
          'Access-Control-Allow-Headers',
          'authorization, content-type, x-ms-bot-agent, x-requested-with',
        );
        res.setHeader('Access-Control-Max-Age', '600');
        res.writeHead(204);
        res.end();
        next(false);
        return;
      }
      next();
    });
  };
}
