import { cardsTexts } from './cards.js';
import { casesTexts } from './cases.js';
import { conversationTexts } from './conversation.js';
import { handoverTexts } from './handover.js';
import { intakeTexts } from './intake.js';
import { levensgebiedLabels } from './levensgebieden.js';
import { safetyTexts } from './safety.js';
import { widgetTexts } from './widget.js';

/** English texts for residents who write English. Staff and partner texts stay Dutch only;
 * `cards` holds only the resident's voorziening card. */
export const en = {
  conversation: conversationTexts,
  handover: handoverTexts,
  intake: intakeTexts,
  levensgebieden: levensgebiedLabels,
  safety: safetyTexts,
  widget: widgetTexts,
  cards: cardsTexts,
  cases: casesTexts,
} as const;
