import {
  ActionTypes,
  ActivityTypes,
  CardFactory,
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
import { buildChoiceCard } from '../../src/cards/choiceCard.js';
import {
  isPhraseOfChoice,
  matchChoiceWithStrength,
  type ChoiceMatch,
  type ChoiceOption,
} from '../../src/conversation/choiceMatching.js';
import type { Language } from '../../src/understanding/language.js';
import { foldReply } from '../../src/conversation/matchText.js';
import { isSkip, passesOn } from '../../src/conversation/passReplies.js';
import { textsFor } from '../texts.js';
import type { QuestionOptions } from './questionOptions.js';
import { reasked, relocalise } from './relocalise.js';

/**
 * One question to the resident, answered by a button, a number, a word or free text. Our own
 * prompt instead of botbuilder's ChoicePrompt: it matches words loosely (src/conversation/
 * choiceMatching.ts), explains what it expects, and never loops: after `maxAttempts` answers it
 * cannot use, it ends with `unrecognised` and the dialog decides what to do
 * (microsoft/BotFramework-Composer#8993).
 */

import type { AnswerValue } from './questionOptions.js';

export type { AnswerValue } from './questionOptions.js';

export type QuestionResult =
  | { readonly kind: 'choice'; readonly value: string }
  | { readonly kind: 'value'; readonly value: AnswerValue }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'skip' }
  | { readonly kind: 'unrecognised' };

export type { QuestionOptions } from './questionOptions.js';

/** What a question-specific recogniser says about a reply. */
export type Recognised =
  | { readonly kind: 'value'; readonly value: AnswerValue }
  /** The reply asks to skip the question, in words only this question knows ("heel Enschede"). */
  | { readonly kind: 'skip' }
  /** Not acceptable, with the explanation to give before asking again. */
  | { readonly kind: 'retry'; readonly message: string }
  | undefined;

/** Reads a typed reply; gets the turn so it can use the facts read once per message. */
export type Recogniser = (
  text: string,
  options: QuestionOptions,
  context: TurnContext,
) => Recognised | Promise<Recognised>;

/** `options.language` is the language the stored texts are in (filled in when the question begins). */
interface QuestionState {
  options: QuestionOptions;
  attempts: number;
}

/** The resident's language now: it may change while a question is open. */
export type LanguageOf = (context: TurnContext) => Promise<Language>;

/**
 * Asks the open question again, in another language, the way its module asks it: a prompt built
 * from a template or from the sociale kaart's labels has no fixed place among the texts, so
 * translating its stored words cannot reach it (ADR 0010, "English"). `input` is the stored
 * `reaskWith`.
 */
export type Reasker = (
  context: TurnContext,
  language: Language,
  input: AnswerValue | undefined,
) => Promise<QuestionOptions>;

/**
 * More buttons than this become one compact card with a drop-down list (ADR 0014, defect 1): Web
 * Chat keeps suggested actions below the transcript, and a long list leaves no room for the
 * conversation or the message box on a phone.
 */
export const MAX_BUTTONS = 6;

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

function numberedList(choices: readonly ChoiceOption[]): string {
  return choices.map((choice, index) => `${index + 1}. ${choice.label}`).join('\n');
}

export function questionActivity(options: QuestionOptions): Partial<Activity> {
  const choices = options.choices ?? [];
  if (choices.length > MAX_BUTTONS) {
    // The numbers stay in the list, so "3" typed in the message box still picks the third one.
    const texts = textsFor(options.language ?? 'nl').intake.choices;
    const card = buildChoiceCard({
      label: texts.listLabel,
      placeholder: texts.listPlaceholder,
      choices: choices.map((choice, index) => ({
        value: choice.value,
        title: `${index + 1}. ${choice.label}`,
      })),
      submit: texts.listSubmit,
      missing: texts.listMissing,
    });
    return {
      type: ActivityTypes.Message,
      text: `${options.prompt}\n\n${texts.listHint}`,
      textFormat: 'markdown',
      attachments: [CardFactory.adaptiveCard(card)],
    };
  }
  const list =
    options.numbered === true && choices.length > 0 ? `\n\n${numberedList(choices)}` : '';
  const actions: CardAction[] = choices.map((choice) => ({
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
    private readonly languageOf?: LanguageOf,
    private readonly reask?: Reasker,
  ) {
    super(dialogId);
  }

  /** After a language switch the question and its explanations follow the new language. */
  private async follow(context: TurnContext, state: QuestionState): Promise<void> {
    if (this.languageOf === undefined) return;
    const now = await this.languageOf(context);
    const shownIn = state.options.language;
    if (shownIn === undefined || shownIn === now) return;
    const again =
      this.reask === undefined
        ? relocalise(state.options, shownIn, now)
        : reasked(await this.reask(context, now, state.options.reaskWith), state.options);
    state.options = { ...again, language: now };
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
    // `before` is sent once and not kept: it may hold a card with contact details, and the dialog
    // stack is stored for as long as the conversation.
    const { before, ...kept } = options;
    const language = kept.language ?? (await this.languageOf?.(dc.context));
    const state: QuestionState = {
      options: language === undefined ? kept : { ...kept, language },
      attempts: 0,
    };
    instance.state = state;
    for (const message of before ?? []) await dc.context.sendActivity(message);
    await dc.context.sendActivity(questionActivity(options));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const instance = dc.activeDialog;
    if (dc.context.activity.type !== ActivityTypes.Message || instance === undefined) {
      return Dialog.EndOfTurn;
    }
    const state = instance.state as QuestionState;
    await this.follow(dc.context, state);
    const { options } = state;
    const choices = options.choices ?? [];

    const fromCard = valueChoice(dc.context, choices);
    if (fromCard !== undefined)
      return dc.endDialog({ kind: 'choice', value: fromCard } satisfies QuestionResult);

    const text = replyText(dc.context);
    if (text === undefined) return this.askAgain(dc, state, options.retry);

    const choice = typedChoiceWithStrength(text, options);
    if (choice !== undefined && !choice.weak)
      return dc.endDialog({ kind: 'choice', value: choice.value } satisfies QuestionResult);
    if (options.allowSkip === true && isSkip(text))
      return dc.endDialog({ kind: 'skip' } satisfies QuestionResult);

    // A sentence is read for what it says before a loose word of it may pick a button: "er is van
    // alles mis in ons huis" is about the house, not "geen van allen".
    const recognised = await this.recognise?.(text, options, dc.context);
    if (recognised?.kind === 'value') {
      return dc.endDialog({ kind: 'value', value: recognised.value } satisfies QuestionResult);
    }
    if (recognised?.kind === 'skip') return dc.endDialog({ kind: 'skip' } satisfies QuestionResult);
    if (choice !== undefined && choice.lastResort !== true)
      return dc.endDialog({ kind: 'choice', value: choice.value } satisfies QuestionResult);
    // Only a pronoun of the sentence ("ik" → "Voor mezelf") comes after the question's own reason
    // to ask again: "ik woon in de Roombeek" at "Voor wie?" is a place (ChoiceMatch.lastResort).
    if (recognised?.kind === 'retry') return this.askAgain(dc, state, recognised.message);
    if (choice !== undefined)
      return dc.endDialog({ kind: 'choice', value: choice.value } satisfies QuestionResult);
    if (options.allowText === true)
      return dc.endDialog({ kind: 'text', text: text.trim() } satisfies QuestionResult);
    return this.askAgain(dc, state, options.retry);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as QuestionState;
    await this.follow(context, state);
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

/**
 * True when the text is the label of a button of the question waiting for an answer: a tapped
 * button is the answer to that question, never a command ("Ik wil met iemand praten" under the
 * results is an answer, and the results dialog knows why the resident wants a person).
 */
export function isButtonOfOpenQuestion(dc: DialogContext, text: string): boolean {
  const options = openQuestionOptions(dc);
  if (options === undefined) return false;
  const folded = foldReply(text);
  return (options.choices ?? []).some((choice) => foldReply(choice.label) === folded);
}

/**
 * True when the typed text is a button of the open question or one of the synonyms listed for a
 * button, word for word: an answer with the button's meaning, not a new message ("Staat er niet
 * bij" at the list of levensgebieden). The safety check reads such an answer with its rules only,
 * as it reads a tapped button (docs/adr/0012-safety-net.md, eleventh round).
 */
export function namesChoiceOfOpenQuestion(dc: DialogContext, text: string): boolean {
  const options = openQuestionOptions(dc);
  return options !== undefined && isPhraseOfChoice(text, options.choices ?? []);
}

/**
 * True when a question is waiting and the whole reply passes on it ("maakt niet uit", "zeg ik
 * liever niet", "geen naam": `passesOn`, the vocabulary the name question reads too). It answers that
 * question, also where the question then asks again (the handover's name, which the wijkteam needs):
 * a resident who declines to give a name has not started a new message. The safety check reads such
 * a reply with its rules only, as it reads a button's listed synonym (docs/adr/0012-safety-net.md,
 * session 20).
 */
export function passesOnOpenQuestion(dc: DialogContext, text: string): boolean {
  return openQuestionOptions(dc) !== undefined && passesOn(text);
}

/**
 * True when the typed text picks one of the choices of the question waiting for an answer, the
 * way that question itself would read it ("klopt" and "nee" at "Klopt dat?"). The safety check
 * leaves such a reply to the question (docs/adr/0012-safety-net.md, fourth round).
 */
export function picksChoiceOfOpenQuestion(dc: DialogContext, text: string): boolean {
  const options = openQuestionOptions(dc);
  return options !== undefined && typedChoice(text, options) !== undefined;
}

/** The choice a typed reply picks, read as the question reads it (numbers unless turned off). */
function typedChoice(text: string, options: QuestionOptions): string | undefined {
  return typedChoiceWithStrength(text, options)?.value;
}

function typedChoiceWithStrength(text: string, options: QuestionOptions): ChoiceMatch | undefined {
  return matchChoiceWithStrength(
    text,
    options.choices ?? [],
    options.numbers === false ? { numbers: false } : {},
  );
}

/** The options of the question waiting for an answer, or undefined when none is open. */
export function openQuestionOptions(dc: DialogContext): QuestionOptions | undefined {
  let leaf: DialogContext = dc;
  while (leaf.child !== undefined) leaf = leaf.child;
  const state: unknown = leaf.activeDialog?.state;
  if (state === null || typeof state !== 'object' || !('options' in state)) return undefined;
  return (state as QuestionState).options;
}

/** Narrows a waterfall step's result to a question result (a cancelled child gives undefined). */
export function asQuestionResult(result: unknown): QuestionResult {
  if (result !== null && typeof result === 'object' && 'kind' in result)
    return result as QuestionResult;
  return { kind: 'unrecognised' };
}
