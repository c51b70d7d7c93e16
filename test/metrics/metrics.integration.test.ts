import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/shared/logger.js';
import { startApp, type RunningApp } from '../support/app.js';
import { freePort } from '../support/http.js';

const TOKEN = 'metrics-token-for-tests-0123456789abcdef';
const PHONE = '0612345678';

const message = (text: string) => ({
  type: 'message',
  id: 'a1',
  text,
  channelId: 'test',
  serviceUrl: 'http://127.0.0.1:9/',
  deliveryMode: 'expectReplies',
  from: { id: 'resident-1' },
  recipient: { id: 'bot' },
  conversation: { id: 'metrics-conversation-1' },
});

async function scrape(url: string, token?: string): Promise<Response> {
  return fetch(url, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
}

/** The value of one series in the exposition text, such as `name{label="x"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  let running: RunningApp | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it('does not exist when neither METRICS_TOKEN nor METRICS_PORT is set', async () => {
    running = await startApp();
    const response = await scrape(`${running.baseUrl}/metrics`, TOKEN);
    expect(response.status).toBe(404);
  });

  it('with METRICS_TOKEN: refuses a missing or wrong token, and counts turns without personal data', async () => {
    running = await startApp({ METRICS_TOKEN: TOKEN });
    const url = `${running.baseUrl}/metrics`;

    const anonymous = await scrape(url);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('WW-2301');
    expect((await scrape(url, `${TOKEN}x`)).status).toBe(401);

    const turn = await fetch(`${running.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message(`ik heb schulden, bel me op ${PHONE}`)),
    });
    expect(turn.status).toBe(200);

    const response = await scrape(url, TOKEN);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(
      sample(text, 'wijkwijzer_turns_total{channel="test",activity_type="message",outcome="ok"}'),
    ).toBe(1);
    expect(sample(text, 'wijkwijzer_turn_duration_seconds_count{channel="test"}')).toBe(1);
    expect(sample(text, 'wijkwijzer_handovers_total')).toBe(0);
    expect(sample(text, 'wijkwijzer_delivery_queue{state="pending"}')).toBe(0);
    expect(sample(text, 'wijkwijzer_knowledge_entries')).toBeGreaterThan(50);
    expect(text).toMatch(/^wijkwijzer_knowledge_info\{version="[^"]+"\} 1$/m);
    expect(text).toMatch(/^wijkwijzer_process_resident_memory_bytes \d+/m);
    // Counts only: no words, numbers or ids of the resident.
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('schulden');
    expect(text).not.toContain('resident-1');
    expect(text).not.toContain('metrics-conversation-1');
  });

  it('with METRICS_PORT: serves /metrics on an internal listener only, not on the public port', async () => {
    const port = await freePort();
    running = await startApp({ METRICS_PORT: String(port) });
    const internal = await scrape(`http://127.0.0.1:${port}/metrics`);
    expect(internal.status).toBe(200);
    expect(await internal.text()).toMatch(/^wijkwijzer_handovers_total 0$/m);
    expect((await scrape(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    expect((await scrape(`${running.baseUrl}/metrics`)).status).toBe(404);
  });

  it('counts failures by catalogue code, from the log records that carry one', async () => {
    // As src/index.ts main() wires it: the logger tells the metrics every code it logs.
    let count: (code: string) => void = () => {};
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const logger = createLogger({
      level: 'info',
      destination: sink,
      onCode: (code) => count(code),
    });
    running = await startApp({ METRICS_TOKEN: TOKEN }, logger);
    const app = running.app;
    count = (code) => app.metrics.errorLogged(code);

    expect((await fetch(`${running.baseUrl}/no-such-page`)).status).toBe(404);
    expect((await fetch(`${running.baseUrl}/no-such-page`)).status).toBe(404);
    const text = await (await scrape(`${running.baseUrl}/metrics`, TOKEN)).text();
    expect(sample(text, 'wijkwijzer_errors_total{code="WW-2003"}')).toBe(2);
  });
});
