import { describe, expect, it } from 'vitest';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { GroupCommit } from '../../src/storage/postgres/groupCommit.js';

/** A statement runner that records its batches and returns when told to. */
function recorder(results: (units: readonly string[]) => readonly unknown[] = (u) => u) {
  const batches: string[][] = [];
  const release: Array<() => void> = [];
  let failNext = false;
  const group = new GroupCommit<string>({
    run: async (units) => {
      batches.push([...units]);
      await new Promise<void>((resolve) => release.push(resolve));
      if (failNext) {
        failNext = false;
        throw new Error('connection lost');
      }
      return results(units);
    },
    name: 'test',
    keys: (unit) => [unit],
    maxRows: 4,
  });
  const settle = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    release.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    group,
    batches,
    settle,
    failNext: () => {
      failNext = true;
    },
  };
}

describe('GroupCommit (docs/adr/0019, third amendment)', () => {
  it('sends calls made in the same moment as one statement, each caller gets its own result', async () => {
    const { group, batches, settle } = recorder((units) => units.map((unit) => `ok ${unit}`));
    const results = Promise.all(['a', 'b', 'c'].map((unit) => group.submit<string>(unit)));
    await settle();
    expect(await results).toEqual(['ok a', 'ok b', 'ok c']);
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('lets calls made while a statement is on its way go together in the next one, at most maxRows', async () => {
    const { group, batches, settle } = recorder();
    const first = group.submit('a');
    await new Promise((resolve) => setImmediate(resolve));
    const later = ['b', 'c', 'd', 'e', 'f'].map((unit) => group.submit(unit));
    expect(batches).toEqual([['a']]);
    await settle();
    await first;
    await settle();
    await settle();
    await Promise.all(later);
    expect(batches).toEqual([['a'], ['b', 'c', 'd', 'e'], ['f']]);
  });

  it('never puts two conflicting calls in one statement, and keeps their order', async () => {
    const { group, batches, settle } = recorder();
    const all = Promise.all(['k', 'x', 'k', 'y', 'k'].map((unit) => group.submit(unit)));
    await settle();
    await settle();
    await settle();
    await all;
    expect(batches).toEqual([['k', 'x', 'y'], ['k'], ['k']]);
  });

  it('rejects the call of a failed statement and goes on with the next', async () => {
    const { group, settle, failNext } = recorder();
    failNext();
    const failed = group.submit('a').catch((error: unknown) => String(error));
    await settle();
    expect(await failed).toContain('connection lost');
    const next = group.submit('c');
    await settle();
    expect(await next).toBe('c');
  });

  it('runs the calls of a failed shared statement again alone: only the bad one fails', async () => {
    const batches: string[][] = [];
    const group = new GroupCommit<string>({
      name: 'test',
      run: async (units) => {
        batches.push([...units]);
        if (units.includes('bad')) throw new Error('invalid input syntax for type json');
        return units.map((unit) => `ok ${unit}`);
      },
    });
    const results = await Promise.allSettled(
      ['a', 'bad', 'c'].map((unit) => group.submit<string>(unit)),
    );
    expect(
      results.map((result) => (result.status === 'fulfilled' ? result.value : 'failed')),
    ).toEqual(['ok a', 'failed', 'ok c']);
    expect(batches).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });

  it('fails every call of a shared statement at once when the database is unreachable', async () => {
    const batches: string[][] = [];
    const group = new GroupCommit<string>({
      name: 'test',
      run: async (units) => {
        batches.push([...units]);
        throw new WijkwijzerError('WW-3008');
      },
    });
    const results = await Promise.allSettled(['a', 'b', 'c'].map((unit) => group.submit(unit)));
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    // One attempt, not one more per call each waiting out the connection timeout.
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  describe('bounded (docs/adr/0019, fourth amendment)', () => {
    /** A call: the keys it changes, its kind ('save', 'delete', or none: alone) and its rows. */
    interface Call {
      readonly id: string;
      readonly keys: readonly string[];
      readonly kind?: string;
      readonly rows: number;
    }
    const call = (id: string, rows = 1, kind: string | undefined = 'save', keys = [id]): Call => ({
      id,
      keys,
      rows,
      ...(kind === undefined ? {} : { kind }),
    });

    function bounded(maxRows: number, maxWaitingRows: number) {
      const batches: string[][] = [];
      const group = new GroupCommit<Call>({
        name: 'test',
        run: (units) => {
          batches.push(units.map((unit) => unit.id));
          return Promise.resolve(units.map((unit) => unit.id));
        },
        keys: (unit) => unit.keys,
        kind: (unit) => unit.kind,
        rows: (unit) => unit.rows,
        maxRows,
        maxWaitingRows,
      });
      return { group, batches };
    }

    it('counts rows, not calls: a statement carries at most maxRows rows', async () => {
      const { group, batches } = bounded(10, 1_000);
      await Promise.all(
        [call('a', 4), call('b', 4), call('c', 4), call('d', 2), call('e', 6)].map((unit) =>
          group.submit(unit),
        ),
      );
      // a+b = 8 rows, c does not fit (12) and starts the next; d fits the first (10); e the second.
      expect(batches).toEqual([
        ['a', 'b', 'd'],
        ['c', 'e'],
      ]);
    });

    it('sends a call of more than maxRows rows alone (its runner splits it)', async () => {
      const { group, batches } = bounded(10, 1_000);
      await Promise.all([call('a'), call('big', 25), call('b')].map((unit) => group.submit(unit)));
      expect(batches).toEqual([['a', 'b'], ['big']]);
    });

    it('refuses a call beyond the waiting limit with WW-3014 at once, and takes calls again once the queue drained', async () => {
      const { group, batches } = bounded(10, 25);
      const calls = Array.from({ length: 40 }, (_, index) => group.submit(call(`k${index}`)));
      const settled = await Promise.allSettled(calls);
      const refused = settled.flatMap((result) =>
        result.status === 'rejected' ? [result.reason as unknown] : [],
      );
      expect(settled.filter((result) => result.status === 'fulfilled')).toHaveLength(25);
      expect(refused).toHaveLength(15);
      for (const error of refused) {
        expect(error).toBeInstanceOf(WijkwijzerError);
        expect((error as WijkwijzerError).code).toBe('WW-3014');
        expect((error as WijkwijzerError).status).toBe(503);
        expect((error as WijkwijzerError).detail).toMatchObject({ queue: 'test', limit: 25 });
      }
      expect(batches.flat()).toHaveLength(25);
      expect(Math.max(...batches.map((batch) => batch.length))).toBeLessThanOrEqual(10);
      await expect(group.submit(call('after'))).resolves.toBe('after');
    });

    it('takes a call larger than the waiting limit when nothing waits, and refuses others meanwhile', async () => {
      const { group } = bounded(10, 25);
      const big = group.submit(call('big', 40));
      await expect(group.submit(call('small'))).rejects.toMatchObject({ code: 'WW-3014' });
      await expect(big).resolves.toBe('big');
    });

    it('keeps the order of calls on one key across kinds: a delete made after a save runs after it', async () => {
      const { group, batches } = bounded(10, 1_000);
      await Promise.all(
        [
          call('save k', 1, 'save', ['k']),
          call('delete k', 1, 'delete', ['k']),
          call('save x', 1, 'save', ['x']),
          call('delete y', 1, 'delete', ['y']),
          call('checked k', 1, undefined, ['k']),
          call('save k again', 1, 'save', ['k']),
        ].map((unit) => group.submit(unit)),
      );
      expect(batches).toEqual([
        ['save k', 'save x'],
        ['delete k', 'delete y'],
        ['checked k'],
        ['save k again'],
      ]);
    });
  });
});
