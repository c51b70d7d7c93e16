import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { emptyIntakeFacts, questionIds } from '../../src/conversation/intakeFacts.js';
import {
  updateVisit,
  visitForFollowUp,
  type FollowUpOutcome,
  type ResidentMemory,
  followUpOutcomes,
} from '../../src/conversation/residentMemory.js';
import { residentWords } from '../../src/conversation/residentWords.js';
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

/**
 * Sent to the widget when the person at a returning browser says it was not them: the widget
 * drops its resident key and opens a new conversation (web/widget/wijkwijzer.js).
 */
export const NEW_RESIDENT_EVENT = 'wijkwijzer/newResident';

/** The greeting's result when the returning check was not needed. */
const CONFIRMED = 'confirmed';

function isEmpty(memory: ResidentMemory): boolean {
  return memory.visits.length === 0 && memory.pendingHandover === null;
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
    for (const step of [
      this.greet,
      this.checkIdentity,
      this.showReturning,
      this.resume,
      this.followUp,
      this.recordFollowUp,
    ]) {
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
    const returning = (await this.casesOf(step.context, now)).length > 0 || !isEmpty(memory);
    if (!data.greeted) {
      if (returning) await step.context.sendActivity(texts.welcomeBack);
      else {
        await step.context.sendActivity(texts.welcome.hello);
        await step.context.sendActivity(texts.welcome.whatICanDo);
        await step.context.sendActivity(texts.welcome.whatIKeep);
        await step.context.sendActivity(texts.welcome.otherLanguage);
      }
      await state.updateConversation(step.context, (current) => ({ ...current, greeted: true }));
    }
    if (!returning || data.earlier === 'mine') return step.next(CONFIRMED);
    // A browser that was here before may be a shared one (a library, a buurthuis): nothing of the
    // earlier conversation is shown until the person says it was them (docs/privacy.md).
    await state.updateConversation(step.context, (current) => ({
      ...current,
      earlier: 'unconfirmed',
    }));
    if (step.options.questionWaiting === true)
      return step.endDialog({ next: 'done' } satisfies FlowNext);
    const check = texts.returningCheck;
    return step.beginDialog(dialogIds.question, {
      prompt: check.question,
      choices: [
        choice('it_was_me', check.itWasMe, ['ja', 'dat was ik', 'yes', 'that was me']),
        choice('start_fresh', check.startFresh, [
          'nee',
          'nieuw',
          'opnieuw',
          'niet ik',
          'no',
          'new',
          'start fresh',
          'not me',
        ]),
      ],
      // Someone who types their question instead is not made to answer first.
      allowText: true,
      retry: texts.choices.retry,
      maxAttempts: 2,
      language: data.language,
    });
  }

  /** The answer to "Was u hier eerder met een vraag?", or CONFIRMED when nothing was asked. */
  private async checkIdentity(step: WaterfallStepContext<OpeningOptions>) {
    const { state } = this.deps;
    if (step.result === CONFIRMED) return step.next();
    const result = asQuestionResult(step.result);
    if (result.kind === 'choice' && result.value === 'it_was_me') {
      await state.updateConversation(step.context, (current) => ({ ...current, earlier: 'mine' }));
      return step.next();
    }
    if (result.kind === 'choice' && result.value === 'start_fresh') {
      // Only this device lets go: the other resident's memory and cases stay theirs (deleting
      // them would let anyone at the same computer erase someone else's data), and they expire
      // by their own periods. This conversation neither reads nor adds to them.
      await state.updateConversation(step.context, (current) => ({
        ...current,
        earlier: 'not_mine',
      }));
      const texts = textsFor(await state.language(step.context)).intake.returningCheck;
      await step.context.sendActivity(texts.startedFresh);
      // The widget drops the key on this device and opens a new conversation with a new one.
      await step.context.sendActivity({ type: 'event', name: NEW_RESIDENT_EVENT });
    }
    // Not answered either way: show nothing of before, and keep the key (it may be theirs). A
    // question typed instead of an answer is the question, masked like a first message.
    if (result.kind === 'text') {
      const words = residentWords(result.text, 4000);
      return step.endDialog({
        next: 'done',
        firstText: words.text,
        ...(words.masked ? { firstTextMasked: true } : {}),
      } satisfies FlowNext);
    }
    return step.endDialog({ next: 'done' } satisfies FlowNext);
  }

  /** For whoever confirmed it was them (or a browser with nothing earlier): where we were. */
  private async showReturning(step: WaterfallStepContext<OpeningOptions>) {
    const { state, services } = this.deps;
    const now = services.clock.now();
    const memory = await state.memory(step.context, now, services.settings.residentMemoryDays);
    const language = await state.language(step.context);
    const texts = textsFor(language).intake;
    const routing = services.routing();
    for (const current of await this.casesOf(step.context, now)) {
      await step.context.sendActivity(caseStatusLine(current, routing, language));
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
      language,
    });
  }

  /** The resident's cases to show the status of; none when the case store does not answer. */
  private async casesOf(
    context: WaterfallStepContext['context'],
    now: Date,
  ): Promise<ReturnType<typeof casesToShow>> {
    const { state, services } = this.deps;
    if (!(await state.actsForResident(context))) return [];
    try {
      return casesToShow(
        await services.cases.list({ residentKey: residentKeyOf(context) }),
        now,
        services.settings.residentMemoryDays,
      );
    } catch (error) {
      moduleLogger(services.logger, 'conversation').warn({ err: error }, 'case status unavailable');
      return [];
    }
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
