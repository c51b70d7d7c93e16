import { CardFactory, type Attachment } from 'botbuilder';
import type { WebChatCard } from '../../src/cards/elements.js';
import { buildVoorzieningCard, type VoorzieningCardView } from '../../src/cards/voorzieningCard.js';
import { freshness, type Voorziening } from '../../src/knowledge/catalogue.js';

/** Search results as Web Chat cards (profile 1, src/cards/voorzieningCard.ts). */

export function voorzieningView(
  voorziening: Voorziening,
  today: string,
  gemeentePhone: string | null,
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
    verifiedOn: fresh.state === 'never' ? null : new Date(`${fresh.checkedOn}T12:00:00Z`),
    fallbackPhone: gemeentePhone,
  };
}

export function voorzieningCard(
  voorziening: Voorziening,
  today: string,
  gemeentePhone: string | null,
): WebChatCard {
  return buildVoorzieningCard(voorzieningView(voorziening, today, gemeentePhone));
}

export function voorzieningAttachment(
  voorziening: Voorziening,
  today: string,
  gemeentePhone: string | null,
): Attachment {
  return CardFactory.adaptiveCard(voorzieningCard(voorziening, today, gemeentePhone));
}
