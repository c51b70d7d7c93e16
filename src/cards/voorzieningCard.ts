import { z } from 'zod';
import type { Language } from '../understanding/language.js';
import { en } from '../i18n/en/index.js';
import { nl } from '../i18n/nl/index.js';
import type { WijkteamPhone } from '../knowledge/catalogue.js';
import type { Toegang } from '../knowledge/schema.js';
import {
  fact,
  factSet,
  heading,
  openUrlAction,
  textBlock,
  webChatCard,
  type CardElement,
  type WebChatAction,
  type WebChatCard,
} from './elements.js';
import { dutchDate, englishDate } from '../shared/gemeenteTime.js';
import { formatPhoneNumber, telUrl } from './format.js';

/**
 * A voorziening as a resident sees it in the web chat (profile 1: Adaptive Cards 1.3, only
 * Action.OpenUrl here): what it is in plain words, how to get there, and contact links a phone can
 * tap. Every card leads somewhere (ADR 0014, defect 4): without a number, address, e-mail or
 * website of its own, it shows the number that reaches the wijkteam (`fallbackPhone`), in words that
 * fit whose line it is ("Bel het wijkteam" under the wijkteam's own number, "Bel de gemeente en
 * vraag naar het wijkteam" under the gemeente's), and where the knowledge gives none, it tells the
 * resident to ask the gemeente for the wijkteam. The way in is said for
 * the channel the service has (walk in, call, online); "Gecontroleerd op <datum>" tells how fresh
 * it is, and where nobody checked it lately, a place to go to comes with "Bel eerst even voordat u
 * gaat".
 */

export interface VoorzieningCardView {
  readonly name: string;
  /** Plain Dutch: what it is and for whom. */
  readonly explanation: string;
  /** The partner's own words on how to sign up; null to say it from `access`. */
  readonly howToApply: string | null;
  readonly access: Toegang;
  readonly phone: string | null;
  readonly email: string | null;
  readonly website: string | null;
  /** Where to walk in; without one, the service is by phone or online only. */
  readonly address: string | null;
  /**
   * When a partner last confirmed the information; null when nobody did yet, or so long ago that
   * the date no longer counts (REVIEW_MONTHS: the knowledge check then warns the partner too).
   */
  readonly verifiedOn: Date | null;
  /**
   * The number that reaches the wijkteam (gebieden.yaml `wijkteamtelefoon`, else the gemeente's
   * general number) and whose line it is, for a card without a contact of its own.
   */
  readonly fallbackPhone: WijkteamPhone | null;
}

/** The card's own words; what the partner wrote stays as written (ADR 0010). */
type CardTexts = typeof en.cards.voorziening;

function cardTexts(language: Language): CardTexts {
  return language === 'en' ? en.cards.voorziening : nl.cards.voorziening;
}

const phoneSchema = z.string().regex(/^\+?[\d\s\-()]{4,20}$/);
const emailSchema = z.email();
/** Only https links: a knowledge file must never be able to put a `javascript:` link on a card. */
const websiteSchema = z.url({ protocol: /^https$/ });

interface Channels {
  readonly phone: string | null;
  readonly email: string | null;
  readonly website: string | null;
  readonly address: string | null;
  /**
   * Whose number stands in for a contact of the service's own: the wijkteam's or the gemeente's;
   * null when the service has its own contact, or there is no number to stand in.
   */
  readonly standIn: WijkteamPhone['owner'] | null;
  /** No contact of its own and no number to stand in: the card says to ask for the wijkteam. */
  readonly askWijkteam: boolean;
}

function channelsOf(view: VoorzieningCardView): Channels {
  const ownPhone =
    view.phone !== null && phoneSchema.safeParse(view.phone).success ? view.phone : null;
  const email =
    view.email !== null && emailSchema.safeParse(view.email).success ? view.email : null;
  const website =
    view.website !== null && websiteSchema.safeParse(view.website).success ? view.website : null;
  const own = ownPhone !== null || email !== null || website !== null || view.address !== null;
  const fallback =
    !own && view.fallbackPhone !== null && phoneSchema.safeParse(view.fallbackPhone.number).success
      ? view.fallbackPhone
      : null;
  return {
    phone: ownPhone ?? fallback?.number ?? null,
    email,
    website,
    address: view.address,
    standIn: fallback?.owner ?? null,
    askWijkteam: !own && fallback === null,
  };
}

/** How to get in, said for the channels the service has: walk in, call, or online. */
function accessText(view: VoorzieningCardView, channels: Channels, card: CardTexts): string {
  const texts = card.access;
  const online = channels.website !== null || channels.email !== null;
  switch (view.access) {
    case 'vrij-inlopen':
      if (channels.address !== null) return texts.walkIn;
      if (channels.standIn !== null) return texts.askGemeente;
      if (channels.phone !== null) return online ? texts.callOrOnline : texts.call;
      return online ? texts.online : texts.askGemeente;
    case 'aanmelden':
      if (channels.standIn !== null) return texts.signUpViaGemeente;
      if (channels.phone !== null) return online ? texts.signUpCallOrOnline : texts.signUpCall;
      return online ? texts.signUpOnline : texts.signUpViaGemeente;
    case 'via-verwijzing':
      return texts.referral;
    case 'alleen-via-wijkteam':
      return texts.wijkteam;
  }
}

/**
 * The freshness line, only where it tells the resident something (ADR 0010, amendment of
 * 2026-12-03): "Gecontroleerd op <datum>" for information a partner confirmed lately; for the rest
 * only the advice to call (or look) before going to a place, since a moved address or new opening
 * hours cost a trip for nothing. "Nog niet gecontroleerd" on its own asked nothing of the resident
 * and stood on every card; a phone number or website that changed shows itself when tried.
 */
function freshnessText(
  view: VoorzieningCardView,
  channels: Channels,
  texts: CardTexts,
  language: Language,
): string | undefined {
  if (view.verifiedOn !== null) {
    const date = language === 'en' ? englishDate : dutchDate;
    return texts.verifiedOn(date(view.verifiedOn, { year: true }));
  }
  if (channels.address === null || channels.standIn !== null) return undefined;
  if (channels.phone !== null) return texts.callFirst;
  if (channels.website !== null) return texts.lookFirst;
  return undefined;
}

/**
 * The phone number and e-mail address as Markdown links: Web Chat renders real anchors, so a tap
 * on a phone dials and a screen reader announces a link (the buttons below are buttons).
 */
function contactFacts(
  channels: Channels,
  texts: CardTexts,
): CardElement<WebChatAction> | undefined {
  const facts = [
    channels.phone === null
      ? undefined
      : fact(
          channels.standIn === 'gemeente'
            ? texts.gemeenteFact
            : channels.standIn === 'wijkteam'
              ? texts.wijkteamFact
              : texts.phoneFact,
          `[${formatPhoneNumber(channels.phone)}](${telUrl(channels.phone)})`,
        ),
    channels.email === null
      ? undefined
      : fact(texts.emailFact, `[${channels.email}](mailto:${channels.email})`),
    channels.address === null ? undefined : fact(texts.addressFact, channels.address),
  ];
  if (facts.every((item) => item === undefined)) return undefined;
  return factSet(facts, { spacing: 'medium' });
}

function contactActions(channels: Channels, texts: CardTexts): WebChatAction[] {
  const actions: WebChatAction[] = [];
  if (channels.phone !== null) {
    actions.push(
      openUrlAction(texts.call(formatPhoneNumber(channels.phone)), telUrl(channels.phone)),
    );
  }
  if (channels.email !== null) actions.push(openUrlAction(texts.email, `mailto:${channels.email}`));
  if (channels.website !== null) actions.push(openUrlAction(texts.website, channels.website));
  return actions;
}

function freshnessLine(text: string | undefined): CardElement<WebChatAction> | undefined {
  return text === undefined ? undefined : textBlock(text, { isSubtle: true, spacing: 'medium' });
}

/** `language` is the resident's: it sets the card's own words, never the partner's. */
export function buildVoorzieningCard(
  view: VoorzieningCardView,
  language: Language = 'nl',
): WebChatCard {
  const texts = cardTexts(language);
  const channels = channelsOf(view);
  const body: (CardElement<WebChatAction> | undefined)[] = [
    textBlock(view.name, { size: 'medium', weight: 'bolder' }),
    textBlock(view.explanation),
    heading(texts.howToApply),
    textBlock(view.howToApply ?? accessText(view, channels, texts)),
    channels.standIn === 'gemeente'
      ? textBlock(texts.viaGemeente(view.name))
      : channels.standIn === 'wijkteam'
        ? textBlock(texts.viaWijkteam(view.name))
        : channels.askWijkteam
          ? textBlock(texts.askWijkteam(view.name))
          : undefined,
    contactFacts(channels, texts),
    freshnessLine(freshnessText(view, channels, texts, language)),
  ];
  const card = webChatCard(
    body.filter((element): element is CardElement<WebChatAction> => element !== undefined),
    contactActions(channels, texts),
  );
  // A screen reader hears the name and what it is, instead of only "bijlage".
  return { ...card, speak: texts.speak(view.name, view.explanation) };
}
