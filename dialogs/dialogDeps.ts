import type { TurnContext } from 'botbuilder';
import {
  areaKinds,
  eventArea,
  withArea,
  type InsightEvent,
} from '../src/insights/insightEvents.js';
import type { ConversationServices } from './ports.js';
import type { WijkwijzerState } from './wijkwijzerState.js';

/** What every dialog of the conversation is built with. */
export interface DialogDeps {
  readonly state: WijkwijzerState;
  readonly services: ConversationServices;
}

/**
 * Counts an insight for the gemeente through the Insights port, at the conversation's clock. The
 * port never rejects (a failure is logged there), so the conversation always goes on. Given the
 * turn, the kinds the monitor splits by area (answers, handover steps) get the wijk and
 * stadsdeel the conversation knows at that moment (ADR 0017 §7).
 */
export async function countInsight(
  deps: DialogDeps,
  event: InsightEvent,
  context?: TurnContext,
): Promise<void> {
  const counted =
    context === undefined || !areaKinds.has(event.kind)
      ? event
      : withArea(event, eventArea(await deps.state.facts(context)));
  return deps.services.insights.record(counted, deps.services.clock.now());
}
