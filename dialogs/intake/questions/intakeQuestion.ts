import type { z } from 'zod';
import type { IntakeFacts, QuestionId } from '../../../src/conversation/intakeFacts.js';
import type { Language } from '../../../src/understanding/language.js';
import type { MessageFacts } from '../../../src/conversation/messageFacts.js';
import type { KnowledgePort } from '../../ports.js';
import type {
  AnswerValue,
  QuestionOptions,
  QuestionResult,
  Recognised,
} from '../../prompts/question.js';

/**
 * One question of the intake (ADR 0014). Each question is its own module with a typed value and
 * four parts: how to tell it is already known, how to ask it, how to recognise an answer in a
 * resident's words, and how to apply an answer to the facts. The intake's loop
 * (./questionLoop.ts) asks only what is still unknown, in the order of `questionIds`; "Aanpassen"
 * at the summary asks any of them again. No question reads or writes another question's answer,
 * except to phrase itself ("Hoe oud is uw kind?" reads who the question is for).
 */

export interface QuestionContext {
  readonly language: Language;
  readonly knowledge: KnowledgePort;
  readonly facts: IntakeFacts;
  /** Asked for the search (default) or for the handover, which may need other words. */
  readonly purpose?: 'search' | 'handover';
}

/**
 * An answer: a typed value; a skip the resident chose; or `gaveUp` after answers the bot could
 * not use (said so, never silently).
 */
export type Answer<V> =
  | { readonly kind: 'value'; readonly value: V }
  | { readonly kind: 'skip' }
  | { readonly kind: 'gaveUp' };

/**
 * A reason to ask again, said first. `mentions`: other questions the reply speaks to ("ik woon in
 * de Roombeek" at "Voor wie?" is no person, but it is where the resident lives). Those questions
 * read the reply themselves, with their own recogniser, and only while they are still unknown
 * (./replyMentions.ts): no question writes another's answer.
 */
export interface Retry {
  readonly kind: 'retry';
  readonly message: string;
  readonly mentions?: readonly QuestionId[];
}

/** What a reply says: an answer, a reason to ask again, or nothing for this question. */
export type Recognition<V> = Answer<V> | Retry | undefined;

/** A typed reply as the prompt takes it, a retry with the questions it mentions. */
export type ReplyRecognition = Exclude<Recognised, { readonly kind: 'retry' }> | Retry;

/**
 * Where the words come from. `mention`: any message, such as the first one ("ik woon in de
 * Roombeek"): only clear statements count. `answer`: the reply to this very question.
 */
export type RecogniseMode = 'mention' | 'answer';

export interface IntakeQuestion<V extends AnswerValue> {
  readonly id: QuestionId;
  /** Checks a value that comes back through the stored dialog stack. */
  readonly value: z.ZodType<V>;
  /** 1. Known already: answered, said in an earlier message, or skipped. Then it is not asked. */
  isKnown(facts: IntakeFacts): boolean;
  /** Part of 1: an answer that follows from what was said before, applied without asking. */
  derive?(facts: IntakeFacts): Answer<V> | undefined;
  /** 2. How to ask it: the prompt and its buttons, in the resident's language. */
  ask(context: QuestionContext): QuestionOptions;
  /**
   * 3. Recognises an answer in what the resident wrote, from the facts read once per message
   * (src/conversation/messageFacts.ts), and a tapped button (`choice`).
   */
  recognise(message: MessageFacts, mode: RecogniseMode, context: QuestionContext): Recognition<V>;
  fromChoice(choice: string, context: QuestionContext): Recognition<V>;
  /** 4. Applies an answer to the facts, and settles the question when it is answered. */
  apply(facts: IntakeFacts, answer: Answer<V>): IntakeFacts;
  /** What the bot says after the answer ("Dat is de wijk Boswinkel."), or nothing. */
  confirm(answer: Answer<V>, context: QuestionContext, mode: RecogniseMode): string | undefined;
  /** The button at "Aanpassen" that asks this question again. */
  changeLabel(language: Language): string;
  /** Prepares the facts for asking again at "Aanpassen" (the topic shows the whole list). */
  reopen?(facts: IntakeFacts): IntakeFacts;
}

/** An answer applied: the new facts and what the bot says about it. */
export interface Applied {
  readonly facts: IntakeFacts;
  readonly confirm?: string;
}

/**
 * A question with its value type closed over, so the loop can hold a list of different questions
 * and still hand each one only its own, checked values.
 */
export interface BoundQuestion {
  readonly id: QuestionId;
  isKnown(facts: IntakeFacts): boolean;
  ask(context: QuestionContext): QuestionOptions;
  changeLabel(language: Language): string;
  reopen(facts: IntakeFacts): IntakeFacts;
  /** For the prompt: a typed reply as a plain-JSON value, a skip, or an explanation to ask again. */
  recogniseReply(message: MessageFacts, context: QuestionContext): ReplyRecognition;
  /** An answer that follows from what was said before, applied; undefined when there is none. */
  fromEarlier(context: QuestionContext): Applied | undefined;
  /** What a message said about this question along the way, applied; undefined when nothing. */
  fromMention(message: MessageFacts, context: QuestionContext): Applied | undefined;
  /** The prompt's result applied to the facts. */
  fromResult(result: QuestionResult, context: QuestionContext): Applied;
}

function applied<V extends AnswerValue>(
  question: IntakeQuestion<V>,
  answer: Answer<V>,
  context: QuestionContext,
  mode: RecogniseMode,
): Applied {
  const confirm = question.confirm(answer, context, mode);
  return {
    facts: question.apply(context.facts, answer),
    ...(confirm === undefined ? {} : { confirm }),
  };
}

export function bindQuestion<V extends AnswerValue>(question: IntakeQuestion<V>): BoundQuestion {
  return {
    id: question.id,
    isKnown: (facts) => question.isKnown(facts),
    ask: (context) => question.ask(context),
    changeLabel: (language) => question.changeLabel(language),
    reopen: (facts) => question.reopen?.(facts) ?? facts,
    recogniseReply(message, context) {
      const found = question.recognise(message, 'answer', context);
      if (found === undefined) return undefined;
      if (found.kind === 'value') return { kind: 'value', value: found.value };
      if (found.kind === 'retry') return found;
      return { kind: 'skip' };
    },
    fromEarlier(context) {
      const answer = question.derive?.(context.facts);
      return answer === undefined ? undefined : applied(question, answer, context, 'mention');
    },
    fromMention(message, context) {
      const found = question.recognise(message, 'mention', context);
      return found?.kind === 'value' ? applied(question, found, context, 'mention') : undefined;
    },
    fromResult(result, context) {
      let answer: Answer<V> = { kind: 'gaveUp' };
      if (result.kind === 'choice') {
        const found = question.fromChoice(result.value, context);
        if (found !== undefined && found.kind !== 'retry') answer = found;
      } else if (result.kind === 'value') {
        // The value came back through the stored dialog stack: check it before it counts.
        const parsed = question.value.safeParse(result.value);
        if (parsed.success) answer = { kind: 'value', value: parsed.data };
      } else if (result.kind === 'skip') {
        answer = { kind: 'skip' };
      }
      return applied(question, answer, context, 'answer');
    },
  };
}
