import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { stopOnSignals } from '../../src/shared/stopOnSignals.js';
import { captureLogger } from '../support/logs.js';

/** A target to signal, and the first exit code the handler asks for. */
function harness(stop: () => Promise<void>, timeoutMs = 60_000) {
  const target = new EventEmitter();
  const logs = captureLogger();
  const codes: number[] = [];
  let stops = 0;
  const exited = new Promise<number>((resolve) => {
    stopOnSignals({
      logger: logs.logger,
      target,
      timeoutMs,
      stop: () => {
        stops += 1;
        return stop();
      },
      exit: (code) => {
        codes.push(code);
        resolve(code);
      },
    });
  });
  return { target, logs, codes, exited, stops: () => stops };
}

describe('stopOnSignals', () => {
  it.each(['SIGTERM', 'SIGINT'])('stops once on %s and exits 0', async (signal) => {
    const run = harness(() => Promise.resolve());
    run.target.emit(signal, signal);
    expect(await run.exited).toBe(0);
    expect(run.stops()).toBe(1);
  });

  it('takes a second signal (Ctrl-C under npm arrives twice) as no reason to stop again', async () => {
    let finish = () => {};
    const run = harness(() => new Promise<void>((resolve) => (finish = resolve)));
    run.target.emit('SIGINT', 'SIGINT');
    run.target.emit('SIGINT', 'SIGINT');
    run.target.emit('SIGTERM', 'SIGTERM');
    expect(run.codes).toEqual([]);
    finish();
    expect(await run.exited).toBe(0);
    expect(run.stops()).toBe(1);
    expect(run.codes).toEqual([0]);
  });

  it('exits 1 and says so when the stop fails', async () => {
    const run = harness(() => Promise.reject(new Error('flush failed')));
    run.target.emit('SIGTERM', 'SIGTERM');
    expect(await run.exited).toBe(1);
    expect(run.logs.lines().at(-1)).toMatchObject({ msg: 'shutdown failed; exiting with code 1' });
  });

  it('exits 1 with a line that says so when the stop does not finish in time', async () => {
    const run = harness(() => new Promise<void>(() => {}), 50);
    run.target.emit('SIGTERM', 'SIGTERM');
    expect(await run.exited).toBe(1);
    expect(run.logs.lines().at(-1)).toMatchObject({
      signal: 'SIGTERM',
      timeoutMs: 50,
      msg: expect.stringContaining('shutdown did not finish within 0.05 s; exiting with code 1'),
    });
  });

  it('removes its handlers when asked', () => {
    const target = new EventEmitter();
    const uninstall = stopOnSignals({
      logger: captureLogger().logger,
      target,
      stop: () => Promise.resolve(),
      exit: () => {},
    });
    expect(target.listenerCount('SIGTERM')).toBe(1);
    expect(target.listenerCount('SIGINT')).toBe(1);
    uninstall();
    expect(target.listenerCount('SIGTERM')).toBe(0);
    expect(target.listenerCount('SIGINT')).toBe(0);
  });
});
