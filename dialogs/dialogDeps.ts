import type { InsightEvent } from '../src/insights/insightEvents.js';
import { moduleLogger } from '../src/shared/logger.js';
import type { ConversationServices } from './ports.js';
import type { WijkwijzerState } from './wijkwijzerState.js';

/** What every dialog of the conversation is built with. */
export interface DialogDeps {
  readonly state: WijkwijzerState;
  readonly services: ConversationServices;
}

/**
 * Counts an insight for the gemeente. Counting must never break a resident's conversation, so a
 * failure is logged (with its code, never content) and the conversation goes on.
 */
export async function countInsight(deps: DialogDeps, event: InsightEvent): Promise<void> {
  try {
    await deps.services.insights.count(event, deps.services.clock.now());
  } catch (error) {
    moduleLogger(deps.services.logger, 'insights').warn(
      { err: error, kind: event.kind },
      'count failed',
    );
  }
}
