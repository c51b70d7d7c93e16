import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import type { RouteRegistrar } from '../server.js';
import { WijkwijzerError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { hasMetricsToken } from './metricsAccess.js';
import type { PrometheusMetrics } from './prometheusMetrics.js';

export const METRICS_PATH = '/metrics';

/** `GET /metrics` on the bot's own port, for a Prometheus that presents METRICS_TOKEN. */
export function metricsRoute(exporter: PrometheusMetrics, token: string): RouteRegistrar {
  return (server: Server) => {
    server.get(METRICS_PATH, async (req, res) => {
      if (!hasMetricsToken(req.header('authorization'), token)) {
        res.header('WWW-Authenticate', 'Bearer realm="metrics"');
        throw new WijkwijzerError('WW-2301');
      }
      const { contentType, body } = await exporter.render();
      res.header('Content-Type', contentType);
      res.header('Cache-Control', 'no-store');
      res.sendRaw(200, body);
    });
  };
}

export interface MetricsListener {
  /** Where the listener is, such as http://127.0.0.1:9464/metrics. */
  readonly url: string;
  close(): Promise<void>;
}

export interface MetricsListenerOptions {
  readonly exporter: PrometheusMetrics;
  readonly host: string;
  readonly port: number;
  /** Required here as well when set. */
  readonly token: string | undefined;
  readonly logger: Logger;
}

/**
 * A separate, minimal HTTP listener that answers only `GET /metrics`, for an internal address that
 * the monitoring network reaches and the public does not. Fails with WW-1101 when it cannot listen.
 */
export async function startMetricsListener(
  options: MetricsListenerOptions,
): Promise<MetricsListener> {
  const server: HttpServer = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' || path !== METRICS_PATH) {
      // No chaining on writeHead: restify replaces it on every ServerResponse and returns nothing.
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
      return;
    }
    if (options.token !== undefined && !hasMetricsToken(req.headers.authorization, options.token)) {
      res.writeHead(401, {
        'Content-Type': 'text/plain; charset=utf-8',
        'WWW-Authenticate': 'Bearer realm="metrics"',
      });
      res.end('WW-2301\n');
      return;
    }
    options.exporter.render().then(
      ({ contentType, body }) => {
        res.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
        res.end(body);
      },
      (error: unknown) => {
        options.logger.error({ err: error, code: 'WW-2006' }, 'metrics could not be rendered');
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('WW-2006\n');
      },
    );
  });
  // Scrapers keep connections open; they must not hold a graceful stop.
  server.keepAliveTimeout = 5_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    throw new WijkwijzerError('WW-1101', {
      cause: error,
      detail: { host: options.host, port: options.port },
    });
  }
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}${METRICS_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
