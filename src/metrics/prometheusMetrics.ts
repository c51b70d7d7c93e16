import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Metrics, MetricsSources, TurnMeasurement } from './metrics.js';

/**
 * The Metrics port on prom-client, in a registry of its own (never prom-client's global one, so
 * tests and a second app in one process do not share counters). Gauges for the delivery queue and
 * the knowledge version are read from their sources when Prometheus scrapes.
 */

/** Channel and activity-type labels are mapped onto fixed sets: a forged channel id adds no series. */
const CHANNELS = new Set(['msteams', 'directline', 'webchat', 'emulator', 'test']);
const ACTIVITY_TYPES = new Set(['message', 'conversationUpdate', 'invoke', 'event', 'typing']);

function bounded(value: string | undefined, allowed: ReadonlySet<string>): string {
  return value !== undefined && allowed.has(value) ? value : 'other';
}

export interface PrometheusMetrics {
  readonly metrics: Metrics;
  /** The exposition text and its content type, for GET /metrics. */
  render(): Promise<{ readonly contentType: string; readonly body: string }>;
}

export function createPrometheusMetrics(sources: MetricsSources): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'wijkwijzer_' });

  const turns = new Counter({
    name: 'wijkwijzer_turns_total',
    help: 'Conversation turns handled, by channel, activity type and outcome.',
    labelNames: ['channel', 'activity_type', 'outcome'] as const,
    registers: [registry],
  });
  const turnSeconds = new Histogram({
    name: 'wijkwijzer_turn_duration_seconds',
    help: 'Time from receiving an activity to the end of its turn, by channel.',
    labelNames: ['channel'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const handovers = new Counter({
    name: 'wijkwijzer_handovers_total',
    help: 'Questions handed over to a wijkteam (cases stored).',
    registers: [registry],
  });
  const errors = new Counter({
    name: 'wijkwijzer_errors_total',
    help: 'Logged failures by error catalogue code (docs: src/shared/errors.ts).',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'wijkwijzer_delivery_queue',
    help: 'Open cases not yet delivered to their wijkteam, by state (pending or failed).',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const queue = await sources.deliveryQueue();
      this.set({ state: 'pending' }, queue.pending);
      this.set({ state: 'failed' }, queue.failed);
    },
  });
  new Gauge({
    name: 'wijkwijzer_delivery_oldest_waiting_seconds',
    help: 'How long the oldest undelivered open case has waited; 0 when none waits.',
    registers: [registry],
    async collect() {
      this.set((await sources.deliveryQueue()).oldestWaitingSeconds ?? 0);
    },
  });
  new Gauge({
    name: 'wijkwijzer_knowledge_info',
    help: 'The sociale kaart being served: 1 for its content version.',
    labelNames: ['version'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const { version } = sources.knowledge();
      if (version !== null) this.set({ version }, 1);
    },
  });
  new Gauge({
    name: 'wijkwijzer_knowledge_loaded_timestamp_seconds',
    help: 'When the served version of the sociale kaart was loaded (Unix time).',
    registers: [registry],
    collect() {
      const { loadedAt } = sources.knowledge();
      this.set(loadedAt === null ? 0 : loadedAt.getTime() / 1000);
    },
  });
  new Gauge({
    name: 'wijkwijzer_knowledge_entries',
    help: 'Voorzieningen in the served version of the sociale kaart.',
    registers: [registry],
    collect() {
      this.set(sources.knowledge().entries);
    },
  });

  const metrics: Metrics = {
    turnFinished(turn: TurnMeasurement) {
      const channel = bounded(turn.channel, CHANNELS);
      turns.inc({
        channel,
        activity_type: bounded(turn.activityType, ACTIVITY_TYPES),
        outcome: turn.outcome,
      });
      turnSeconds.observe({ channel }, turn.seconds);
    },
    handoverCreated() {
      handovers.inc();
    },
    errorLogged(code: string) {
      errors.inc({ code });
    },
  };

  return {
    metrics,
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
