import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { HandoverReason } from '../src/conversation/wijkwijzerRule.js';
import { dialogIds, isFlowNext, type FlowNext } from './dialogIds.js';
import type { HandoverOptions } from './handover/handoverDialog.js';
import type { IntakeOptions } from './intake/intakeDialog.js';
import type { OpeningOptions } from './opening/openingDialog.js';

export interface FlowOptions {
  /** welcome: a new conversation; question: straight to the question; handover: to the wijkteam. */
  readonly start: 'welcome' | 'question' | 'handover';
  /** The resident's message that starts this flow, when it is their question (masked). */
  readonly firstText?: string;
  /** Masking took an identifier out of the first message: the intake says so. */
  readonly firstTextMasked?: boolean;
  readonly reason?: HandoverReason;
}

/**
 * The order of one conversation: opening → intake → (handover). Each part ends with a FlowNext
 * that says whether the handover comes next, so the handover is always one dialog, started here.
 */
export class FlowDialog extends WaterfallDialog<FlowOptions> {
  constructor() {
    super(dialogIds.flow);
    this.addStep(this.opening.bind(this));
    this.addStep(this.main.bind(this));
    this.addStep(this.handover.bind(this));
    this.addStep(this.done.bind(this));
  }

  private async opening(step: WaterfallStepContext<FlowOptions>) {
    if (step.options.start !== 'welcome') return step.next();
    const options: OpeningOptions =
      step.options.firstText === undefined ? {} : { questionWaiting: true };
    return step.beginDialog(dialogIds.opening, options);
  }

  private async main(step: WaterfallStepContext<FlowOptions>) {
    if (isFlowNext(step.result) && step.result.next === 'handover') return step.next(step.result);
    if (step.options.start === 'handover') {
      return step.next({
        next: 'handover',
        reason: step.options.reason ?? 'asked_for_person',
      } satisfies FlowNext);
    }
    const typed = isFlowNext(step.result) && step.result.next === 'done' ? step.result : undefined;
    const firstText = step.options.firstText ?? typed?.firstText;
    const firstTextMasked = step.options.firstTextMasked ?? typed?.firstTextMasked;
    const options: IntakeOptions = {
      ...(firstText === undefined ? {} : { firstText }),
      ...(firstTextMasked === true ? { firstTextMasked } : {}),
    };
    return step.beginDialog(dialogIds.intake, options);
  }

  private async handover(step: WaterfallStepContext<FlowOptions>) {
    if (!isFlowNext(step.result) || step.result.next !== 'handover') return step.endDialog();
    const options: HandoverOptions = {
      reason: step.result.reason,
      ...(step.result.resumed === true ? { resumed: true } : {}),
    };
    return step.beginDialog(dialogIds.handover, options);
  }

  private async done(step: WaterfallStepContext<FlowOptions>) {
    return step.endDialog();
  }
}
