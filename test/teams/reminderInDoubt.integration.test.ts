import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/cases/case.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import { PickupReminder, type ReminderReconciler } from '../../src/cases/pickupReminder.js';
import { InMemoryChannelLinkStore } from '../../src/casework/channelLinks.js';
import { MemorySharedFacts, type SharedFacts } from '../../src/storage/sharedFacts.js';
import { newCaseInput } from '../cases/fixtures/caseFixtures.js';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fakeBotConnector.js';
import { captureLogger, silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { finderOnFake, linkChannelOnFake, notifierOnFake } from '../support/teamsOnFake.js';

/**
 * A pick-up reminder in doubt, with the loopback Teams fake (Bot Connector and Graph): the first
 * process posts the reminder in the card's thread and dies before it records so. The next run (any
 * instance: the reminders are shared facts) reads the thread's replies through Graph and finds the
 * line instead of posting it a second time (docs/adr/0008, amendment 2026-12-03).
 */

const CHANNEL = '19:overdracht-west@thread.tacv2';
const TEAM = '4a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
// A Monday in the past: Teams' clock (the fake's) is later, as it is for a reminder just posted.
const MONDAY_9 = new Date('2026-11-30T09:00:00+01:00');

describe('a pick-up reminder in doubt', () => {
  let fake: FakeBotConnector;
  let repository: InMemoryCaseRepository;
  let links: InMemoryChannelLinkStore;
  let clock: ManualClock;
  let facts: MemorySharedFacts;
  let current: Case;
  const setClock = (moment: string) =>
    clock.advance(new Date(moment).getTime() - clock.now().getTime());

  beforeEach(async () => {
    fake = await startFakeBotConnector();
    fake.graph.addTeam(TEAM, [CHANNEL]);
    clock = new ManualClock(MONDAY_9);
    repository = new InMemoryCaseRepository({
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    links = new InMemoryChannelLinkStore();
    await linkChannelOnFake(links, fake, {
      wijkteam: 'west',
      channel: CHANNEL,
      at: MONDAY_9,
      graphTeamId: TEAM,
    });
    facts = new MemorySharedFacts(clock);
    const created = await repository.create(newCaseInput({ wijkteam: 'west' }));
    const receipt = await notifierOnFake({ repository, links, clock }).deliver(created);
    current = await repository.updateDelivery(created.reference, (item) => ({
      ...item.delivery,
      state: 'delivered',
      deliveredAt: clock.now().toISOString(),
      receipt,
    }));
  });

  afterEach(async () => {
    await fake.close();
  });

  /** The reminders of one process; `dying`: it dies after posting, before the record. */
  function reminder(
    reconciler: ReminderReconciler | undefined,
    options: { dying?: boolean; logger?: ReturnType<typeof silentLogger> } = {},
  ): PickupReminder {
    let reminders: SharedFacts = facts;
    if (options.dying === true) {
      reminders = Object.create(facts) as SharedFacts;
      reminders.set = (namespace, key, value, expiresAt) =>
        namespace === 'pickup-reminder'
          ? Promise.reject(new Error('process killed'))
          : facts.set(namespace, key, value, expiresAt);
    }
    return new PickupReminder({
      repository,
      target: notifierOnFake({ repository, links, clock }),
      clock,
      logger: options.logger ?? silentLogger(),
      thresholdHours: 4,
      reminders,
      ...(reconciler === undefined ? {} : { reconciler }),
    });
  }

  const reminderLines = () =>
    fake
      .allActivities()
      .filter(
        (stored) =>
          typeof stored.activity.text === 'string' &&
          stored.activity.text.includes(current.reference),
      );

  async function postAndDie(): Promise<void> {
    setClock('2026-11-30T13:00:00+01:00');
    expect(await reminder(finderOnFake(fake, links), { dying: true }).runOnce()).toBe(1);
    expect(reminderLines()).toHaveLength(1);
    setClock('2026-11-30T13:05:00+01:00');
  }

  it('finds the reminder in the thread through Graph and does not post it again', async () => {
    await postAndDie();
    const logs = captureLogger();
    expect(await reminder(finderOnFake(fake, links), { logger: logs.logger }).runOnce()).toBe(0);
    expect(reminderLines()).toHaveLength(1);
    expect(fake.graph.replyListCalls()).toBe(1);
    expect(logs.text()).toMatch(/reminder in doubt was posted: recorded, not posted again/);
    // Recorded: the next runs in this period neither look nor post.
    await reminder(finderOnFake(fake, links)).runOnce();
    expect(reminderLines()).toHaveLength(1);
    expect(fake.graph.replyListCalls()).toBe(1);
    // The next period counts from the reminder: four working hours later (17:00) it is raised again.
    setClock('2026-11-30T16:59:00+01:00');
    expect(await reminder(finderOnFake(fake, links)).runOnce()).toBe(0);
    setClock('2026-11-30T17:00:00+01:00');
    expect(await reminder(finderOnFake(fake, links)).runOnce()).toBe(1);
    expect(reminderLines()).toHaveLength(2);
  });

  it('posts the reminder once when the first attempt never reached the thread', async () => {
    setClock('2026-11-30T13:00:00+01:00');
    // The first process recorded the start and died before its call left.
    await facts.set('pickup-reminder-attempt', current.reference, clock.now().toISOString());
    expect(await reminder(finderOnFake(fake, links)).runOnce()).toBe(1);
    expect(fake.graph.replyListCalls()).toBe(1);
    expect(reminderLines()).toHaveLength(1);
  });

  it('without Graph posts the reminder again (at least once), as documented', async () => {
    await postAndDie();
    expect(await reminder(undefined).runOnce()).toBe(1);
    expect(reminderLines()).toHaveLength(2);
  });

  it('when the team did not grant the permission, posts again and logs WW-7204', async () => {
    fake.graph.addTeam(TEAM, [CHANNEL], { granted: false });
    await postAndDie();
    const logs = captureLogger();
    await reminder(finderOnFake(fake, links), { logger: logs.logger }).runOnce();
    expect(reminderLines()).toHaveLength(2);
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        code: 'WW-7204',
        reference: current.reference,
        detail: { status: 403, graphCode: 'Forbidden' },
      }),
    );
  });
});
