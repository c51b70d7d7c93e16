import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Language } from '../src/conversation/language.js';
import { recogniseInterruption } from '../src/conversation/interruptions.js';
import { nextLanguage } from '../src/conversation/language.js';
import { assessSafety } from '../src/safety/assessSafety.js';
import { readCheckAnswer } from '../src/safety/checkAnswer.js';
import type { CrisisKind } from '../src/safety/crisisKind.js';
import { bitsToKinds, kindsToBits, noConcern } from '../src/safety/concernState.js';
import { backToQuestion, checkResponse, crisisReplyFor } from '../src/safety/safetyReplies.js';
import { moduleLogger, type Logger } from '../src/shared/logger.js';
import { crisisActivities } from './crisisReply.js';
import { dialogIds } from './dialogIds.js';
import type { ConversationServices } from './ports.js';
import { isButtonOfOpenQuestion } from './prompts/question.js';
import { checkActivities } from './safety/safetyCheck.js';
import type { WijkwijzerState } from './wijkwijzerState.js';

/**
 * Runs on every resident message before anything else (docs/adr/0005-crisis-detection.md,
 * docs/adr/0012-safety-net.md): the safety check first, then the conversation's language.
 * - A crisis ends whatever dialog was running, gets the calm reply with the lines, and is counted
 *   as kind and day only.
 * - A check asks one calm question with the lines visible, and keeps the running dialog: "nee,
 *   het gaat wel" goes back to it, "ja" shows the lines, anything else is read as a new message.
 * - Otherwise only the conversation's concern (numbers) is kept for the next message.
 */
export class ConversationGuard {
  private readonly logger: Logger;

  constructor(
    private readonly state: WijkwijzerState,
    private readonly services: ConversationServices,
  ) {
    this.logger = moduleLogger(services.logger, 'conversation');
  }

  /** True when this message was answered here and the dialogs must not see it. */
  async check(context: TurnContext, dialogs: DialogContext): Promise<boolean> {
    const text = context.activity.text;
    if (typeof text !== 'string' || text.trim() === '') return false;
    const before = await this.state.conversation(context);
    const safety = await this.state.safety(context);

    if (safety.pendingCheck !== 0) {
      const answer = readCheckAnswer(text);
      const language = nextLanguage(before.language, text);
      if (answer === 'yes') {
        await this.sendCrisis(context, dialogs, bitsToKinds(safety.pendingCheck), language);
        return true;
      }
      if (answer === 'no') {
        // Nothing about the check is kept: the concern starts again from zero.
        await this.state.setSafety(context, noConcern);
        await context.sendActivity(backToQuestion(language));
        this.logger.info({ answer }, 'safety check answered');
        if (dialogs.activeDialog !== undefined) await dialogs.repromptDialog();
        else await dialogs.beginDialog(dialogIds.main);
        return true;
      }
      // Not an answer: a new message, checked like any other below.
    }

    const assessment = assessSafety(text, {
      priorConcern: { ...safety, pendingCheck: 0 },
      language: nextLanguage(before.language, text),
      // A tapped button is an answer, not a message to read for concern ("Maakt niet uit").
      useModel: recogniseInterruption(text) === undefined && !isButtonOfOpenQuestion(dialogs, text),
      ...(this.services.concernModel === undefined ? {} : { model: this.services.concernModel }),
    });
    await this.rememberLanguage(context, before.language, assessment.language);
    const { source, ruleIds, concern } = assessment.explanation;

    if (assessment.outcome === 'crisis') {
      await this.sendCrisis(context, dialogs, assessment.kinds, assessment.language);
      this.logger.info({ kinds: assessment.kinds, source, ruleIds, concern }, 'crisis reply sent');
      return true;
    }
    if (assessment.outcome === 'check') {
      // Asking spends the concern: whatever the answer, it builds up again from zero.
      await this.state.setSafety(context, {
        ...noConcern,
        pendingCheck: kindsToBits(assessment.kinds),
      });
      for (const activity of checkActivities(
        checkResponse(assessment.kinds, assessment.language),
      )) {
        await context.sendActivity(activity);
      }
      this.logger.info({ kinds: assessment.kinds, source, concern }, 'safety check asked');
      return true;
    }
    await this.state.setSafety(context, assessment.nextConcern);
    return false;
  }

  private async rememberLanguage(
    context: TurnContext,
    previous: Language,
    language: Language,
  ): Promise<void> {
    await this.state.updateConversation(context, (current) => ({ ...current, language }));
    if (language === previous) return;
    const { clock, settings } = this.services;
    await this.state.updateMemory(context, clock.now(), settings.residentMemoryDays, (memory) => ({
      ...memory,
      language,
    }));
  }

  private async sendCrisis(
    context: TurnContext,
    dialogs: DialogContext,
    kinds: readonly CrisisKind[],
    language: Language,
  ): Promise<void> {
    await this.state.setSafety(context, noConcern);
    await dialogs.cancelAllDialogs();
    for (const activity of crisisActivities(crisisReplyFor(kinds, language))) {
      await context.sendActivity(activity);
    }
    // Kind and day only; the port never rejects, so the resident's lines stand whatever happens.
    const at = this.services.clock.now();
    for (const crisisKind of kinds) {
      await this.services.insights.record({ kind: 'crisis', crisisKind }, at);
    }
  }
}
