import { en } from '../i18n/en/index.js';
import { nl } from '../i18n/nl/index.js';
import type { Language } from '../conversation/language.js';
import type { CrisisKind } from './crisisKind.js';
import type { CrisisAction, CrisisResponse } from './crisisResponse.js';
import { crisisResponse } from './crisisResponse.js';

/**
 * The check as something to say: the calm opening, one question, the lines (visible, one tap
 * away) and the two answers. SDK-free; dialogs/safety/safetyCheck.ts turns it into messages.
 */
export interface CheckResponse {
  readonly language: Language;
  readonly kinds: readonly CrisisKind[];
  readonly question: string;
  /** Opening and question, then the note above the lines. */
  readonly paragraphs: readonly string[];
  readonly actions: readonly CrisisAction[];
  /** How to go back to the intake. */
  readonly wayBack: string;
  readonly answers: { readonly yes: string; readonly no: string };
}

const textsFor = (language: Language) => (language === 'en' ? en.safety : nl.safety);

export function checkResponse(kinds: readonly CrisisKind[], language: Language): CheckResponse {
  const texts = textsFor(language).check;
  // Ask about the most urgent kind: danger first, then suicide, then abuse.
  const [first = 'danger'] = kinds;
  const question = texts.question[first];
  // The same links as a crisis reply for these kinds, so the lines are the same everywhere.
  const lines = crisisResponse(
    { isCrisis: true, kinds: [first, ...kinds.slice(1)], ruleIds: [] },
    language,
  );
  return {
    language,
    kinds: [...kinds],
    question,
    paragraphs: [texts.opening, question, texts.linesNote],
    actions: lines.actions,
    wayBack: texts.wayBack,
    answers: { yes: texts.yes, no: texts.no },
  };
}

/** The crisis reply for an assessment's kinds (a crisis, or a check answered "ja"). */
export function crisisReplyFor(kinds: readonly CrisisKind[], language: Language): CrisisResponse {
  const [first = 'danger', ...rest] = kinds;
  return crisisResponse({ isCrisis: true, kinds: [first, ...rest], ruleIds: [] }, language);
}

/** Sentence after a check answered "nee, het gaat wel". */
export function backToQuestion(language: Language): string {
  return textsFor(language).check.backToQuestion;
}
