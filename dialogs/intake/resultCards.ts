import { CardFactory, type Attachment } from 'botbuilder';
import { voorzieningCard } from '../../src/cards/voorzieningView.js';
import type { Language } from '../../src/understanding/language.js';
import type { Voorziening, WijkteamPhone } from '../../src/knowledge/catalogue.js';

/** Search results as Web Chat cards (profile 1, src/cards/voorzieningCard.ts). */

export { voorzieningCard, voorzieningView } from '../../src/cards/voorzieningView.js';

export function voorzieningAttachment(
  voorziening: Voorziening,
  today: string,
  wijkteamPhone: WijkteamPhone | null,
  language: Language,
): Attachment {
  return CardFactory.adaptiveCard(voorzieningCard(voorziening, today, wijkteamPhone, language));
}
