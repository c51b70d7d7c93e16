import type { EventEmitter } from 'node:events';
import type { Logger } from './logger.js';

export interface LastResortOptions {
  readonly logger: Logger;
  /** What to listen on; `process` in the composition root, an EventEmitter in tests. */
  readonly target: Pick<EventEmitter, 'on' | 'off'>;
  /** Called once after an uncaught exception: stop gracefully, then exit non-zero. */
  readonly onFatal: (error: unknown) => void;
}

/**
 * The last line of defence (docs/adr/0015-security-posture.md): one failed promise nobody awaited, such as a typing
 * indicator or a notification sent after its turn ended, must not take every conversation in flight
 * down with it.
 * - An unhandled rejection is logged (WW-1010) and the bot keeps serving: the promise's owner is
 *   gone, and nothing shared was left half-changed by a rejection.
 * - An uncaught exception is logged (WW-1011) and the app stops gracefully: a synchronous throw may
 *   have left shared state half-changed, so serving on is not safe; turns in flight still finish.
 * Returns a function that removes both handlers.
 */
export function installLastResort(options: LastResortOptions): () => void {
  let fatal = false;
  const onRejection = (reason: unknown) => {
    options.logger.error({ err: reason, code: 'WW-1010' }, 'unhandled rejection; still serving');
  };
  const onException = (error: unknown) => {
    options.logger.fatal({ err: error, code: 'WW-1011' }, 'uncaught exception; stopping');
    if (fatal) return;
    fatal = true;
    options.onFatal(error);
  };
  options.target.on('unhandledRejection', onRejection);
  options.target.on('uncaughtException', onException);
  return () => {
    options.target.off('unhandledRejection', onRejection);
    options.target.off('uncaughtException', onException);
  };
}
