import { ActivityTypes, type Activity } from 'botbuilder';
import { toTelUri } from '../../src/knowledge/catalogue.js';
import type { ConversationServices } from '../ports.js';
import type { HandoverTexts } from '../texts.js';

/**
 * The ways to reach the wijkteam yourself, with a tappable number: for every "no" in the handover.
 * One message, opened by the sentence that fits the moment (`opening`), so the resident never
 * reads "nothing was sent" twice in other words (ADR 0014, defect 6). The number and whose line it
 * is come from the knowledge (`wijkteamPhoneOf`): the wijkteam's own number is the wijkteam's to
 * answer; the gemeente's general number needs the tip to ask for the wijkteam, as the card under a
 * voorziening says. Without a number the resident is told of none (never another gemeente's), and
 * without a number or a site to ask the gemeente for the wijkteam, so a "no" is never a dead end
 * (the card under a voorziening says the same). The site (gebieden.yaml `wijkteamwebsite`) is
 * added only when the knowledge has one.
 */
export function selfContactActivity(
  texts: HandoverTexts,
  services: Pick<ConversationServices, 'knowledge'>,
  opening: string = texts.selfContact.intro,
): Partial<Activity> {
  const phone = services.knowledge.wijkteamPhone?.();
  const website = services.knowledge.wijkteamWebsite?.();
  const link = website === undefined ? undefined : `[${new URL(website).host}](${website})`;
  // An empty opening: the ways alone (a question about the wijkteam, without the resident's wijk).
  const lines = opening === '' ? [] : [opening];
  if (phone !== undefined) {
    lines.push(
      texts.selfContact.phone[phone.owner](`[${phone.number}](${toTelUri(phone.number)})`),
    );
  }
  if (link !== undefined) {
    lines.push(
      phone === undefined ? texts.selfContact.websiteOnly(link) : texts.selfContact.website(link),
    );
  }
  if (phone === undefined && link === undefined) lines.push(texts.selfContact.askGemeente);
  return { type: ActivityTypes.Message, text: lines.join(' '), textFormat: 'markdown' };
}
