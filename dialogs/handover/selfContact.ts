import { ActivityTypes, type Activity } from 'botbuilder';
import { toTelUri } from '../../src/knowledge/catalogue.js';
import type { ConversationServices } from '../ports.js';
import type { HandoverTexts } from '../texts.js';

/**
 * The ways to reach the wijkteam yourself, with a tappable number: for every "no" in the handover.
 * One message, opened by the sentence that fits the moment (`opening`), so the resident never
 * reads "nothing was sent" twice in other words (ADR 0014, defect 6). The number is the
 * knowledge's (gebieden.yaml `wijkteamtelefoon`); without one the resident is told to ask the
 * gemeente, never given another gemeente's number. The site (gebieden.yaml `wijkteamwebsite`) is
 * added only when the knowledge has one.
 */
export function selfContactActivity(
  texts: HandoverTexts,
  services: Pick<ConversationServices, 'knowledge'>,
  opening: string = texts.selfContact.intro,
): Partial<Activity> {
  const phone = services.knowledge.wijkteamPhone?.()?.number;
  const website = services.knowledge.wijkteamWebsite?.();
  const lines = [
    opening,
    phone === undefined
      ? texts.selfContact.noPhone
      : texts.selfContact.phone(`[${phone}](${toTelUri(phone)})`),
    ...(website === undefined
      ? []
      : [texts.selfContact.website(`[${new URL(website).host}](${website})`)]),
  ];
  return { type: ActivityTypes.Message, text: lines.join(' '), textFormat: 'markdown' };
}
