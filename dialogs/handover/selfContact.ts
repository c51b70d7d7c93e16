import { ActivityTypes, type Activity } from 'botbuilder';
import { toTelUri } from '../../src/knowledge/catalogue.js';
import type { ConversationSettings } from '../ports.js';
import type { HandoverTexts } from '../texts.js';

/**
 * The ways to reach the wijkteam yourself, with a tappable number: for every "no" in the handover.
 * One message, opened by the sentence that fits the moment (`opening`), so the resident never
 * reads "nothing was sent" twice in other words (ADR 0014, defect 6).
 */
export function selfContactActivity(
  texts: HandoverTexts,
  settings: ConversationSettings,
  opening: string = texts.selfContact.intro,
): Partial<Activity> {
  const phone = settings.wijkteamPhone;
  const lines = [
    opening,
    texts.selfContact.phone(`[${phone}](${toTelUri(phone)})`),
    ...(settings.wijkteamWebsite === undefined
      ? []
      : [
          texts.selfContact.website(
            `[${new URL(settings.wijkteamWebsite).host}](${settings.wijkteamWebsite})`,
          ),
        ]),
  ];
  return { type: ActivityTypes.Message, text: lines.join(' '), textFormat: 'markdown' };
}
