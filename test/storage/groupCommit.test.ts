import { describe, expect, it } from 'vitest';
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
    conflicts: (batch, unit) => batch.includes(unit),
    maxUnits: 4,
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

  it('lets calls made while a statement is on its way go together in the next one, at most maxUnits', async () => {
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
});
