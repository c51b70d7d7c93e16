import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { hasMetricsToken } from '../../src/metrics/metricsAccess.js';
import { createPrometheusMetrics } from '../../src/metrics/prometheusMetrics.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { createLogger } from '../../src/shared/logger.js';

const sources = {
  deliveryQueue: async () => ({ pending: 2, failed: 1, oldestWaitingSeconds: 90 }),
  knowledge: () => ({ version: 'abc123', loadedAt: new Date('2026-12-01T10:00:00Z'), entries: 68 }),
};

describe('the Prometheus metrics', () => {
  it('maps channel and activity type onto fixed sets, so a forged value adds no series', async () => {
    const { metrics, render } = createPrometheusMetrics(sources);
    metrics.turnFinished({
      channel: 'msteams',
      activityType: 'invoke',
      seconds: 0.02,
      outcome: 'ok',
    });
    metrics.turnFinished({
      channel: 'evil"} 1\nchannel',
      activityType: 'x'.repeat(500),
      seconds: 0.5,
      outcome: 'error',
    });
    const { body } = await render();
    expect(body).toContain(
      'wijkwijzer_turns_total{channel="msteams",activity_type="invoke",outcome="ok"} 1',
    );
    expect(body).toContain(
      'wijkwijzer_turns_total{channel="other",activity_type="other",outcome="error"} 1',
    );
    expect(body).not.toContain('evil');
  });

  it('reads the delivery queue and the knowledge version when scraped', async () => {
    const { body } = await createPrometheusMetrics(sources).render();
    expect(body).toContain('wijkwijzer_delivery_queue{state="pending"} 2');
    expect(body).toContain('wijkwijzer_delivery_queue{state="failed"} 1');
    expect(body).toContain('wijkwijzer_delivery_oldest_waiting_seconds 90');
    expect(body).toContain('wijkwijzer_knowledge_info{version="abc123"} 1');
    expect(body).toContain('wijkwijzer_knowledge_loaded_timestamp_seconds 1796119200');
    expect(body).toContain('wijkwijzer_knowledge_entries 68');
  });

  it('keeps two apps apart: each has its own registry', async () => {
    const first = createPrometheusMetrics(sources);
    const second = createPrometheusMetrics(sources);
    first.metrics.handoverCreated();
    expect((await first.render()).body).toContain('wijkwijzer_handovers_total 1');
    expect((await second.render()).body).toContain('wijkwijzer_handovers_total 0');
  });
});

describe('the metrics token', () => {
  const token = 'a'.repeat(40);
  it('accepts only the exact bearer token', () => {
    expect(hasMetricsToken(`Bearer ${token}`, token)).toBe(true);
    expect(hasMetricsToken(`bearer ${token}`, token)).toBe(true);
    expect(hasMetricsToken(`Bearer ${token}a`, token)).toBe(false);
    expect(hasMetricsToken(token, token)).toBe(false);
    expect(hasMetricsToken(undefined, token)).toBe(false);
    expect(hasMetricsToken('Bearer ', token)).toBe(false);
  });
});

describe('codes in the log', () => {
  it('tells the hook the catalogue code of a record, at any level and from child loggers', () => {
    const codes: string[] = [];
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const root = createLogger({
      level: 'info',
      destination: sink,
      onCode: (code) => codes.push(code),
    });
    const child = root.child({ module: 'cases' });
    root.info({ code: 'WW-2003', route: '/x' }, 'request refused');
    child.error({ err: new WijkwijzerError('WW-6001') }, 'case not found');
    child.warn({ code: 'not-a-code' }, 'something');
    root.info('no code at all');
    root.debug({ code: 'WW-9001' }, 'below the level: not logged, not counted');
    expect(codes).toEqual(['WW-2003', 'WW-6001']);
  });
});
