import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog } from 'botbuilder-dialogs';
import { crisisLines } from '../src/safety/crisisLines.js';
import { emptyIntakeFacts } from '../src/conversation/intakeFacts.js';
import type { InterruptionKind, ServiceWord } from '../src/conversation/interruptions.js';
import { moduleLogger } from '../src/shared/logger.js';
import { countInsight, type DialogDeps } from './dialogDeps.js';
import { dialogIds, handoverDialogIds } from './dialogIds.js';
import type { FlowOptions } from './flowDialog.js';
import type { WijkteamQuestionOptions } from './intake/wijkteamQuestionDialog.js';
import { whatWeKnowMessages } from './privacy/whatWeKnow.js';
import { textsFor } from './texts.js';
import { sendOwnWijkteamEntry } from './intake/wijkteamCard.js';
import { messageOf } from './intake/turnMessage.js';

/**
 * The commands a resident can type at any moment (docs/adr/0010-conversation-design.md, "Commands anywhere"). Informational ones (help,
 * privacy, "wat weet je van mij") answer and then ask the open question again, with one line that
 * says so; they never loop and never ask to confirm. "Vergeet mij" is the one that confirms first,
 * because it cannot be undone.
 */
export class Interruptions {
  constructor(private readonly deps: DialogDeps) {}

  /** Handles a command while a dialog is running; returns the turn result. */
  async whileRunning(kind: InterruptionKind, dc: DialogContext): Promise<DialogTurnResult> {
    moduleLogger(this.deps.services.logger, 'conversation').debug({ command: kind }, 'command');
    switch (kind) {
      case 'help':
      case 'privacy':
      case 'whatWeKnow':
        await this.inform(kind, dc);
        await dc.context.sendActivity(await this.text(dc, 'continueHere'));
        await dc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'restart':
        await dc.cancelAllDialogs();
        await this.resetFacts(dc);
        await dc.context.sendActivity(await this.text(dc, 'restart'));
        return dc.beginDialog(dialogIds.flow, { start: 'question' } satisfies FlowOptions);
      case 'stop':
        await this.resetFacts(dc);
        await dc.context.sendActivity(await this.text(dc, 'stop'));
        return dc.cancelAllDialogs();
      case 'human':
        if (dc.stack.some((instance) => handoverDialogIds.includes(instance.id))) {
          await dc.context.sendActivity(await this.text(dc, 'alreadyHandingOver'));
          await dc.repromptDialog();
          return Dialog.EndOfTurn;
        }
        await dc.cancelAllDialogs();
        return this.startHandover(dc);
      case 'forget':
        return dc.beginDialog(dialogIds.forget);
    }
  }

  /** Handles a command that is the first message of a new dialog (nothing is running). */
  async atStart(kind: InterruptionKind, dc: DialogContext): Promise<DialogTurnResult> {
    switch (kind) {
      case 'help':
      case 'privacy':
      case 'whatWeKnow':
        await this.inform(kind, dc);
        return dc.beginDialog(dialogIds.flow, { start: 'welcome' } satisfies FlowOptions);
      case 'restart':
        await this.resetFacts(dc);
        return dc.beginDialog(dialogIds.flow, { start: 'welcome' } satisfies FlowOptions);
      case 'stop':
        await dc.context.sendActivity(await this.text(dc, 'stop'));
        return dc.cancelAllDialogs();
      case 'human':
        return this.startHandover(dc);
      case 'forget':
        return dc.beginDialog(dialogIds.forget);
    }
  }

  /**
   * A whole message that only chose a language ("English please"). The guard has already switched
   * the conversation's language; this says so and asks again, so the choice never becomes the
   * resident's question. Before anything is asked the question comes again in the new language;
   * later, and at the opening's own questions ("Is het gelukt?"), the open question is asked again in
   * the new language (dialogs/prompts/relocalise.ts, or the question's own builder).
   */
  async languageChosen(dc: DialogContext, running: boolean): Promise<DialogTurnResult> {
    await dc.context.sendActivity(await this.text(dc, 'languageChosen'));
    if (!running) return dc.beginDialog(dialogIds.flow, { start: 'welcome' } satisfies FlowOptions);
    const facts = await this.deps.state.facts(dc.context);
    const handingOver = dc.stack.some((instance) => handoverDialogIds.includes(instance.id));
    // The opening's own questions ("Is het gelukt?") are asked again too, not dropped.
    const opening = dc.stack.some((instance) => instance.id === dialogIds.opening);
    if (facts.questions.length === 0 && !handingOver && !opening) {
      await dc.cancelAllDialogs();
      return dc.beginDialog(dialogIds.flow, { start: 'question' } satisfies FlowOptions);
    }
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /**
   * A short "wat is een voorziening?" at a question that waits for a button: a B1 explanation of
   * the service word, then the open question again, without counting an attempt (ADR 0010). The
   * wijkteam is more than a word: the resident also hears which team is theirs and how to reach it,
   * and is offered the warm handover, as a question about it at the start gets (ADR 0013, session
   * 18); then the open question again. Not while the handover runs (the resident is already on the
   * way to the team) nor at the wijkteam answer's own question: there the short explanation.
   */
  async explainWord(word: ServiceWord, dc: DialogContext): Promise<DialogTurnResult> {
    moduleLogger(this.deps.services.logger, 'conversation').debug({ word }, 'service word');
    const busy = [...handoverDialogIds, dialogIds.wijkteamQuestion];
    if (word === 'wijkteam' && !dc.stack.some((instance) => busy.includes(instance.id))) {
      return dc.beginDialog(dialogIds.wijkteamQuestion, {
        atQuestion: true,
      } satisfies WijkteamQuestionOptions);
    }
    const language = await this.deps.state.language(dc.context);
    const texts = textsFor(language).intake.interruptions;
    await dc.context.sendActivity(texts.serviceWords[word]);
    await dc.context.sendActivity(texts.continueHere);
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  private async startHandover(dc: DialogContext): Promise<DialogTurnResult> {
    // Who names the wijkteam itself ("wijkteam bellen", "iemand van het wijkteam spreken") also
    // sees the kaart's own wijkteam entry, with its contact, before the handover (ADR 0013,
    // session 22), as the turn's understanding pass read it (session 23).
    const text = dc.context.activity.text ?? '';
    if (messageOf(dc.context, this.deps.services.knowledge, text).understanding.asksForWijkteam) {
      const language = await this.deps.state.language(dc.context);
      await sendOwnWijkteamEntry(dc.context, this.deps.services, language);
    }
    await countInsight(
      this.deps,
      {
        kind: 'handover',
        step: 'accepted',
        reason: 'asked_for_person',
      },
      dc.context,
    );
    return dc.beginDialog(dialogIds.flow, {
      start: 'handover',
      reason: 'asked_for_person',
    } satisfies FlowOptions);
  }

  private async inform(kind: 'help' | 'privacy' | 'whatWeKnow', dc: DialogContext): Promise<void> {
    const language = await this.deps.state.language(dc.context);
    const texts = textsFor(language).intake.interruptions;
    const { settings } = this.deps.services;
    const messages =
      kind === 'help'
        ? [
            ...texts.help,
            texts.helpInDanger(
              crisisLines.danger.phone.shown,
              crisisLines.suicide.phone.shown,
              crisisLines.abuse.phone.shown,
            ),
          ]
        : kind === 'privacy'
          ? [
              texts.privacy(
                settings.stateRetentionDays,
                settings.retention.contactDays,
                settings.retention.caseDays,
              ),
            ]
          : await whatWeKnowMessages(dc.context, this.deps);
    for (const message of messages) await dc.context.sendActivity(message);
  }

  private async text(
    dc: DialogContext,
    key: 'continueHere' | 'restart' | 'stop' | 'alreadyHandingOver' | 'languageChosen',
  ) {
    return textsFor(await this.deps.state.language(dc.context)).intake.interruptions[key];
  }

  private async resetFacts(dc: DialogContext): Promise<void> {
    await this.deps.state.updateConversation(dc.context, (data) => ({
      ...data,
      facts: { ...emptyIntakeFacts(), visitIds: data.facts.visitIds },
      contact: null,
    }));
    const { clock, settings } = this.deps.services;
    await this.deps.state.updateMemory(
      dc.context,
      clock.now(),
      settings.residentMemoryDays,
      (memory) => ({
        ...memory,
        pendingHandover: null,
      }),
    );
  }
}
