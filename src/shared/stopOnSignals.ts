import type { EventEmitter } from 'node:events';
import type { Logger } from './logger.js';

/**
 * How long a stop on SIGTERM or SIGINT may take before the process exits anyway. Above the app's
 * own drain (10 s for turns in flight, 1 s for open streams, then sockets and files) and below
 * systemd's `TimeoutStopSec=30s` (deploy/systemd/wijkwijzer.service), so the line saying why is
 * written before systemd resorts to SIGKILL.
 */
export const SHUTDOWN_TIMEOUT_MS = 20_000;

export interface StopOnSignalsOptions {
  readonly logger: Logger;
  /** What to listen on; `process` in the composition root, an EventEmitter in tests. */
  readonly target: Pick<EventEmitter, 'on' | 'off'>;
  /** The graceful stop: refuse new work, finish turns, close sockets, flush storage. */
  readonly stop: () => Promise<void>;
  /** `process.exit` in the composition root. */
  readonly exit: (code: number) => void;
  readonly timeoutMs?: number;
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * SIGTERM (systemd, a container runtime, npm passing on a signal) and SIGINT (Ctrl-C) stop the app
 * gracefully and exit 0. Bounded: a stop that fails exits 1, and one still running after the
 * timeout exits 1 with a line that says so. The timer is deliberately not unref'd: a stop waiting
 * on a promise that never settles leaves the event loop empty, and Node would then exit 0 silently.
 * A second signal is ignored, not taken as "exit now": Ctrl-C under `npm start` reaches the app
 * twice, once from the terminal and once passed on by npm
 * (docs/adr/0016-runtime-deployment-and-test-tiers.md, amendment of 2026-12-05).
 * Returns a function that removes the handlers.
 */
export function stopOnSignals(options: StopOnSignalsOptions): () => void {
  const { logger, target, stop, exit } = options;
  const timeoutMs = options.timeoutMs ?? SHUTDOWN_TIMEOUT_MS;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.info({ signal }, 'signal received while stopping; still stopping');
      return;
    }
    stopping = true;
    logger.info({ signal }, 'signal received');
    const deadline = setTimeout(() => {
      logger.fatal(
        { signal, timeoutMs },
        `shutdown did not finish within ${timeoutMs / 1000} s; exiting with code 1 without finishing it`,
      );
      exit(1);
    }, timeoutMs);
    stop().then(
      () => {
        clearTimeout(deadline);
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(deadline);
        logger.fatal({ err: error }, 'shutdown failed; exiting with code 1');
        exit(1);
      },
    );
  };
  for (const signal of SIGNALS) target.on(signal, onSignal);
  return () => {
    for (const signal of SIGNALS) target.off(signal, onSignal);
  };
}
