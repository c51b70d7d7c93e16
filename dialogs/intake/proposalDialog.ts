import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { HandoverReason } from '../../src/conversation/wijkwijzerRule.js';
import { countInsight, type DialogDeps } from '../dialogDeps.js';
import { dialogIds } from '../dialogIds.js';
import { yesNoChoices } from '../prompts/choices.js';
import { asQuestionResult, type QuestionOptions } from '../prompts/question.js';
import { textsFor } from '../texts.js';

export interface ProposalOptions {
  readonly reason: Exclude<HandoverReason, 'asked_for_person'>;
  /** The resident just said the results do not help: say that, not "I found nothing". */
  readonly notHelped?: boolean;
}

export interface ProposalResult {
  readonly accepted: boolean;
}

export function isProposalResult(value: unknown): value is ProposalResult {
  return value !== null && typeof value === 'object' && 'accepted' in value;
}

/**
 * The wijkwijzer rule in the conversation: say why in one plain sentence, then offer the wijkteam.
 * The resident decides; anything but a clear yes is a no, and the search goes on.
 */
export class ProposalDialog extends WaterfallDialog<ProposalOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(dialogIds.proposal);
    this.addStep(this.offer.bind(this));
    this.addStep(this.answer.bind(this));
  }

  private async offer(step: WaterfallStepContext<ProposalOptions>) {
    const { reason } = step.options;
    const texts = textsFor(await this.deps.state.language(step.context)).intake;
    await countInsight(this.deps, { kind: 'handover', step: 'proposed', reason }, step.context);
    const question: QuestionOptions = {
      before: [
        step.options.notHelped === true ? texts.proposal.notHelped : texts.proposal.reason[reason],
      ],
      prompt: texts.proposal.offer,
      choices: yesNoChoices(texts.proposal.yes, texts.proposal.no),
      retry: texts.choices.retry,
      maxAttempts: 2,
    };
    return step.beginDialog(dialogIds.question, question);
  }

  private async answer(step: WaterfallStepContext<ProposalOptions>) {
    const { reason } = step.options;
    const result = asQuestionResult(step.result);
    const accepted = result.kind === 'choice' && result.value === 'yes';
    await countInsight(
      this.deps,
      {
        kind: 'handover',
        step: accepted ? 'accepted' : 'declined',
        reason,
      },
      step.context,
    );
    if (!accepted) {
      const texts = textsFor(await this.deps.state.language(step.context)).intake;
      await step.context.sendActivity(
        reason === 'no_good_match' ? texts.proposal.declinedNoMatch : texts.proposal.declined,
      );
    }
    return step.endDialog({ accepted } satisfies ProposalResult);
  }
}
