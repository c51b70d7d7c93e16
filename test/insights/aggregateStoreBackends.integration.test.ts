import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InsightAggregateStore } from '../../src/insights/aggregateStore.js';
import { total } from '../../src/insights/insightCounts.js';
import {
  eventDimensions,
  insightKinds,
  type InsightEvent,
  type InsightKind,
} from '../../src/insights/insightEvents.js';
import { RecordingInsights } from '../../src/insights/insights.js';
import { ManualClock } from '../support/manualClock.js';
import { storageBackends, type BackendHarness } from '../support/storageBackends.js';
import { aggregateStoreContract } from './aggregateStoreContract.js';

/**
 * The insight counters on both storage backends (docs/adr/0019): the aggregate store contract of
 * ADR 0017, on real files and on a real PostgreSQL, and what several instances need: counts made
 * at the same time, from as many pools as there are "processes", add up to one exact total.
 */
/**
 * One event of every kind of the catalogue, as the bot records them. A `Record` over the kinds, so
 * a kind added to the catalogue without an example here does not compile.
 */
const everyKind: Readonly<Record<InsightKind, InsightEvent>> = {
  question: {
    kind: 'question',
    levensgebied: 'geld',
    channel: 'webchat',
    language: 'nl',
    result: 'shown',
    wijk: 'Roombeek',
    stadsdeel: 'noord',
  },
  crisis: { kind: 'crisis', crisisKind: 'suicide' },
  gemeente_question: { kind: 'gemeente_question', dienst: 'vergunningen' },
  care_question: { kind: 'care_question', dienst: 'huisarts-en-zorg' },
  unmet_need: { kind: 'unmet_need', levensgebied: 'wonen' },
  unmet_term: { kind: 'unmet_term', term: 'schulden', stadsdeel: 'zuid' },
  follow_up: { kind: 'follow_up', outcome: 'got_help' },
  helped: { kind: 'helped', answer: 'helped', wijk: "Twekkelo-'t Zand" },
  score: { kind: 'score', score: 4 },
  handover: { kind: 'handover', step: 'sent', reason: 'asked_for_person' },
  voorziening: { kind: 'voorziening', id: 'buurtkamer-roombeek', action: 'chosen' },
  case_created: { kind: 'case_created', wijkteam: 'centrum', levensgebied: 'geld' },
  case_picked_up: { kind: 'case_picked_up', wijkteam: 'centrum', days: '2' },
  case_closed: {
    kind: 'case_closed',
    wijkteam: 'centrum',
    outcome: 'voorliggend_opgelost',
    days: '11+',
  },
};

for (const backend of storageBackends()) {
  // Skipped only outside CI when PostgreSQL is absent (test/support/postgresGlobalSetup.ts).
  describe.skipIf(backend.skip !== undefined)(`insight counters on ${backend.name}`, () => {
    aggregateStoreContract(`insight counters on ${backend.name}`, async () => {
      const harness = await backend.create();
      return {
        open: () => harness.openInsights(),
        reopen: () => harness.openInsights(),
        cleanup: () => harness.remove(),
      };
    });

    describe(`insight counters on ${backend.name}: every kind of the catalogue`, () => {
      let harness: BackendHarness;
      const stores: InsightAggregateStore[] = [];
      const open = async () => {
        const store = await harness.openInsights();
        stores.push(store);
        return store;
      };

      beforeEach(async () => {
        harness = await backend.create();
      });

      afterEach(async () => {
        for (const store of stores.splice(0)) await store.close();
        await harness.remove();
      });

      it('keeps one event of each kind, the care reply included, through the port and a restart', async () => {
        const first = await open();
        const insights = new RecordingInsights({
          store: first,
          clock: new ManualClock('2026-03-02T09:00:00Z'),
        });
        for (const kind of insightKinds) await insights.record(everyKind[kind]);
        await first.close();
        stores.splice(stores.indexOf(first), 1);
        const rows = await (await open()).read({ from: '2026-03-02', to: '2026-03-02' });
        const asStored = (kind: string) =>
          rows.filter((row) => row.kind === kind).map((row) => [row.dimensions, row.count]);
        for (const kind of insightKinds) {
          expect(asStored(kind), kind).toEqual([[eventDimensions(everyKind[kind]), 1]]);
        }
        expect(rows).toHaveLength(insightKinds.length);
        expect(asStored('care_question')).toEqual([[{ dienst: 'huisarts-en-zorg' }, 1]]);
      });

      it('reads the counters stored before the care kind beside the new ones', async () => {
        // What a version without `care_question` stored: the store itself did not change, so
        // these are its rows as they are on disk or in the table.
        const before = await open();
        await before.add([
          {
            day: '2026-02-27',
            kind: 'gemeente_question',
            dimensions: { dienst: 'afval' },
            count: 6,
          },
          { day: '2026-02-27', kind: 'crisis', dimensions: { crisisKind: 'danger' }, count: 1 },
        ]);
        await before.close();
        stores.splice(stores.indexOf(before), 1);
        const after = await open();
        const insights = new RecordingInsights({ store: after });
        await insights.record(
          { kind: 'care_question', dienst: 'huisarts-en-zorg' },
          new Date('2026-03-02T10:00:00Z'),
        );
        const rows = await after.read({ from: '2026-02-01', to: '2026-03-31' });
        expect(rows.map((row) => [row.day, row.kind, row.dimensions, row.count])).toEqual([
          ['2026-02-27', 'crisis', { crisisKind: 'danger' }, 1],
          ['2026-02-27', 'gemeente_question', { dienst: 'afval' }, 6],
          ['2026-03-02', 'care_question', { dienst: 'huisarts-en-zorg' }, 1],
        ]);
      });
    });

    describe(`insight counters on ${backend.name}: counting together`, () => {
      let harness: BackendHarness;
      const stores: InsightAggregateStore[] = [];

      beforeEach(async () => {
        harness = await backend.create();
      });

      afterEach(async () => {
        for (const store of stores.splice(0)) await store.close();
        await harness.remove();
      });

      it('loses no count when many adds of the same counters run at once', async () => {
        // Two instances where the backend has them (PostgreSQL); one writer on the day files.
        stores.push(await harness.openInsights());
        if (backend.name === 'postgres') stores.push(await harness.openInsights());
        const adds = Array.from({ length: 40 }, (_, index) =>
          stores[index % stores.length]?.add([
            { day: '2026-03-02', kind: 'question', dimensions: { wijk: 'Roombeek' }, count: 1 },
            // The same counter twice in one add, and keys in another order: still one counter.
            { day: '2026-03-02', kind: 'question', dimensions: { wijk: 'Roombeek' }, count: 2 },
            { day: '2026-03-02', kind: 'handover', dimensions: { b: '2', a: '1' }, count: 1 },
          ]),
        );
        await Promise.all(adds);
        for (const store of stores) {
          const rows = await store.read({ from: '2026-03-02', to: '2026-03-02' });
          expect(rows).toHaveLength(2);
          expect(total(rows.filter((row) => row.kind === 'question'))).toBe(120);
          expect(
            total(
              rows.filter((row) => row.kind === 'handover'),
              { a: '1', b: '2' },
            ),
          ).toBe(40);
        }
      });
    });
  });
}
