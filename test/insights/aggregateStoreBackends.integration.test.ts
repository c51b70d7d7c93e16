import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InsightAggregateStore } from '../../src/insights/aggregateStore.js';
import { total } from '../../src/insights/insightCounts.js';
import { storageBackends, type BackendHarness } from '../support/storageBackends.js';
import { aggregateStoreContract } from './aggregateStoreContract.js';

/**
 * The insight counters on both storage backends (docs/adr/0019): the aggregate store contract of
 * ADR 0017, on real files and on a real PostgreSQL, and what several instances need: counts made
 * at the same time, from as many pools as there are "processes", add up to one exact total.
 */
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
