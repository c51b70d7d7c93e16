import type { Activity } from 'botbuilder';
import type { ChoiceOption } from '../../src/conversation/choiceMatching.js';

/**
 * The options of a question, in a file of their own so that the question and the helpers that
 * rewrite its stored texts (relocalise.ts) both read them without importing each other.
 */
/** A recognised value, or an asker's input, as plain JSON: both pass through the stored dialog stack. */
export type AnswerValue =
  | string
  | number
  | boolean
  | null
  | readonly AnswerValue[]
  | { readonly [key: string]: AnswerValue };

/** Everything here is stored in the dialog state, so it is plain JSON (texts already localised). */
export interface QuestionOptions {
  readonly prompt: string;
  readonly choices?: readonly ChoiceOption[];
  /** Show the choices as a numbered list in the text too (long lists, screen readers). */
  readonly numbered?: boolean;
  /** Accept a bare number as a choice (off when a number means something else, like an age). */
  readonly numbers?: boolean;
  /** "overslaan" and the like end the question with `skip`. */
  readonly allowSkip?: boolean;
  /** Any other text ends the question with `text`. */
  readonly allowText?: boolean;
  /** Said before the question is asked again. */
  readonly retry: string;
  /** How many answers to try before giving up with `unrecognised`. Default 3. */
  readonly maxAttempts?: number;
  /** Messages (or cards) sent once, right before the first time the question is asked. */
  readonly before?: readonly (string | Partial<Activity>)[];
  /** Passed to a recogniser: the language of the texts it may answer with. */
  readonly language?: 'nl' | 'en';
  /**
   * The input the prompt's own asker needs to ask this question again, in another language, the
   * way it was first asked (an intake question's purpose). Only for prompts that have an asker.
   */
  readonly reaskWith?: AnswerValue;
}
