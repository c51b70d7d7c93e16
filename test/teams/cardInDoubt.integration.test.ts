import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/cases/case.js';
import type { CaseRepository } from '../../src/cases/caseRepository.js';
import { DeliveryWorker, type DeliveryReconciler } from '../../src/cases/delivery.js';
import { InMemoryChannelLinkStore } from '../../src/casework/channelLinks.js';
import { sharedCardFor } from '../../src/casework/views.js';
import type { Logger } from '../../src/shared/logger.js';
import { applyTransition } from '../../src/cases/status.js';
import { anna } from '../cards/caseFixtures.js';
import { newCaseInput } from '../cases/fixtures/caseFixtures.js';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fakeBotConnector.js';
import { captureLogger, silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { storageBackends, type BackendHarness } from '../support/storageBackends.js';
import {
  finderOnFake,
  linkChannelOnFake,
  notifierOnFake,
  verbDependencies,
} from '../support/teamsOnFake.js';

/**
 * A card in doubt, on real storage (files and PostgreSQL) with the loopback Teams fake: the first
 * worker's card is accepted by Teams, but its process "dies" before it records the receipt (every
 * write of the outcome fails, so the lease and the durable in-doubt mark stay). When the lease
 * has run out, a second worker takes the case over and, with Graph, finds the card instead of
 * posting a second one.
 */

const CHANNEL = '19:overdracht-zuid@thread.tacv2';
const TEAM = '2f0c6b1e-8d5a-4c3b-9e7f-1a2b3c4d5e6f';
const ATTEMPT_MS = 5_000;

const POST = /^\/v3\/conversations$/;

for (const backend of storageBackends()) {
  describe.skipIf(backend.skip !== undefined)(`a card in doubt (${backend.name})`, () => {
    let fake: FakeBotConnector;
    let harness: BackendHarness;
    let repository: CaseRepository & { close(): Promise<void> };
    let links: InMemoryChannelLinkStore;
    let clock: ManualClock;

    beforeEach(async () => {
      fake = await startFakeBotConnector();
      fake.graph.addTeam(TEAM, [CHANNEL]);
      harness = await backend.create();
      clock = new ManualClock(new Date());
      repository = await harness.openCases(clock);
      links = new InMemoryChannelLinkStore();
      await linkChannelOnFake(links, fake, {
        wijkteam: 'wesselerbrink',
        channel: CHANNEL,
        at: clock.now(),
        graphTeamId: TEAM,
      });
    });

    afterEach(async () => {
      await repository.close();
      await harness.remove();
      await fake.close();
    });

    const notifier = () => notifierOnFake({ repository, links, clock });
    const finder = () => finderOnFake(fake, links);

    function worker(
      store: CaseRepository,
      reconciler: DeliveryReconciler | undefined,
      logger: Logger = silentLogger(),
    ): DeliveryWorker {
      return new DeliveryWorker({
        repository: store,
        notifier: notifier(),
        ...(reconciler === undefined ? {} : { reconciler }),
        clock,
        logger,
        intervalMs: 60_000,
        retryBaseMs: 1_000,
        retryMaxMs: 60_000,
        attemptTimeoutMs: ATTEMPT_MS,
      });
    }

    /** The first process: it posts, then dies before any outcome is written. */
    async function postAndDie(): Promise<Case> {
      const created = await repository.create(newCaseInput({ wijkteam: 'wesselerbrink' }));
      const dying: CaseRepository = Object.create(repository) as CaseRepository;
      dying.updateDelivery = (reference, change, options) =>
        options?.keepLease === true
          ? repository.updateDelivery(reference, change, options)
          : Promise.reject(new Error('process killed'));
      await worker(dying, finder()).runOnce();
      expect(fake.requests.filter((r) => r.method === 'POST' && POST.test(r.path))).toHaveLength(1);
      const stuck = await repository.get(created.reference);
      // Durable: the mark is on disk or in the database, the receipt is not.
      expect(stuck?.delivery).toMatchObject({ state: 'pending', receipt: null });
      expect(stuck?.delivery.attemptStartedAt).toBe(created.createdAt);
      // The dead process's lease runs out (twice the attempt timeout).
      clock.advance(2 * ATTEMPT_MS + 1);
      return created;
    }

    const posts = () => fake.requests.filter((r) => r.method === 'POST' && POST.test(r.path));
    const cardsOf = (reference: string) =>
      fake
        .allActivities()
        .filter((stored) => JSON.stringify(stored.activity).includes(`"${reference}"`));

    it('finds the card through Graph, records it and posts no second card', async () => {
      const created = await postAndDie();
      // Colleagues wrote in the channel meanwhile; their messages are skipped.
      fake.graph.postAsUser(CHANNEL, `Wie pakt ${created.reference} op?`);
      const logs = captureLogger();
      expect(await worker(repository, finder(), logs.logger).runOnce()).toMatchObject({
        delivered: 1,
      });
      expect(posts()).toHaveLength(1);
      expect(cardsOf(created.reference)).toHaveLength(1);
      const [card] = cardsOf(created.reference);
      const stored = await repository.get(created.reference);
      expect(stored?.delivery).toMatchObject({
        state: 'delivered',
        attemptStartedAt: null,
        receipt: {
          channel: 'msteams',
          externalId: `${card?.id ?? 'none'}|${CHANNEL};messageid=${card?.id ?? 'none'}`,
        },
      });
      expect(fake.graph.listCalls()).toBe(1);
      expect(logs.text()).not.toMatch(/Fatma|schulden|Wie pakt/);
      // Found, then brought up to date once; a later change updates the same card again.
      const thread = CHANNEL + `;messageid=${card?.id ?? ''}`;
      expect(fake.activity(thread, card?.id ?? '')?.updates).toBe(1);
      const refreshed = await notifier().refreshCard(stored as Case);
      expect(refreshed?.externalId).toBe(stored?.delivery.receipt?.externalId);
      expect(posts()).toHaveLength(1);
      expect(fake.activity(thread, card?.id ?? '')?.updates).toBe(2);
    });

    it('brings the found card up to date with a claim made while it was in doubt, once', async () => {
      const created = await postAndDie();
      const [posted] = cardsOf(created.reference);
      const thread = CHANNEL + `;messageid=${posted?.id ?? ''}`;
      const before = JSON.stringify(fake.activity(thread, posted?.id ?? '')?.activity);
      expect(before).not.toContain(anna.name);
      // Anna claimed it on the Casusbord meanwhile; the card in the channel still says "nieuw".
      const stuck = await repository.get(created.reference);
      const claimed = await repository.update(created.reference, stuck?.version ?? 0, (current) => {
        const result = applyTransition(current, { type: 'claim' }, anna, current.version, clock);
        if (!result.ok) throw new Error('claim refused');
        return result.case;
      });
      // The board's refresh (afterChange) has no card to update: it leaves the case to the outbox
      // and posts no second card.
      expect(await notifier().refreshCard(claimed)).toBeUndefined();
      expect(posts()).toHaveLength(1);
      await worker(repository, finder()).runOnce();
      const stored = await repository.get(created.reference);
      expect(stored?.delivery).toMatchObject({ state: 'delivered', attemptStartedAt: null });
      expect(posts()).toHaveLength(1);
      const card = fake.activity(thread, posted?.id ?? '');
      expect(card?.updates).toBe(1);
      // The card as the case stands now: the shared view of the claimed case.
      expect(JSON.stringify(card?.activity)).toContain(anna.name);
      expect(
        (card?.activity.attachments as Array<{ content: unknown }> | undefined)?.[0]?.content,
      ).toEqual(
        JSON.parse(
          JSON.stringify(sharedCardFor(stored as Case, verbDependencies(repository, clock))),
        ),
      );
      // Exactly once: the next runs find nothing due and touch the card no more.
      await worker(repository, finder()).runOnce();
      expect(fake.activity(thread, posted?.id ?? '')?.updates).toBe(1);
      expect(fake.graph.listCalls()).toBe(1);
    });

    it('posts once when the first attempt never reached Teams', async () => {
      const created = await repository.create(newCaseInput({ wijkteam: 'wesselerbrink' }));
      // The first process marked the attempt and died before its call left.
      await repository.updateDelivery(created.reference, (current) => ({
        ...current.delivery,
        attemptStartedAt: clock.now().toISOString(),
      }));
      await worker(repository, finder()).runOnce();
      expect(fake.graph.listCalls()).toBe(1);
      expect(posts()).toHaveLength(1);
      expect((await repository.get(created.reference))?.delivery.state).toBe('delivered');
    });

    it('without Graph posts the case again (at least once), as documented', async () => {
      const created = await postAndDie();
      await worker(repository, undefined).runOnce();
      expect(posts()).toHaveLength(2);
      expect(cardsOf(created.reference)).toHaveLength(2);
    });

    it('when the team did not grant the permission, posts again and logs WW-7204', async () => {
      fake.graph.addTeam(TEAM, [CHANNEL], { granted: false });
      const created = await postAndDie();
      const logs = captureLogger();
      await worker(repository, finder(), logs.logger).runOnce();
      expect(posts()).toHaveLength(2);
      expect((await repository.get(created.reference))?.delivery.state).toBe('delivered');
      expect(logs.lines()).toContainEqual(
        expect.objectContaining({
          code: 'WW-7204',
          reference: created.reference,
          detail: { status: 403, graphCode: 'Forbidden' },
        }),
      );
    });
  });
}
