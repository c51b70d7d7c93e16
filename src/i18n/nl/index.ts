import { boardTexts } from './board.js';
import { cardsTexts } from './cards.js';
import { casesTexts } from './cases.js';
import { conversationTexts } from './conversation.js';
import { errorTexts } from './errors.js';
import { handoverTexts } from './handover.js';
import { intakeTexts } from './intake.js';
import { knowledgeTexts } from './knowledge.js';
import { monitorTexts } from './monitor.js';
import { partnersTexts } from './partners.js';
import { safetyTexts } from './safety.js';
import { searchTexts } from './search.js';
import { tabConfigTexts } from './tabConfig.js';
import { teamsTexts } from './teams.js';
import { widgetTexts } from './widget.js';

/**
 * Every Dutch text the product shows, one module per area, gathered here. Code reads texts through
 * this object only, so a reviewer can check all copy for B1 in one folder.
 */
export const nl = {
  board: boardTexts,
  cards: cardsTexts,
  cases: casesTexts,
  conversation: conversationTexts,
  errors: errorTexts,
  handover: handoverTexts,
  intake: intakeTexts,
  knowledge: knowledgeTexts,
  partners: partnersTexts,
  safety: safetyTexts,
  search: searchTexts,
  teams: teamsTexts,
  widget: widgetTexts,
  tabConfig: tabConfigTexts,
  monitor: monitorTexts,
} as const;

export type DutchTexts = typeof nl;
