import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { emptyIntakeFacts, questionIds } from '../../src/conversation/intakeFacts.js';
import {
  updateVisit,
  visitForFollowUp,
  type FollowUpOutcome,
  followUpOutcomes,
} from '../../src/conversation/residentMemory.js';
import { moduleLogger } from '../../src/shared/logger.js';
import { casesToShow, caseStatusLine } from '../caseStatus.js';
import { countInsight, type DialogDeps } from '../dialogDeps.js';
import { dialogIds, type FlowNext } from '../dialogIds.js';
import { choice } from '../prompts/choices.js';
import { followUpQuestion } from './followUpQuestion.js';
import { asQuestionResult } from '../prompts/question.js';
import { textsFor } from '../texts.js';
import { residentKeyOf } from '../wijkwijzerState.js';

export interface OpeningOptions {
  /** The resident opened with their question: greet, but ask nothing before it. */
  readonly questionWaiting?: boolean;
}

interface OpeningValues {
  followUpVisit?: string;
}

/**
 * The start of a conversation: the welcome (the bot says it is a computer program, what it can do
 * and what it keeps), the status of the resident's open questions at the wijkteam, the offer to
 * continue an unsent handover, and "Is het gelukt?" about last time (docs/adr/0010-conversation-design.md,
 * "The flow"). Ends with a FlowNext: on to the handover when the resident continues one.
 */
export class OpeningDialog extends WaterfallDialog<OpeningOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(dialogIds.opening);
    for (const step of [this.greet, this.resume, this.followUp, this.recordFollowUp]) {
      this.addStep(step.bind(this));
    }
  }

  private async greet(step: WaterfallStepContext<OpeningOptions>) {
    const { state, services } = this.deps;
    const now = services.clock.now();
    const memory = await state.memory(step.context, now, services.settings.residentMemoryDays);
    let data = await state.conversation(step.context);
    const remembered = memory.language;
    if (!data.greeted && remembered !== undefined && data.language !== remembered) {
      // A new conversation of a resident who chose a language before starts in it; one who never
      // did starts in the conversation's (the browser's, from the widget's join event, or Dutch).
      data = await state.updateConversation(step.context, (current) => ({
        ...current,
        language: remembered,
      }));
    }
    const texts = textsFor(data.language).intake;
    let cases: ReturnType<typeof casesToShow> = [];
    try {
      cases = casesToShow(
        await services.cases.list({ residentKey: residentKeyOf(step.context) }),
        now,
        services.settings.residentMemoryDays,
      );
    } catch (error) {
      moduleLogger(services.logger, 'conversation').warn({ err: error }, 'case status unavailable');
    }
    if (!data.greeted) {
      const returning =
        memory.visits.length > 0 || cases.length > 0 || memory.pendingHandover !== null;
      if (returning) await step.context.sendActivity(texts.welcomeBack);
      else {
        await step.context.sendActivity(texts.welcome.hello);
        await step.context.sendActivity(texts.welcome.whatICanDo);
        await step.context.sendActivity(texts.welcome.whatIKeep);
        await step.context.sendActivity(texts.welcome.otherLanguage);
      }
      await state.updateConversation(step.context, (current) => ({ ...current, greeted: true }));
    }
    const routing = services.routing();
    for (const current of cases) {
      await step.context.sendActivity(caseStatusLine(current, routing, data.language));
    }
    if (step.options.questionWaiting === true || memory.pendingHandover === null)
      return step.next();
    return step.beginDialog(dialogIds.question, {
      prompt: texts.resume.question,
      choices: [
        choice('continue', texts.resume.continue, ['ja', 'verder', 'doorgaan', 'yes', 'continue']),
        choice('start_over', texts.resume.startOver, ['nee', 'opnieuw', 'no', 'start again']),
      ],
      retry: texts.choices.retry,
      maxAttempts: 2,
      language: data.language,
    });
  }

  private async resume(step: WaterfallStepContext<OpeningOptions>) {
    const { state, services } = this.deps;
    const now = services.clock.now();
    const memory = await state.memory(step.context, now, services.settings.residentMemoryDays);
    const pending = memory.pendingHandover;
    if (step.result === undefined || pending === null) return step.next();
    const result = asQuestionResult(step.result);
    if (result.kind === 'choice' && result.value === 'continue') {
      await state.updateFacts(step.context, () => ({
        ...emptyIntakeFacts(),
        questions: pending.summary === '' ? [] : [pending.summary],
        levensgebieden: pending.levensgebieden,
        forWhom: pending.forWhom,
        caresFor: pending.caresFor,
        ageBand: pending.ageBand,
        wijk: pending.wijk,
        stadsdeel: pending.stadsdeel,
        triedText: pending.triedAlready,
        // Everything was asked before; continuing does not ask it again.
        settled: [...questionIds],
        shown: pending.voorzieningenShown,
      }));
      return step.endDialog({
        next: 'handover',
        reason: pending.reason,
        resumed: true,
      } satisfies FlowNext);
    }
    await state.updateMemory(
      step.context,
      now,
      services.settings.residentMemoryDays,
      (current) => ({
        ...current,
        pendingHandover: null,
      }),
    );
    return step.next();
  }

  private async followUp(step: WaterfallStepContext<OpeningOptions>) {
    if (step.options.questionWaiting === true)
      return step.endDialog({ next: 'done' } satisfies FlowNext);
    const { state, services } = this.deps;
    const now = services.clock.now();
    const days = services.settings.residentMemoryDays;
    const visit = visitForFollowUp(await state.memory(step.context, now, days), now);
    if (visit === undefined) return step.endDialog({ next: 'done' } satisfies FlowNext);
    // Asked once: a resident who ignores the question is not asked again next time.
    await state.updateMemory(step.context, now, days, (memory) =>
      updateVisit(memory, visit.id, (current) => ({
        ...current,
        followUpAskedAt: now.toISOString(),
      })),
    );
    (step.values as OpeningValues).followUpVisit = visit.id;
    const language = await state.language(step.context);
    return step.beginDialog(
      dialogIds.followUpQuestion,
      followUpQuestion(services.knowledge, visit.levensgebieden, language),
    );
  }

  private async recordFollowUp(step: WaterfallStepContext<OpeningOptions>) {
    const { state, services } = this.deps;
    const result = asQuestionResult(step.result);
    const outcome = followUpOutcomes.find(
      (candidate): candidate is FollowUpOutcome =>
        result.kind === 'choice' && result.value === candidate,
    );
    const id = (step.values as OpeningValues).followUpVisit;
    if (outcome === undefined || id === undefined)
      return step.endDialog({ next: 'done' } satisfies FlowNext);
    await countInsight(this.deps, { kind: 'follow_up', outcome });
    const now = services.clock.now();
    await state.updateMemory(step.context, now, services.settings.residentMemoryDays, (memory) =>
      updateVisit(memory, id, (visit) => ({ ...visit, followUp: outcome })),
    );
    const texts = textsFor(await state.language(step.context)).intake.followUp;
    await step.context.sendActivity(outcome === 'got_help' ? texts.thanksGood : texts.thanksBad);
    return step.endDialog({ next: 'done' } satisfies FlowNext);
  }
}
