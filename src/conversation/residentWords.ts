import { maskIdentifiers, maskedCount } from '../privacy/maskIdentifiers.js';
import type { IntakeFacts } from './intakeFacts.js';

/**
 * The one way a resident's own words enter the conversation state (ADR 0015, item 2): BSNs, IBANs,
 * phone numbers and e-mail addresses are masked before anything is stored, so the state file never
 * holds them, not even for the days a conversation is kept. Contact details have their own place
 * (the handover's contact), which is cleared as soon as the handover no longer needs it.
 */

export interface ResidentWords {
  readonly text: string;
  /** True when masking took something out. */
  readonly masked: boolean;
}

export function residentWords(text: string, maxChars: number): ResidentWords {
  const result = maskIdentifiers(text.trim());
  return { text: result.text.slice(0, maxChars), masked: maskedCount(result.found) > 0 };
}

/** A question in the resident's words, added to the facts (at most the last ten are kept). */
export function withQuestion(facts: IntakeFacts, text: string): IntakeFacts {
  const words = residentWords(text, 4000);
  return {
    ...facts,
    questions: [...facts.questions, words.text].slice(-10),
    masked: facts.masked || words.masked,
  };
}

/** The resident's own correction of the story at the summary. */
export function withSummaryOverride(facts: IntakeFacts, text: string): IntakeFacts {
  const words = residentWords(text, 4000);
  return { ...facts, summaryOverride: words.text, masked: facts.masked || words.masked };
}

/** What the resident typed about what they already tried. */
export function withTriedText(facts: IntakeFacts, text: string): IntakeFacts {
  const words = residentWords(text, 2000);
  return { ...facts, triedText: words.text, masked: facts.masked || words.masked };
}
