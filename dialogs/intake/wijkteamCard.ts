import { ActivityTypes, AttachmentLayoutTypes, type Activity } from 'botbuilder';
import { residentVisibility } from '../../src/knowledge/catalogue.js';
import type { Language } from '../../src/understanding/language.js';
import type { ConversationServices } from '../ports.js';
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
