import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostgresConversationLog } from '../../src/directline/postgresConversationLog.js';
import { Database } from '../../src/storage/postgres/database.js';
import { Notifications } from '../../src/storage/postgres/notifications.js';
import { PostgresJobGate } from '../../src/storage/postgres/postgresJobGate.js';
import { PostgresSharedFacts } from '../../src/storage/postgres/postgresSharedFacts.js';
import { PostgresRateLimiter } from '../../src/storage/postgres/postgresRateLimiter.js';
import { MemoryRateLimiter } from '../../src/storage/rateLimiter.js';
import { MemorySharedFacts, type SharedFacts } from '../../src/storage/sharedFacts.js';
import { PostgresChannelLinkStore, type ChannelLink } from '../../src/casework/channelLinks.js';
import { StaffDirectory } from '../../src/casework/membership.js';
import { FakeClock } from '../cases/fixtures/caseFixtures.js';
import { silentLogger } from '../support/logs.js';
import { storageBackends, testDatabase } from '../support/storageBackends.js';

/**
 * What several instances on one PostgreSQL must agree on, tested with two connection pools on one
 * database (two "processes"): periodic jobs once per interval, shared facts set once, channel links
 * seen by every instance.
 */
const postgres = storageBackends().find((backend) => backend.name === 'postgres');
const MINUTE = 60_000;

const link = (wijkteam: string): ChannelLink => ({
  wijkteam,
  conversationId: '19:abc@thread.tacv2;messageid=1',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  tenantId: null,
  teamId: null,
  channelName: 'Wijkteam',
  linkedBy: 'aad-coordinator',
  linkedAt: '2026-03-02T09:00:00.000Z',
});

describe('shared across instances: PostgreSQL', () => {
  let drop: () => Promise<void>;
  let first: Database;
  let second: Database;
  const clock = new FakeClock('2026-03-02T09:00:00.000Z');
  const cleanup: Array<() => Promise<void>> = [];

  beforeEach(async (context) => {
    if (postgres?.skip !== undefined) context.skip(postgres.skip);
    const created = await testDatabase();
    drop = created.drop;
    first = await Database.open({ url: created.url, poolSize: 5, logger: silentLogger() });
    second = await Database.open({ url: created.url, poolSize: 5, logger: silentLogger() });
  });

  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
    await first?.close();
    await second?.close();
    await drop?.();
  });

  it('runs a periodic job once per interval, whichever instance fires first', async () => {
    const gates = [new PostgresJobGate(first, clock), new PostgresJobGate(second, clock)];
    let runs = 0;
    const work = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    const fired = await Promise.all(
      [0, 1, 0, 1].map((index) => gates[index]?.runOnce('pickup-reminder', 15 * MINUTE, work)),
    );
    expect(runs).toBe(1);
    expect(fired.filter(Boolean)).toHaveLength(1);
    // Five minutes later the other instance's timer fires: still this interval's run.
    clock.advance(5 * MINUTE);
    expect(await gates[1]?.runOnce('pickup-reminder', 15 * MINUTE, work)).toBe(false);
    // A job that failed is tried again by the next timer, on any instance.
    clock.advance(15 * MINUTE);
    await expect(
      gates[0]?.runOnce('pickup-reminder', 15 * MINUTE, () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down');
    expect(await gates[1]?.runOnce('pickup-reminder', 15 * MINUTE, work)).toBe(true);
    expect(runs).toBe(2);
  });

  it('stores a shared fact once, and an expired one can be taken again', async () => {
    const facts: SharedFacts[] = [
      new PostgresSharedFacts(first, clock),
      new PostgresSharedFacts(second, clock),
    ];
    const expires = new Date(clock.now().getTime() + MINUTE);
    const won = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        facts[index % 2]?.setIfAbsent('stream-token', 'jti-1', true, expires),
      ),
    );
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(await facts[1]?.get('stream-token', 'jti-1')).toBe(true);
    clock.advance(2 * MINUTE);
    expect(await facts[0]?.get('stream-token', 'jti-1')).toBeUndefined();
    expect(await facts[1]?.setIfAbsent('stream-token', 'jti-1', true)).toBe(true);
  });

  it('shares what the staff directory learnt (Entra id to Teams user id)', async () => {
    const one = new StaffDirectory(new PostgresSharedFacts(first, clock));
    const two = new StaffDirectory(new PostgresSharedFacts(second, clock));
    one.remember('0B0A0000-0000-4000-8000-000000000001', '29:colleague-1');
    expect(two.teamsUserIdOf('0b0a0000-0000-4000-8000-000000000001')).toBeUndefined();
    await expect.poll(() => two.sync()).toBe(1);
    expect(two.teamsUserIdOf('0b0a0000-0000-4000-8000-000000000001')).toBe('29:colleague-1');
  });

  it('runs the turns of one conversation one after the other across instances', async () => {
    const notifications = [first, second].map(
      (database) => new Notifications(database, silentLogger()),
    );
    cleanup.push(...notifications.map((notify) => () => notify.close()));
    const logs = await Promise.all(
      [first, second].map((database, index) =>
        PostgresConversationLog.open({
          database,
          notifications: notifications[index] ?? new Notifications(database, silentLogger()),
          clock,
          logger: silentLogger(),
          idleMinutes: 60,
          maxActivitiesPerConversation: 200,
          pageSize: 100,
        }),
      ),
    );
    const spans: Array<{ start: number; end: number; conversation: string }> = [];
    const turn = (conversation: string) => async () => {
      const start = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 40));
      spans.push({ start, end: performance.now(), conversation });
    };
    await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        logs[index % 2]?.withTurn(
          index < 4 ? 'conv-a' : `conv-${index}`,
          turn(index < 4 ? 'conv-a' : `conv-${index}`),
        ),
      ),
    );
    const same = spans
      .filter((span) => span.conversation === 'conv-a')
      .sort((a, b) => a.start - b.start);
    expect(same).toHaveLength(4);
    for (let index = 1; index < same.length; index += 1) {
      expect(same[index]?.start).toBeGreaterThanOrEqual(same[index - 1]?.end ?? Infinity);
    }
    await Promise.all(logs.map((log) => log.close()));
  });

  it('counts a rate limit over all instances together, and refills with time', async () => {
    const limiters = [
      new PostgresRateLimiter(first, clock),
      new PostgresRateLimiter(second, clock),
    ];
    const limit = { capacity: 3, perSecond: 3 / 60 };
    const taken = await Promise.all(
      Array.from({ length: 6 }, (_, index) => limiters[index % 2]?.take('webchat-token:a', limit)),
    );
    expect(taken.filter(Boolean)).toHaveLength(3);
    expect(await limiters[0]?.take('webchat-token:b', limit)).toBe(true);
    clock.advance(20_000);
    expect(await limiters[1]?.take('webchat-token:a', limit)).toBe(true);
    expect(await limiters[0]?.take('webchat-token:a', limit)).toBe(false);
  });

  it('shows a channel linked on one instance to the other at once (NOTIFY)', async () => {
    const notifyFirst = new Notifications(first, silentLogger());
    const notifySecond = new Notifications(second, silentLogger());
    cleanup.push(
      () => notifyFirst.close(),
      () => notifySecond.close(),
    );
    const one = await PostgresChannelLinkStore.open(first, notifyFirst);
    const two = await PostgresChannelLinkStore.open(second, notifySecond);
    cleanup.push(
      () => one.close(),
      () => two.close(),
    );
    expect(await one.link(link('wesselerbrink'))).toBeUndefined();
    expect(one.get('wesselerbrink')?.conversationId).toBe('19:abc@thread.tacv2');
    await expect.poll(() => two.get('wesselerbrink')?.conversationId).toBe('19:abc@thread.tacv2');
    expect(await two.unlinkConversation('19:abc@thread.tacv2;messageid=7')).toEqual([
      'wesselerbrink',
    ]);
    await expect.poll(() => one.list()).toEqual([]);
  });
});

describe('rate limits in one process', () => {
  it('allow the burst, refuse the next, refill with time', async () => {
    const clock = new FakeClock('2026-03-02T09:00:00.000Z');
    const limiter = new MemoryRateLimiter(clock);
    const limit = { capacity: 2, perSecond: 2 / 60 };
    expect([
      await limiter.take('k', limit),
      await limiter.take('k', limit),
      await limiter.take('k', limit),
    ]).toEqual([true, true, false]);
    clock.advance(30_000);
    expect(await limiter.take('k', limit)).toBe(true);
  });
});

describe('shared facts in one process', () => {
  it('keep a value until it expires, and set it once', async () => {
    const clock = new FakeClock('2026-03-02T09:00:00.000Z');
    const facts = new MemorySharedFacts(clock);
    const expires = new Date(clock.now().getTime() + MINUTE);
    expect(await facts.setIfAbsent('n', 'k', 1, expires)).toBe(true);
    expect(await facts.setIfAbsent('n', 'k', 2, expires)).toBe(false);
    expect([...(await facts.all('n')).entries()]).toEqual([['k', 1]]);
    clock.advance(MINUTE);
    expect(await facts.get('n', 'k')).toBeUndefined();
  });
});
