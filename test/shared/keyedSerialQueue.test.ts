import { describe, expect, it } from 'vitest';
import { KeyedSerialQueue } from '../../src/shared/keyedSerialQueue.js';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('KeyedSerialQueue', () => {
  it('runs work for one key one at a time, in arrival order, even when one fails', async () => {
    const queue = new KeyedSerialQueue();
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const work =
      (name: string, fail = false) =>
      async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`end ${name}`);
        running -= 1;
        if (fail) throw new Error(`${name} failed`);
        return name;
      };
    const results = await Promise.allSettled([
      queue.run('c1', work('a')),
      queue.run('c1', work('b', true)),
      queue.run('c1', work('c')),
    ]);
    expect(maxRunning).toBe(1);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(queue.size).toBe(0);
  });

  it('runs different keys side by side and counts what is pending', async () => {
    const queue = new KeyedSerialQueue();
    const gate = deferred();
    const first = queue.run('c1', () => gate.promise);
    const second = queue.run('c1', async () => 'second');
    const other = queue.run('c2', async () => 'other');
    expect(queue.pending('c1')).toBe(2);
    await expect(other).resolves.toBe('other');
    expect(queue.pending('c1')).toBe(2);
    gate.resolve();
    await first;
    await expect(second).resolves.toBe('second');
    expect(await queue.drain(100)).toBe(0);
  });

  it('reports unfinished work when draining times out', async () => {
    const queue = new KeyedSerialQueue();
    const gate = deferred();
    void queue.run('c1', () => gate.promise);
    expect(await queue.drain(20)).toBe(1);
    gate.resolve();
    expect(await queue.drain(100)).toBe(0);
  });
});
