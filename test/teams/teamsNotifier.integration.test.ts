import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/cases/case.js';
import { DeliveryWorker } from '../../src/cases/delivery.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import { InMemoryChannelLinkStore } from '../../src/casework/channelLinks.js';
import {
  classifyConnectorError,
  decodeReceipt,
  type TeamsNotifier,
} from '../../src/teams/teamsNotifier.js';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fakeBotConnector.js';
import { silentLogger } from '../support/logs.js';
import { linkChannelOnFake, notifierOnFake } from '../support/teamsOnFake.js';

const CHANNEL = '19:kanaal-west@thread.tacv2';
const clock = { now: () => new Date('2026-12-03T10:00:00Z') };

describe('Teams notifier, against the fake Bot Connector', () => {
  let fake: FakeBotConnector;
  let repository: InMemoryCaseRepository;
  let links: InMemoryChannelLinkStore;
  let notifier: TeamsNotifier;
  let sleeps: number[];
  let current: Case;

  beforeEach(async () => {
    fake = await startFakeBotConnector();
    repository = new InMemoryCaseRepository({
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    links = new InMemoryChannelLinkStore();
    await linkChannelOnFake(links, fake, { wijkteam: 'west', channel: CHANNEL, at: clock.now() });
    sleeps = [];
    notifier = notifierOnFake({
      repository,
      links,
      clock,
      remembers: true,
      sleep: async (milliseconds) => void sleeps.push(milliseconds),
      random: () => 0.5,
    });
    current = await repository.create({
      wijkteam: 'west',
      story: {
        summary: 'Ik zoek hulp bij mijn administratie.',
        levensgebieden: ['geld'],
        wijk: null,
        stadsdeel: 'west',
        forWhom: 'zelf',
        ageBand: null,
        triedAlready: '',
        voorzieningenShown: [],
        conversationCount: 1,
      },
      consent: { given: true, at: clock.now().toISOString(), textVersion: 'overdracht-2026-01' },
      melder: { name: 'Fatma', phone: '0612345678', email: null, bestMoment: null, noCalls: false },
      residentKey: 'resident-1',
    });
  });

  afterEach(async () => {
    await fake.close();
  });

  it('delivers a case as a new thread in the linked channel, through the delivery outbox', async () => {
    const worker = new DeliveryWorker({
      repository,
      notifier,
      clock,
      logger: silentLogger(),
      intervalMs: 60_000,
      retryBaseMs: 1_000,
      retryMaxMs: 60_000,
    });
    const report = await worker.runOnce();
    expect(report).toMatchObject({ delivered: 1, failed: 0 });

    const create = fake.requests[0]!;
    expect([create.method, create.path]).toEqual(['POST', '/v3/conversations']);
    expect(create.body).toMatchObject({
      isGroup: true,
      channelData: { channel: { id: CHANNEL } },
      tenantId: 'tenant-enschede',
    });

    const stored = await repository.get(current.reference);
    expect(stored?.delivery.state).toBe('delivered');
    const location = decodeReceipt(stored!.delivery.receipt);
    expect(location?.conversationId).toMatch(/^19:.*;messageid=\d+$/);
    const card = JSON.stringify(
      fake.activity(location!.conversationId, location!.activityId)?.activity,
    );
    expect(card).toContain(current.reference);
    expect(card).toContain('Ik pak dit op');
    expect(card).not.toContain('12345678');
  });

  it('updates the existing card instead of posting a second one', async () => {
    const receipt = await notifier.deliver(current);
    await repository.updateDelivery(current.reference, (item) => ({ ...item.delivery, receipt }));
    const withReceipt = (await repository.get(current.reference))!;
    fake.clearRequests();

    expect(await notifier.refreshCard(withReceipt)).toEqual(receipt);
    expect(fake.requests.map((request) => request.method)).toEqual(['PUT']);
    // A repeated delivery after a crash does the same: no duplicate card.
    expect(await notifier.deliver(withReceipt)).toEqual(receipt);
    expect(fake.requests.filter((request) => request.path === '/v3/conversations')).toHaveLength(0);
  });

  it('leaves a case without a card to the delivery outbox: a refresh posts nothing', async () => {
    expect(await notifier.refreshCard(current)).toBeUndefined();
    expect(fake.requests).toEqual([]);
    expect((await repository.get(current.reference))?.delivery.receipt).toBeNull();
  });

  it('posts a new card and remembers it when the old one is gone (404)', async () => {
    const receipt = await notifier.deliver(current);
    await repository.updateDelivery(current.reference, (item) => ({ ...item.delivery, receipt }));
    const old = decodeReceipt(receipt)!;
    fake.forgetActivity(old.conversationId, old.activityId);
    fake.clearRequests();

    const replaced = await notifier.refreshCard((await repository.get(current.reference))!);
    expect(replaced?.externalId).not.toBe(receipt.externalId);
    expect(fake.requests.map((request) => [request.method, request.status])).toEqual([
      ['PUT', 404],
      ['POST', 201],
    ]);
    expect((await repository.get(current.reference))?.delivery.receipt).toEqual(replaced);
    expect(sleeps).toEqual([]); // a 404 is not retried
  });

  it('retries throttling with backoff on top of the SDK, then gets through', async () => {
    fake.failNext('throttled', { times: 5, retryAfterSeconds: 0, path: /^\/v3\/conversations$/ });
    const receipt = await notifier.deliver(current);
    expect(decodeReceipt(receipt)).toBeDefined();
    const statuses = fake.requests.map((request) => request.status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
    expect(statuses.at(-1)).toBe(201);
    expect(sleeps.length).toBeGreaterThanOrEqual(1);
    expect(sleeps[0]).toBe(1_500); // 2 s planned, equal jitter with random 0.5
  });

  it('raises a waiting case again with a line in its thread', async () => {
    expect(await notifier.remind(current, 'Wie pakt hem op?')).toBe(false); // no card yet
    const receipt = await notifier.deliver(current);
    await repository.updateDelivery(current.reference, (item) => ({ ...item.delivery, receipt }));
    const location = decodeReceipt(receipt)!;
    expect(
      await notifier.remind((await repository.get(current.reference))!, 'Wie pakt hem op?'),
    ).toBe(true);
    const texts = fake.activities(location.conversationId).map((item) => item.activity.text);
    expect(texts).toContain('Wie pakt hem op?');
    expect(fake.activities(location.conversationId)).toHaveLength(2);
  });

  it('throws WW-7202 when the channel is gone, so the outbox tries again later', async () => {
    fake.removeConversation(CHANNEL);
    await expect(notifier.deliver(current)).rejects.toMatchObject({ code: 'WW-7202' });
    expect(sleeps).toEqual([]);
  });

  it('throws WW-7201 when no channel is linked for the wijkteam', async () => {
    await links.unlinkConversation(CHANNEL);
    await expect(notifier.deliver(current)).rejects.toMatchObject({ code: 'WW-7201' });
    expect(fake.requests).toEqual([]);
  });
});

describe('classifyConnectorError', () => {
  it('tells gone from transient from fatal', () => {
    expect(classifyConnectorError({ statusCode: 404 })).toBe('gone');
    expect(classifyConnectorError({ statusCode: 403 })).toBe('gone');
    expect(classifyConnectorError({ statusCode: 429 })).toBe('transient');
    expect(classifyConnectorError({ statusCode: 502 })).toBe('transient');
    expect(classifyConnectorError(new Error('socket hang up'))).toBe('transient');
    expect(classifyConnectorError({ statusCode: 400 })).toBe('fatal');
  });
});
