import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, startPartnerHarness, type PartnerHarness } from '../partners/partnerHarness.js';

/**
 * The partner page's two sign-in routes answer anyone, and every answer writes a line to the audit
 * trail (kept 24 months) and does a keyed hash. Without a limit per client, one client could
 * write the audit trail full (a few hundred bytes a request, thousands a second) and bury the real
 * sign-ins in it; the per-address limit does not help, since every request can name another
 * address. Both routes share a budget per client address (PARTNERS_SIGN_IN_RATE_PER_HOUR), counted
 * as the web chat's token route counts: behind a trusted proxy, the address the proxy saw.
 */

const RATE = 6;
let h: PartnerHarness;

beforeAll(async () => {
  h = await startPartnerHarness({
    PARTNERS_SIGN_IN_RATE_PER_HOUR: String(RATE),
    TRUST_PROXY: 'true',
  });
});

afterAll(async () => {
  await h.close();
});

async function post(route: string, body: unknown, client: string) {
  const response = await fetch(`${h.baseUrl}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { error?: { code: string; message: string } },
  };
}

async function auditLines(): Promise<number> {
  const text = await readFile(path.join(h.app.dataDir, 'partners', 'audit.jsonl'), 'utf8').catch(
    () => '',
  );
  return text.split('\n').filter((line) => line !== '').length;
}

describe('the partner sign-in routes limit each client', () => {
  it('refuses a flood of link requests and sign-in attempts with 429 WW-2005 and writes nothing more', async () => {
    const attacker = '203.0.113.66';
    const statuses: number[] = [];
    for (let index = 0; index < 40; index += 1) {
      const asked =
        index % 2 === 0
          ? await post(
              '/api/partners/sign-in/request',
              { email: `x${index}@example.org` },
              attacker,
            )
          : await post('/api/partners/sign-in', { link: `forged-${index}` }, attacker);
      statuses.push(asked.status);
    }
    expect(statuses.filter((status) => status === 429)).toHaveLength(40 - RATE);
    expect(statuses.slice(RATE).every((status) => status === 429)).toBe(true);
    const refused = await post('/api/partners/sign-in', { link: 'forged' }, attacker);
    expect(refused.body.error?.code).toBe('WW-2005');
    expect(refused.body.error?.message).toMatch(/te veel verzoeken/);
    // Only the requests within the budget reached the audit trail.
    const audited = await auditLines();
    expect(audited).toBeGreaterThan(0);
    expect(audited).toBeLessThanOrEqual(RATE);
  });

  it('still lets a partner on another address ask for a link', async () => {
    const asked = await post('/api/partners/sign-in/request', { email: ANNA }, '198.51.100.7');
    expect(asked.status).toBe(202);
  });
});
