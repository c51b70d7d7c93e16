import { ActivityTypes, AttachmentLayoutTypes, type Activity, type TurnContext } from 'botbuilder';
import { residentVisibility } from '../../src/knowledge/catalogue.js';
import { localDate } from '../../src/shared/gemeenteTime.js';
import type { Language } from '../../src/understanding/language.js';
import type { ConversationServices } from '../ports.js';
import { textsFor } from '../texts.js';
import { voorzieningAttachment } from './resultCards.js';

/**
 * The kaart's own wijkteam entry as a card, with its own contact (ADR 0013, session 22): how the
 * resident reaches the team as the kaart describes it. Undefined when the kaart has no such entry
 * or it is not shown to residents today.
 */
export function wijkteamCardActivity(
  services: Pick<ConversationServices, 'knowledge'>,
  today: string,
  language: Language,
): Partial<Activity> | undefined {
  const entry = services.knowledge.wijkteamEntry?.();
  if (entry === undefined || !residentVisibility(entry, today).visible) return undefined;
  const wijkteamPhone = services.knowledge.wijkteamPhone?.() ?? null;
  return {
    type: ActivityTypes.Message,
    attachmentLayout: AttachmentLayoutTypes.List,
    attachments: [voorzieningAttachment(entry, today, wijkteamPhone, language)],
  };
}

/**
 * For a resident who named the wijkteam itself on the way to the handover (the intake and the
 * "iemand spreken" command both lead there): a line that says they may also reach it themselves,
 * and the card. Nothing when the kaart has no wijkteam entry to show today.
 */
export async function sendOwnWijkteamEntry(
  context: TurnContext,
  services: Pick<ConversationServices, 'knowledge' | 'clock'>,
  language: Language,
): Promise<void> {
  const card = wijkteamCardActivity(services, localDate(services.clock.now()), language);
  if (card === undefined) return;
  await context.sendActivity(textsFor(language).intake.aboutWijkteam.ownEntry);
  await context.sendActivity(card);
}
