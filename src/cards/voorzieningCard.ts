import { z } from 'zod';
import { nl } from '../i18n/nl/index.js';
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
import { dutchDate } from '../shared/gemeenteTime.js';
import { formatPhoneNumber, telUrl } from './format.js';

/**
 * A voorziening as a resident sees it in the web chat (profile 1: Adaptive Cards 1.3, only
 * Action.OpenUrl here): what it is in plain words, how to sign up, and contact links a phone can
 * tap. "Gecontroleerd op <datum>" tells the resident how fresh the information is.
 */

export interface VoorzieningCardView {
  readonly name: string;
  /** Plain Dutch: what it is and for whom. */
  readonly explanation: string;
  readonly howToApply: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly website: string | null;
  /** When a partner last confirmed the information; null when nobody did yet. */
  readonly verifiedOn: Date | null;
}

const phoneSchema = z.string().regex(/^\+?[\d\s\-()]{6,20}$/);
const emailSchema = z.email();
/** Only https links: a knowledge file must never be able to put a `javascript:` link on a card. */
const websiteSchema = z.url({ protocol: /^https$/ });

const validPhone = (view: VoorzieningCardView) =>
  view.phone !== null && phoneSchema.safeParse(view.phone).success ? view.phone : null;
const validEmail = (view: VoorzieningCardView) =>
  view.email !== null && emailSchema.safeParse(view.email).success ? view.email : null;

/**
 * The phone number and e-mail address as Markdown links: Web Chat renders real anchors, so a tap
 * on a phone dials and a screen reader announces a link (the buttons below are buttons).
 */
function phoneFact(view: VoorzieningCardView): string {
  const phone = view.phone ?? '';
  const shown = formatPhoneNumber(phone);
  return validPhone(view) === null ? shown : `[${shown}](${telUrl(phone)})`;
}

function emailFact(view: VoorzieningCardView): string {
  const email = validEmail(view);
  return email === null ? (view.email ?? '') : `[${email}](mailto:${email})`;
}

function contactActions(view: VoorzieningCardView): WebChatAction[] {
  const texts = nl.cards.voorziening;
  const actions: WebChatAction[] = [];
  const phone = validPhone(view);
  if (phone !== null)
    actions.push(openUrlAction(texts.call(formatPhoneNumber(phone)), telUrl(phone)));
  const email = validEmail(view);
  if (email !== null) actions.push(openUrlAction(texts.email, `mailto:${email}`));
  if (view.website !== null && websiteSchema.safeParse(view.website).success) {
    actions.push(openUrlAction(texts.website, view.website));
  }
  return actions;
}

export function buildVoorzieningCard(view: VoorzieningCardView): WebChatCard {
  const texts = nl.cards.voorziening;
  const body: (CardElement<WebChatAction> | undefined)[] = [
    textBlock(view.name, { size: 'medium', weight: 'bolder' }),
    textBlock(view.explanation),
    view.howToApply === null ? undefined : heading(texts.howToApply),
    view.howToApply === null ? undefined : textBlock(view.howToApply),
    view.phone === null && view.email === null
      ? undefined
      : factSet(
          [
            view.phone === null ? undefined : fact(texts.phoneFact, phoneFact(view)),
            view.email === null ? undefined : fact(texts.emailFact, emailFact(view)),
          ],
          { spacing: 'medium' },
        ),
    textBlock(
      view.verifiedOn === null
        ? texts.notVerified
        : texts.verifiedOn(dutchDate(view.verifiedOn, { year: true })),
      { isSubtle: true, size: 'small', spacing: 'medium' },
    ),
  ];
  return webChatCard(
    body.filter((element): element is CardElement<WebChatAction> => element !== undefined),
    contactActions(view),
  );
}
