import type { InsightEvent } from '../src/insights/insightEvents.js';
import type { ConversationServices } from './ports.js';
import type { WijkwijzerState } from './wijkwijzerState.js';

/** What every dialog of the conversation is built with. */
export interface DialogDeps {
  readonly state: WijkwijzerState;
  readonly services: ConversationServices;
}

/**
 * Counts an insight for the gemeente through the Insights port, at the conversation's clock. The
 * port never rejects (a failure is logged there), so the conversation always goes on.
 */
export function countInsight(deps: DialogDeps, event: InsightEvent): Promise<void> {
  return deps.services.insights.record(event, deps.services.clock.now());
}
