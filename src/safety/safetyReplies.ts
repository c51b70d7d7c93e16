import { en } from '../i18n/en/index.js';
import { nl } from '../i18n/nl/index.js';
import type { Language } from '../understanding/language.js';
import type { CrisisKind } from './crisisKind.js';
import { orderByUrgency } from './crisisKind.js';
import { checkLinesFor, type CheckStrength } from './assessSafety.js';
import type { CrisisAction, CrisisResponse } from './crisisResponse.js';
import { crisisResponse, lineActions } from './crisisResponse.js';

/** One line in a check: why it is there, and its links. */
export interface CheckLine {
  readonly kind: CrisisKind;
  readonly reason: string;
  readonly actions: readonly CrisisAction[];
}

/**
 * The check as something to say: the calm opening, one question that covers the kinds asked
 * about, every line each with its reason (those asked about first), and the two answers. SDK-free;
 * dialogs/safety/safetyCheck.ts turns it into messages.
 */
export interface CheckResponse {
  readonly language: Language;
  readonly kinds: readonly CrisisKind[];
  readonly question: string;
  /** Opening and question, then the note above the lines. */
  readonly paragraphs: readonly string[];
  /**
   * Every line, those asked about first (112 first when danger is asked about), in the order the
   * assessment gave them (its kind reading), or most urgent first when none was given.
   */
  readonly lines: readonly CheckLine[];
  /** Firm: the intake waits for an answer. Soft: the intake goes on in the same turn. */
  readonly strength: CheckStrength;
  /** Firm: how to go back to the intake. Soft: how to say yes, now or later, and that we go on. */
  readonly wayBack: string;
  /** The answer buttons: yes and no for a firm check, only yes ("ik heb nu hulp nodig") for a soft one. */
  readonly answers: readonly string[];
}

const textsFor = (language: Language) => (language === 'en' ? en.safety : nl.safety);

type QuestionKey = keyof typeof nl.safety.check.question;

const questionKeys: readonly QuestionKey[] = [
  'danger',
  'suicide',
  'abuse',
  'danger+suicide',
  'danger+abuse',
  'suicide+abuse',
  'danger+suicide+abuse',
];

function questionKey(kinds: readonly CrisisKind[]): QuestionKey {
  const key = orderByUrgency(kinds).join('+');
  return questionKeys.find((candidate) => candidate === key) ?? 'danger';
}

export function checkResponse(
  kinds: readonly CrisisKind[],
  language: Language,
  strength: CheckStrength = 'firm',
  lineOrder?: readonly CrisisKind[],
): CheckResponse {
  const texts = textsFor(language).check;
  const asked = orderByUrgency(kinds.length === 0 ? ['danger'] : kinds);
  const question = texts.question[questionKey(asked)];
  // The same links as a crisis reply, so the lines are the same everywhere; every line, those asked
  // about first (checkLinesFor), in the assessment's order when the caller passes it.
  const lineKinds = lineOrder ?? checkLinesFor(asked).map((line) => line.kind);
  return {
    language,
    kinds: asked,
    question,
    paragraphs: [texts.opening, question, texts.linesNote],
    lines: lineKinds.map((kind) => ({
      kind,
      reason: texts.reason[kind],
      actions: lineActions(kind, language),
    })),
    strength,
    wayBack: strength === 'soft' ? texts.soft.wayOn : texts.wayBack,
    answers: strength === 'soft' ? [texts.soft.yes] : [texts.yes, texts.no],
  };
}

/**
 * The crisis reply for some kinds, in the order given: an assessment's (most urgent first), or a
 * check's answered "ja" in the order its lines showed them (src/safety/concernState.ts).
 */
export function crisisReplyFor(kinds: readonly CrisisKind[], language: Language): CrisisResponse {
  const [first = 'danger', ...rest] = kinds;
  return crisisResponse({ isCrisis: true, kinds: [first, ...rest], ruleIds: [] }, language);
}

/** Sentence after a check answered "nee, het gaat wel". */
export function backToQuestion(language: Language): string {
  return textsFor(language).check.backToQuestion;
}

/** Sentence after "nee" typed right after a soft check; the intake then asks its question again. */
export function softCheckDeclined(language: Language): string {
  return textsFor(language).check.soft.noThanks;
}
