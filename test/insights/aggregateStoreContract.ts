import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InsightAggregateStore } from '../../src/insights/aggregateStore.js';

/**
 * What every aggregate store must do (ADR 0017 §2): the embedded day files, the in-memory one,
 * and the PostgreSQL store (aggregateStoreBackends.integration.test.ts, with a real database). A
 * `reopen` factory is given for stores that keep their counters across a restart.
 */
export interface AggregateStoreFixture {
  open(): Promise<InsightAggregateStore>;
  /** Opens the same storage again after `close`; undefined for a store that forgets. */
  readonly reopen?: () => Promise<InsightAggregateStore>;
  cleanup(): Promise<void>;
}

export function aggregateStoreContract(
  name: string,
  fixture: () => Promise<AggregateStoreFixture>,
): void {
  describe(`${name}: the aggregate store contract`, () => {
    let current: AggregateStoreFixture;
    let store: InsightAggregateStore;
    beforeEach(async () => {
      current = await fixture();
      store = await current.open();
    });
    afterEach(async () => {
      await store.close();
      await current.cleanup();
    });

    it('adds to one counter per day, kind and dimensions, whatever the key order', async () => {
      await store.add([
        { day: '2026-03-02', kind: 'helped', dimensions: { answer: 'helped' }, count: 1 },
        { day: '2026-03-02', kind: 'helped', dimensions: { answer: 'helped' }, count: 2 },
        { day: '2026-03-02', kind: 'question', dimensions: { a: '1', b: '2' }, count: 1 },
      ]);
      await store.add([
        { day: '2026-03-02', kind: 'question', dimensions: { b: '2', a: '1' }, count: 4 },
        { day: '2026-03-03', kind: 'helped', dimensions: { answer: 'helped' }, count: 1 },
      ]);
      const rows = await store.read({});
      expect(rows).toEqual([
        { day: '2026-03-02', kind: 'helped', dimensions: { answer: 'helped' }, count: 3 },
        { day: '2026-03-02', kind: 'question', dimensions: { a: '1', b: '2' }, count: 5 },
        { day: '2026-03-03', kind: 'helped', dimensions: { answer: 'helped' }, count: 1 },
      ]);
    });

    it('reads a period and a kind across month boundaries, and nothing outside it', async () => {
      await store.add(
        ['2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01', '2026-04-01'].map((day) => ({
          day,
          kind: 'crisis',
          dimensions: { crisisKind: 'danger' },
          count: 1,
        })),
      );
      await store.add([{ day: '2026-02-10', kind: 'score', dimensions: { score: '5' }, count: 1 }]);
      const february = await store.read({ from: '2026-02-01', to: '2026-03-01', kind: 'crisis' });
      expect(february.map((row) => row.day)).toEqual(['2026-02-01', '2026-02-28', '2026-03-01']);
      expect(await store.read({ from: '2027-01-01', to: '2027-12-31' })).toEqual([]);
    });

    it('cannot be changed through a row it returned (a copy, or frozen)', async () => {
      await store.add([{ day: '2026-03-02', kind: 'score', dimensions: { score: '4' }, count: 1 }]);
      const [row] = await store.read({});
      try {
        if (row !== undefined) (row.dimensions as Record<string, string>).score = '1';
      } catch {
        // A frozen row refuses the change: just as good.
      }
      expect((await store.read({}))[0]?.dimensions).toEqual({ score: '4' });
    });

    it('prunes the counters before a day, and reports its size', async () => {
      await store.add(
        ['2025-11-30', '2025-12-15', '2026-01-02'].map((day) => ({
          day,
          kind: 'crisis',
          dimensions: { crisisKind: 'abuse' },
          count: 2,
        })),
      );
      expect((await store.size()).rows).toBe(3);
      expect(await store.pruneBefore('2025-12-01')).toBe(1);
      const size = await store.size();
      expect(size.rows).toBe(2);
      expect(size.months).toEqual(['2025-12', '2026-01']);
      expect(size.bytes).toBeGreaterThan(0);
    });

    it('keeps every counter across a restart, when the store is durable', async () => {
      const reopen = current.reopen;
      if (reopen === undefined) return;
      await store.add([{ day: '2026-03-02', kind: 'score', dimensions: { score: '3' }, count: 7 }]);
      await store.close();
      store = await reopen();
      await store.add([{ day: '2026-03-02', kind: 'score', dimensions: { score: '3' }, count: 1 }]);
      expect(await store.read({})).toEqual([
        { day: '2026-03-02', kind: 'score', dimensions: { score: '3' }, count: 8 },
      ]);
    });
  });
}
