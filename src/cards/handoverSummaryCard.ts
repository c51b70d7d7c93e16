import { z } from 'zod';
import { nl } from '../i18n/nl/index.js';
import type { Translation } from '../i18n/translation.js';
import {
  fact,
  factSet,
  heading,
  submitAction,
  textBlock,
  webChatCard,
  type WebChatCard,
} from './elements.js';
import { formatPhoneNumber } from './format.js';
import { plainView } from './plainCardText.js';

/**
 * The exact summary a resident confirms before anything goes to the wijkteam (profile 1:
 * Adaptive Cards 1.3, Action.Submit). The buttons send `{ handover: 'confirm' | 'change' |
 * 'cancel' }`; the dialog reads that with `handoverSummaryReplySchema`. A resident who types
 * instead of tapping is handled by the dialog as usual.
 */

export interface HandoverSummaryView {
  /** Display name of the wijkteam, such as "West". */
  readonly wijkteam: string;
  readonly summary: string;
  readonly triedAlready: string;
  readonly forWhom: string;
  readonly area: string | null;
  readonly contact: {
    readonly name: string;
    readonly phone: string | null;
    readonly email: string | null;
    readonly bestMoment: string | null;
    readonly noCalls: boolean;
  };
}

/** The card's own words, in the resident's language (src/i18n/nl/cards.ts, src/i18n/en/cards.ts). */
export type HandoverSummaryTexts = Translation<typeof nl.cards.handoverSummary>;

export const handoverSummaryChoices = ['confirm', 'change', 'cancel'] as const;
export type HandoverSummaryChoice = (typeof handoverSummaryChoices)[number];

/** What Web Chat posts back (in `activity.value`) when a button on the summary is tapped. */
export const handoverSummaryReplySchema = z.object({
  handover: z.enum(handoverSummaryChoices),
});

export function buildHandoverSummaryCard(
  given: HandoverSummaryView,
  texts: HandoverSummaryTexts = nl.cards.handoverSummary,
): WebChatCard {
  const labels = texts.labels;
  // The resident's words as they typed them, never Markdown (src/cards/plainCardText.ts); the
  // buttons are our own texts, and a button title is no Markdown.
  const phone = given.contact.phone === null ? null : formatPhoneNumber(given.contact.phone);
  const view = plainView({ ...given, contact: { ...given.contact, phone } }, []);
  const { contact } = view;
  const buttons = texts;
  const card = webChatCard(
    [
      heading(texts.title(view.wijkteam)),
      textBlock(labels.question, { weight: 'bolder', spacing: 'medium' }),
      textBlock(view.summary),
      textBlock(labels.tried, { weight: 'bolder', spacing: 'medium' }),
      textBlock(view.triedAlready.trim() === '' ? texts.nothingTried : view.triedAlready),
      factSet(
        [
          fact(labels.forWhom, view.forWhom),
          view.area === null ? undefined : fact(labels.area, view.area),
          fact(labels.name, contact.name),
          contact.phone === null ? undefined : fact(labels.phone, contact.phone),
          contact.email === null ? undefined : fact(labels.email, contact.email),
          contact.bestMoment === null ? undefined : fact(labels.bestMoment, contact.bestMoment),
          contact.noCalls ? fact(labels.noCalls, texts.noCalls) : undefined,
        ],
        { spacing: 'medium', separator: true },
      ),
    ],
    [
      submitAction(buttons.confirm, { handover: 'confirm' }, { style: 'positive' }),
      submitAction(buttons.change, { handover: 'change' }),
      submitAction(buttons.cancel, { handover: 'cancel' }),
    ],
  );
  return { ...card, speak: texts.title(given.wijkteam) };
}
