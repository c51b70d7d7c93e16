import { CardFactory, type Attachment } from 'botbuilder';
import type { CardElement, WebChatAction, WebChatCard } from '../../src/cards/elements.js';
import { telUrl } from '../../src/cards/format.js';
import { buildVoorzieningCard, type VoorzieningCardView } from '../../src/cards/voorzieningCard.js';
import { freshness, type Voorziening } from '../../src/knowledge/catalogue.js';
import { nl } from '../../src/i18n/nl/index.js';

/**
 * Search results as Web Chat cards (profile 1, src/cards). The card's phone number and e-mail
 * address become Markdown links, so Web Chat renders real anchors: a tap on a phone dials, and
 * a screen reader announces a link (the card's own buttons are buttons, not links).
 */

export function voorzieningView(voorziening: Voorziening, today: string): VoorzieningCardView {
  const contact = voorziening.contact;
  const fresh = freshness(voorziening, today);
  return {
    name: voorziening.naam,
    explanation: voorziening.omschrijving,
    howToApply: contact.hoe_aanmelden ?? nl.intake.results.access[voorziening.toegang],
    phone: contact.telefoon ?? null,
    email: contact.email ?? null,
    website: contact.website ?? null,
    verifiedOn: fresh.state === 'never' ? null : new Date(`${fresh.checkedOn}T12:00:00Z`),
  };
}

function linkFacts(
  element: CardElement<WebChatAction>,
  view: VoorzieningCardView,
): CardElement<WebChatAction> {
  if (element.type !== 'FactSet') return element;
  const texts = nl.cards.voorziening;
  return {
    ...element,
    facts: element.facts.map((fact) => {
      if (fact.title === texts.phoneFact && view.phone !== null) {
        return { ...fact, value: `[${fact.value}](${telUrl(view.phone)})` };
      }
      if (fact.title === texts.emailFact && view.email !== null) {
        return { ...fact, value: `[${fact.value}](mailto:${view.email})` };
      }
      return fact;
    }),
  };
}

export function voorzieningCard(voorziening: Voorziening, today: string): WebChatCard {
  const view = voorzieningView(voorziening, today);
  const card = buildVoorzieningCard(view);
  return { ...card, body: card.body.map((element) => linkFacts(element, view)) };
}

export function voorzieningAttachment(voorziening: Voorziening, today: string): Attachment {
  return CardFactory.adaptiveCard(voorzieningCard(voorziening, today));
}
