import {
  ActionTypes,
  ActivityTypes,
  type Activity,
  type CardAction,
  type TurnContext,
} from 'botbuilder';
import {
  Dialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { isSkip, matchChoice, type ChoiceOption } from '../../src/conversation/choiceMatching.js';

/**
 * One question to the resident, answered by a button, a number, a word or free text. Our own
 * prompt instead of botbuilder's ChoicePrompt: it matches words loosely (src/conversation/
 * choiceMatching.ts), explains what it expects, and never loops: after `maxAttempts` answers it
 * cannot use, it ends with `unrecognised` and the dialog decides what to do
 * (microsoft/BotFramework-Composer#8993).
 */

export type QuestionResult =
  | { readonly kind: 'choice'; readonly value: string }
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'skip' }
  | { readonly kind: 'unrecognised' };

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
}

/** What a question-specific recogniser says about a reply. */
export type Recognised =
  | { readonly kind: 'value'; readonly value: string }
  /** Not acceptable, with the explanation to give before asking again. */
  | { readonly kind: 'retry'; readonly message: string }
  | undefined;

export type Recogniser = (text: string, options: QuestionOptions) => Recognised;

interface QuestionState {
  readonly options: QuestionOptions;
  attempts: number;
}

const MAX_SUGGESTED_ACTIONS = 20;

function replyText(context: TurnContext): string | undefined {
  const activity = context.activity;
  if (typeof activity.text === 'string' && activity.text.trim() !== '') return activity.text;
  return undefined;
}

/** A card's Action.Submit posts `value`; any of its string fields may name a choice. */
function valueChoice(context: TurnContext, choices: readonly ChoiceOption[]): string | undefined {
  const value: unknown = context.activity.value;
  if (value === null || typeof value !== 'object') return undefined;
  for (const field of Object.values(value as Record<string, unknown>)) {
    if (typeof field !== 'string') continue;
    const choice = choices.find((option) => option.value === field);
    if (choice !== undefined) return choice.value;
  }
  return undefined;
}

export function questionActivity(options: QuestionOptions): Partial<Activity> {
  const choices = options.choices ?? [];
  const list =
    options.numbered === true && choices.length > 0
      ? `\n\n${choices.map((choice, index) => `${index + 1}. ${choice.label}`).join('\n')}`
      : '';
  const actions: CardAction[] = choices.slice(0, MAX_SUGGESTED_ACTIONS).map((choice) => ({
    type: ActionTypes.ImBack,
    title: choice.label,
    value: choice.label,
  }));
  return {
    type: ActivityTypes.Message,
    text: `${options.prompt}${list}`,
    textFormat: 'markdown',
    ...(actions.length === 0 ? {} : { suggestedActions: { actions, to: [] } }),
  };
}

export class Question extends Dialog<QuestionOptions> {
  constructor(
    dialogId: string,
    private readonly recognise?: Recogniser,
  ) {
    super(dialogId);
  }

  override async beginDialog(
    dc: DialogContext,
    options?: QuestionOptions,
  ): Promise<DialogTurnResult> {
    if (options === undefined)
      return dc.endDialog({ kind: 'unrecognised' } satisfies QuestionResult);
    const instance = dc.activeDialog;
    if (instance === undefined)
      return dc.endDialog({ kind: 'unrecognised' } satisfies QuestionResult);
    const state: QuestionState = { options, attempts: 0 };
    instance.state = state;
    for (const message of options.before ?? []) await dc.context.sendActivity(message);
    await dc.context.sendActivity(questionActivity(options));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const instance = dc.activeDialog;
    if (dc.context.activity.type !== ActivityTypes.Message || instance === undefined) {
      return Dialog.EndOfTurn;
    }
    const state = instance.state as QuestionState;
    const { options } = state;
    const choices = options.choices ?? [];

    const fromCard = valueChoice(dc.context, choices);
    if (fromCard !== undefined)
      return dc.endDialog({ kind: 'choice', value: fromCard } satisfies QuestionResult);

    const text = replyText(dc.context);
    if (text === undefined) return this.askAgain(dc, state, options.retry);

    const choice = matchChoice(text, choices, options.numbers === false ? { numbers: false } : {});
    if (choice !== undefined)
      return dc.endDialog({ kind: 'choice', value: choice } satisfies QuestionResult);
    if (options.allowSkip === true && isSkip(text))
      return dc.endDialog({ kind: 'skip' } satisfies QuestionResult);

    const recognised = this.recognise?.(text, options);
    if (recognised?.kind === 'value') {
      return dc.endDialog({ kind: 'value', value: recognised.value } satisfies QuestionResult);
    }
    if (recognised?.kind === 'retry') return this.askAgain(dc, state, recognised.message);
    if (options.allowText === true)
      return dc.endDialog({ kind: 'text', text: text.trim() } satisfies QuestionResult);
    return this.askAgain(dc, state, options.retry);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as QuestionState;
    await context.sendActivity(questionActivity(state.options));
  }

  /** Another dialog ran on top of this one (a command such as "vergeet mij"): ask again. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const instance = dc.activeDialog;
    if (instance !== undefined) await this.repromptDialog(dc.context, instance);
    return Dialog.EndOfTurn;
  }

  private async askAgain(
    dc: DialogContext,
    state: QuestionState,
    message: string,
  ): Promise<DialogTurnResult> {
    state.attempts += 1;
    if (state.attempts >= (state.options.maxAttempts ?? 3)) {
      return dc.endDialog({ kind: 'unrecognised' } satisfies QuestionResult);
    }
    await dc.context.sendActivity(message);
    await dc.context.sendActivity(questionActivity(state.options));
    return Dialog.EndOfTurn;
  }
}

/** Narrows a waterfall step's result to a question result (a cancelled child gives undefined). */
export function asQuestionResult(result: unknown): QuestionResult {
  if (result !== null && typeof result === 'object' && 'kind' in result)
    return result as QuestionResult;
  return { kind: 'unrecognised' };
}
