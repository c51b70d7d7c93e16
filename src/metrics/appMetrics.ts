import type { Config } from '../config.js';
import type { RouteRegistrar } from '../server.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { noMetrics, type Metrics, type MetricsSources } from './metrics.js';
import { metricsRoute, startMetricsListener, type MetricsListener } from './metricsRoutes.js';
import { createPrometheusMetrics } from './prometheusMetrics.js';

/** What the composition root needs from metrics: the port, routes, and a listener's life cycle. */
export interface AppMetrics {
  readonly metrics: Metrics;
  /** `GET /metrics` on the bot's port, when METRICS_TOKEN is set. */
  readonly routes: readonly RouteRegistrar[];
  /** Starts the internal listener, when METRICS_PORT is set. */
  listen(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Metrics as configured. Neither METRICS_TOKEN nor METRICS_PORT: nothing is counted and /metrics
 * does not exist (404), because counts nobody may read are wasted work. Otherwise Prometheus
 * counters behind a token on the public port, and/or on an internal listener.
 */
export function exposedMetrics(
  settings: Config['metrics'],
  logger: Logger,
  sources: MetricsSources,
): AppMetrics {
  const log = moduleLogger(logger, 'metrics');
  if (settings.token === undefined && settings.listener === undefined) {
    log.info('metrics not exposed: set METRICS_TOKEN or METRICS_PORT to open /metrics');
    return { metrics: noMetrics, routes: [], listen: async () => {}, close: async () => {} };
  }
  const exporter = createPrometheusMetrics(sources);
  let listener: MetricsListener | undefined;
  return {
    metrics: exporter.metrics,
    routes: settings.token === undefined ? [] : [metricsRoute(exporter, settings.token)],
    listen: async () => {
      if (settings.listener === undefined || listener !== undefined) return;
      listener = await startMetricsListener({
        exporter,
        host: settings.listener.host,
        port: settings.listener.port,
        token: settings.token,
        logger: log,
      });
      log.info({ url: listener.url }, 'metrics listening');
    },
    close: async () => {
      await listener?.close();
      listener = undefined;
    },
  };
}
