import { handoverTexts } from '../i18n/nl/handover.js';
import { maskIdentifiers } from '../privacy/maskIdentifiers.js';
import type { IntakeFacts } from './intakeFacts.js';

/**
 * The story the wijkteam receives, built from the intake so nobody asks again. What the resident
 * confirms is exactly this (identifiers already masked), so "what you see is what we send"; a
 * resident who writes English sees our own phrases in English (`StoryPhrases`), their words as
 * they are.
 */

/** Our own phrases in the story: Dutch for the wijkteam, or the resident's language to confirm. */
export interface StoryPhrases {
  readonly tried: {
    readonly self: string;
    readonly network: string;
    readonly alreadyHelp: string;
    readonly nothing: string;
  };
  /** The mantelzorg line added to the resident's words. */
  readonly caresFor: string;
}

const wijkteamPhrases: StoryPhrases = handoverTexts.staff;

export interface HandoverStoryDraft {
  readonly summary: string;
  readonly triedAlready: string;
  /** True when masking removed something: the dialog tells the resident why their text changed. */
  readonly masked: boolean;
}

function mask(text: string): { text: string; masked: boolean } {
  const result = maskIdentifiers(text);
  const found = result.found;
  return { text: result.text, masked: found.bsn + found.iban + found.phone + found.email > 0 };
}

/** The resident's own words (or their correction), masked and trimmed to what a case holds. */
export function storySummary(
  facts: IntakeFacts,
  phrases: StoryPhrases = wijkteamPhrases,
): { text: string; masked: boolean } {
  const words = (facts.summaryOverride ?? facts.questions.join('\n\n')).trim();
  // The mantelzorg line is ours, not the resident's: it stays when they rewrite their words.
  const raw = facts.caresFor ? `${words}\n\n${phrases.caresFor}` : words;
  return mask(raw.slice(0, 4000));
}

/** "What did you try" in words the wijkteam reads, plus what the resident typed themselves. */
export function triedAlreadyText(
  facts: IntakeFacts,
  phrases: StoryPhrases = wijkteamPhrases,
): { text: string; masked: boolean } {
  const staff = phrases.tried;
  const parts: string[] = [];
  switch (facts.tried) {
    case 'self':
      parts.push(staff.self);
      break;
    case 'network':
      parts.push(staff.network);
      break;
    case 'already_help':
      parts.push(staff.alreadyHelp);
      break;
    case 'nothing':
      parts.push(staff.nothing);
      break;
    case null:
      break;
  }
  if (facts.triedText.trim() !== '') parts.push(facts.triedText.trim());
  return mask(parts.join(' ').slice(0, 2000));
}

export function buildStoryDraft(
  facts: IntakeFacts,
  phrases: StoryPhrases = wijkteamPhrases,
): HandoverStoryDraft {
  const summary = storySummary(facts, phrases);
  const tried = triedAlreadyText(facts, phrases);
  return {
    summary: summary.text,
    triedAlready: tried.text,
    masked: summary.masked || tried.masked,
  };
}
