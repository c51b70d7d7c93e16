import { z } from 'zod';
import { nl } from '../i18n/nl/index.js';
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
  /**
   * The buttons in the resident's language: they are the resident's to tap, while the text above
   * them is what the wijkteam reads, in Dutch. Dutch when not given.
   */
  readonly buttons?: { readonly confirm: string; readonly change: string; readonly cancel: string };
}

export const handoverSummaryChoices = ['confirm', 'change', 'cancel'] as const;
export type HandoverSummaryChoice = (typeof handoverSummaryChoices)[number];

/** What Web Chat posts back (in `activity.value`) when a button on the summary is tapped. */
export const handoverSummaryReplySchema = z.object({
  handover: z.enum(handoverSummaryChoices),
});

export function buildHandoverSummaryCard(given: HandoverSummaryView): WebChatCard {
  const texts = nl.cards.handoverSummary;
  const labels = texts.labels;
  // The resident's words as they typed them, never Markdown (src/cards/plainCardText.ts); the
  // buttons are our own texts, and a button title is no Markdown.
  const phone = given.contact.phone === null ? null : formatPhoneNumber(given.contact.phone);
  const view = plainView({ ...given, contact: { ...given.contact, phone } }, ['buttons']);
  const { contact } = view;
  const buttons = view.buttons ?? texts;
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
