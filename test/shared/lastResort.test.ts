import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installLastResort } from '../../src/shared/lastResort.js';
import { captureLogger } from '../support/logs.js';
import { IDENTIFIERS, identifiersIn } from '../security/identifiers.js';

describe('installLastResort', () => {
  it('logs an unhandled rejection without what it carries and keeps serving', () => {
    const target = new EventEmitter();
    const logs = captureLogger();
    const fatal: unknown[] = [];
    installLastResort({ logger: logs.logger, target, onFatal: (error) => fatal.push(error) });
    target.emit(
      'unhandledRejection',
      Object.assign(new TypeError("Cannot perform 'get' on a proxy that has been revoked"), {
        activity: { text: IDENTIFIERS.phone },
      }),
    );
    expect(fatal).toEqual([]);
    expect(logs.lines()).toMatchObject([{ code: 'WW-1010', err: { name: 'TypeError' } }]);
    expect(identifiersIn(logs.text())).toEqual([]);
  });

  it('stops once after an uncaught exception, however many follow', () => {
    const target = new EventEmitter();
    const logs = captureLogger();
    const fatal: unknown[] = [];
    const uninstall = installLastResort({
      logger: logs.logger,
      target,
      onFatal: (error) => fatal.push(error),
    });
    target.emit('uncaughtException', new RangeError('first'));
    target.emit('uncaughtException', new RangeError('second'));
    expect(fatal).toHaveLength(1);
    expect(logs.lines().map((line) => line.code)).toEqual(['WW-1011', 'WW-1011']);
    uninstall();
    expect(target.listenerCount('unhandledRejection')).toBe(0);
    expect(target.listenerCount('uncaughtException')).toBe(0);
  });
});
