import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { forgetResident } from '../../src/conversation/residentData.js';
import type { DialogDeps } from '../dialogDeps.js';
import { dialogIds } from '../dialogIds.js';
import { yesNoChoices } from '../prompts/choices.js';
import { asQuestionResult } from '../prompts/question.js';
import { textsFor } from '../texts.js';
import { residentKeyOf } from '../wijkwijzerState.js';

/**
 * "Vergeet mij", after one confirmation (it cannot be undone; anything but a clear yes keeps
 * everything): erases the contact details of the resident's cases and unlinks them (src/privacy),
 * deletes the conversation state and the resident's memory, and ends every dialog. Nothing of this
 * turn is written back (see WijkwijzerState.forget).
 */
export class ForgetDialog extends WaterfallDialog {
  constructor(private readonly deps: DialogDeps) {
    super(dialogIds.forget);
    this.addStep(this.confirm.bind(this));
    this.addStep(this.erase.bind(this));
  }

  private async confirm(step: WaterfallStepContext) {
    const language = await this.deps.state.language(step.context);
    const texts = textsFor(language).intake;
    return step.beginDialog(dialogIds.question, {
      prompt: texts.forget.confirm,
      choices: yesNoChoices(texts.forget.yes, texts.forget.no),
      retry: texts.choices.retry,
      maxAttempts: 2,
      language,
    });
  }

  private async erase(step: WaterfallStepContext) {
    const { state, services } = this.deps;
    const language = await state.language(step.context);
    const texts = textsFor(language).intake.forget;
    const result = asQuestionResult(step.result);
    if (result.kind !== 'choice' || result.value !== 'yes') {
      await step.context.sendActivity(texts.kept);
      return step.endDialog();
    }
    // What is kept under this browser's key is erased only for whoever confirmed it is theirs: on a
    // shared computer "vergeet mij" must not erase the previous resident (docs/privacy.md).
    const forResident = await state.actsForResident(step.context);
    const forgotten = forResident
      ? await forgetResident(
          services.cases,
          residentKeyOf(step.context),
          services.logger,
          services.settings.retention,
          language,
        )
      : undefined;
    await state.forget(step.context, { resident: forResident });
    await step.context.sendActivity(texts.done);
    // The case store's own answer says what happened at the wijkteam (src/i18n/*/cases.ts).
    if (forgotten !== undefined) await step.context.sendActivity(forgotten.message);
    await step.context.sendActivity(texts.screenNote);
    return step.cancelAllDialogs();
  }
}
