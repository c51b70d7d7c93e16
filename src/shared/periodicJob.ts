import type { Logger } from './logger.js';

export interface PeriodicJob {
  /** Runs the job now (also while a timer is pending); resolves when it finished. */
  runNow(): Promise<void>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

export interface PeriodicJobOptions {
  readonly name: string;
  readonly intervalMs: number;
  /** Delay before the first run, so start-up is not slowed by housekeeping. */
  readonly firstRunAfterMs: number;
  readonly logger: Logger;
  readonly run: () => Promise<void>;
}

/**
 * Housekeeping on a timer (retention, idle state purge). A failing run is logged and retried at the
 * next interval; runs never overlap; the timer does not keep the process alive.
 */
export function startPeriodicJob(options: PeriodicJobOptions): PeriodicJob {
  let running: Promise<void> | undefined;
  let stopped = false;
  const runOnce = (): Promise<void> => {
    running ??= options
      .run()
      .catch((error: unknown) =>
        options.logger.error({ err: error, job: options.name }, 'periodic job failed'),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  let timer: NodeJS.Timeout = setTimeout(function tick() {
    if (stopped) return;
    void runOnce().finally(() => {
      if (!stopped) timer = setTimeout(tick, options.intervalMs).unref();
    });
  }, options.firstRunAfterMs).unref();
  return {
    runNow: runOnce,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
