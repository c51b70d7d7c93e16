import type { TurnContext } from 'botbuilder';
import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import {
  questionIds,
  unsettle,
  type IntakeFacts,
  type QuestionId,
} from '../../src/conversation/intakeFacts.js';
import type { DialogDeps } from '../dialogDeps.js';
import { dialogIds } from '../dialogIds.js';
import { asQuestionResult, type QuestionOptions } from '../prompts/question.js';
import type { Applied, BoundQuestion, QuestionContext } from './questions/intakeQuestion.js';
import { intakeQuestion, questionDialogId } from './questions/index.js';

export interface QuestionLoopOptions {
  /** Only these questions, in this order (the handover asks only where and for whom). */
  readonly only?: readonly QuestionId[];
  /** "Aanpassen": ask this one question again, even though it is answered. */
  readonly change?: QuestionId;
  /** Asked for the handover: the questions may phrase themselves for it. */
  readonly purpose?: 'search' | 'handover';
}

interface LoopValues {
  current?: QuestionId;
}

/**
 * The generic loop of the intake (ADR 0014): asks the first question that is still unknown, applies
 * the answer, and starts over until every question is known, answered or skipped. The loop knows
 * no question's logic: each question module says whether it is known, how to ask it and how to
 * apply its answer (./questions/).
 */
export class QuestionLoopDialog extends WaterfallDialog<QuestionLoopOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(dialogIds.questionLoop);
    this.addStep(this.askNext.bind(this));
    this.addStep(this.applyAnswer.bind(this));
  }

  private async context(turn: TurnContext, options: QuestionLoopOptions): Promise<QuestionContext> {
    const data = await this.deps.state.conversation(turn);
    return {
      language: data.language,
      knowledge: this.deps.services.knowledge,
      facts: data.facts,
      purpose: options.purpose ?? 'search',
    };
  }

  /** Stores what an answer changed and says what the question says about it. */
  private async use(turn: TurnContext, applied: Applied): Promise<IntakeFacts> {
    const facts = await this.deps.state.updateFacts(turn, () => applied.facts);
    if (applied.confirm !== undefined) await turn.sendActivity(applied.confirm);
    return facts;
  }

  private async askNext(step: WaterfallStepContext<QuestionLoopOptions>) {
    const values = step.values as LoopValues;
    const change = step.options.change;
    if (change !== undefined) {
      const question = intakeQuestion(change);
      await this.deps.state.updateFacts(step.context, (facts) =>
        question.reopen(unsettle(facts, change)),
      );
      values.current = change;
      return step.beginDialog(
        questionDialogId(change),
        asked(question, await this.context(step.context, step.options)),
      );
    }
    for (const id of step.options.only ?? questionIds) {
      const question = intakeQuestion(id);
      let context = await this.context(step.context, step.options);
      if (question.isKnown(context.facts)) continue;
      const earlier = question.fromEarlier(context);
      if (earlier !== undefined) {
        await this.use(step.context, earlier);
        context = await this.context(step.context, step.options);
        if (question.isKnown(context.facts)) continue;
      }
      values.current = id;
      return step.beginDialog(questionDialogId(id), asked(question, context));
    }
    return step.endDialog();
  }

  private async applyAnswer(step: WaterfallStepContext<QuestionLoopOptions>) {
    const id = (step.values as LoopValues).current;
    if (id === undefined) return step.endDialog();
    const question = intakeQuestion(id);
    const applied = question.fromResult(
      asQuestionResult(step.result),
      await this.context(step.context, step.options),
    );
    await this.use(step.context, applied);
    if (step.options.change !== undefined && question.isKnown(applied.facts))
      return step.endDialog();
    // A changed question that is not known yet ("Iets anders" → the list) is asked once more.
    const { change, ...rest } = step.options;
    const next: QuestionLoopOptions = change !== undefined ? { ...rest, only: [change] } : rest;
    return step.replaceDialog(dialogIds.questionLoop, next);
  }
}

/** The question's options, with what its prompt needs to ask it again after a language switch. */
function asked(question: BoundQuestion, context: QuestionContext): QuestionOptions {
  return { ...question.ask(context), reaskWith: context.purpose ?? 'search' };
}
