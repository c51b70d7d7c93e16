import type { TurnContext } from 'botbuilder';
import type { Metrics } from '../metrics/metrics.js';

/**
 * Wraps turn logic so every turn is counted and timed (docs/adr/0016-runtime-deployment-and-test-tiers.md,
 * "Metrics"). A turn that throws counts as an error and the error goes on to the adapter's
 * onTurnError unchanged.
 */
export function observeTurns(
  metrics: Metrics,
  logic: (context: TurnContext) => Promise<void>,
): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const started = performance.now();
    let outcome: 'ok' | 'error' = 'error';
    try {
      await logic(context);
      outcome = 'ok';
    } finally {
      metrics.turnFinished({
        channel: context.activity.channelId,
        activityType: context.activity.type,
        seconds: (performance.now() - started) / 1000,
        outcome,
      });
    }
  };
}
