import type { Language } from '../understanding/language.js';
import { freshness, type WijkteamPhone } from '../knowledge/catalogue.js';
import type { VoorzieningEntry } from '../knowledge/schema.js';
import { buildVoorzieningCard, type VoorzieningCardView } from './voorzieningCard.js';
import type { WebChatCard } from './elements.js';

/**
 * A voorziening's card view as residents see it in the web chat. One mapping for the intake's
 * results (dialogs/intake/resultCards.ts) and the partner page's preview (src/partners/), so the
 * preview can never drift from what a resident gets. `wijkteamPhone` (gebieden.yaml
 * `wijkteamtelefoon`, else gemeentediensten.yaml's number, with whose line it is) goes on a card
 * that has no contact of its own; without it, such a card shows no number at all.
 */
export function voorzieningView(
  voorziening: VoorzieningEntry,
  today: string,
  wijkteamPhone: WijkteamPhone | null = null,
): VoorzieningCardView {
  const contact = voorziening.contact;
  const fresh = freshness(voorziening, today);
  return {
    name: voorziening.naam,
    explanation: voorziening.omschrijving,
    howToApply: contact.hoe_aanmelden ?? null,
    access: voorziening.toegang,
    phone: contact.telefoon ?? null,
    email: contact.email ?? null,
    website: contact.website ?? null,
    address: contact.adres ?? null,
    // An overdue check is no check for the resident: no old date, and "call first" where it matters.
    verifiedOn: fresh.state === 'checked' ? new Date(`${fresh.checkedOn}T12:00:00Z`) : null,
    fallbackPhone: wijkteamPhone,
  };
}

export function voorzieningCard(
  voorziening: VoorzieningEntry,
  today: string,
  wijkteamPhone: WijkteamPhone | null = null,
  language: Language = 'nl',
): WebChatCard {
  return buildVoorzieningCard(voorzieningView(voorziening, today, wijkteamPhone), language);
}
