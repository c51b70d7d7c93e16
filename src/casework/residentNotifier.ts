import type { Case } from '../cases/case.js';

/**
 * Tells a resident, while they may still be chatting, where their question stands ("your question
 * was picked up by wijkteam West"). One port for the Teams card, the Casusbord and any later
 * caller; the bot implements it (src/bot/residentNotifier.ts) so the message goes through the
 * adapter like every other reply and speaks the language the resident chose.
 */
export interface ResidentNotifier {
  /**
   * Finds the resident by the key stored with the case and tells them the case's current status.
   * Resolves true when the message reached an open conversation; false when the resident is not
   * reachable, who then reads the status when they come back.
   */
  notify(current: Case): Promise<boolean>;
}
