import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { localDate } from '../../src/shared/gemeenteTime.js';
import { routeCase } from '../../src/cases/routing.js';
import { countInsight, type DialogDeps } from '../dialogDeps.js';
import { dialogIds, type FlowNext } from '../dialogIds.js';
import type { FlowOptions } from '../flowDialog.js';
import { selfContactActivity } from '../handover/selfContact.js';
import { yesNoChoices } from '../prompts/choices.js';
import { asQuestionResult, type QuestionOptions } from '../prompts/question.js';
import { textsFor } from '../texts.js';
import { wijkteamCardActivity } from './wijkteamCard.js';
import type { IntakeOptions } from './intakeDialog.js';
import type { QuestionLoopOptions } from './questionLoop.js';

export interface WijkteamQuestionOptions {
  /**
   * Asked at a question of the running conversation ("wat is een wijkteam?" at "Voor wie zoekt u
   * hulp?"), not as the resident's question: no = back to that question, which comes again; yes =
   * the handover in place of everything that was running, as "ik wil een mens spreken" there.
   */
  readonly atQuestion?: boolean;
}

/**
 * A question about the wijkteam itself ("hoe kom ik in contact met het wijkteam", "wat doet het
 * wijkteam eigenlijk"; ADR 0013, session 18): what the wijkteam is and does, the resident's wijk
 * when the intake does not know it yet (the where question, as the handover asks it), how to reach
 * the wijkteam of that wijk (the handover's own ways, `selfContactActivity`), the kaart's own
 * wijkteam entry when it has one (session 22), and the warm handover offered. Never a top three of
 * entries: the question is about the wijkteam, not the sociale kaart.
 * Yes → the handover, as a resident who asked for a person; no → the next question, or, asked at a
 * question of the running conversation (`atQuestion`), that question again.
 */
export class WijkteamQuestionDialog extends WaterfallDialog<WijkteamQuestionOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(dialogIds.wijkteamQuestion);
    for (const step of [this.tellWhat, this.offer, this.answer]) this.addStep(step.bind(this));
  }

  private async tellWhat(step: WaterfallStepContext<WijkteamQuestionOptions>) {
    const texts = textsFor(await this.deps.state.language(step.context)).intake;
    await step.context.sendActivity(texts.aboutWijkteam.what);
    // The wijk decides which wijkteam: asked when the message did not say it (skippable).
    return step.beginDialog(dialogIds.questionLoop, {
      only: ['where'],
      purpose: 'handover',
    } satisfies QuestionLoopOptions);
  }

  private async offer(step: WaterfallStepContext<WijkteamQuestionOptions>) {
    const { state, services } = this.deps;
    const language = await state.language(step.context);
    const { intake, handover } = textsFor(language);
    const facts = await state.facts(step.context);
    // Only a wijk or stadsdeel names the resident's own team; without one the ways to reach it
    // say to ask for the wijkteam of your wijk, never the fallback team as if it were theirs.
    const known = facts.wijk !== null || facts.stadsdeel !== null;
    const opening = known
      ? intake.aboutWijkteam.yourTeam(
          handover.intro.team(routeCase(services.routing(), facts).wijkteam.naam),
        )
      : '';
    await step.context.sendActivity(selfContactActivity(handover, services, opening));
    // The kaart's own wijkteam entry, with its own contact (ADR 0013, session 22): how the
    // resident reaches the team as the kaart describes it, before the handover is offered.
    const card = wijkteamCardActivity(services, localDate(services.clock.now()), language);
    if (card !== undefined) await step.context.sendActivity(card);
    const question: QuestionOptions = {
      prompt: intake.aboutWijkteam.offer,
      choices: yesNoChoices(intake.aboutWijkteam.yes, intake.aboutWijkteam.no),
      retry: intake.choices.retry,
      maxAttempts: 2,
    };
    return step.beginDialog(dialogIds.question, question);
  }

  private async answer(step: WaterfallStepContext<WijkteamQuestionOptions>) {
    const result = asQuestionResult(step.result);
    const atQuestion = step.options.atQuestion === true;
    if (result.kind === 'choice' && result.value === 'yes') {
      await countInsight(
        this.deps,
        { kind: 'handover', step: 'accepted', reason: 'asked_for_person' },
        step.context,
      );
      if (!atQuestion)
        return step.endDialog({ next: 'handover', reason: 'asked_for_person' } satisfies FlowNext);
      // The question below would only read the FlowNext as an answer: the handover replaces it
      // and everything under it; the facts gathered so far stay and go with it.
      await step.cancelAllDialogs();
      return step.beginDialog(dialogIds.flow, {
        start: 'handover',
        reason: 'asked_for_person',
      } satisfies FlowOptions);
    }
    const texts = textsFor(await this.deps.state.language(step.context)).intake;
    if (atQuestion) {
      // The question that was open asks itself again when this dialog ends (Question.resumeDialog).
      await step.context.sendActivity(texts.aboutWijkteam.declinedGoOn);
      return step.endDialog();
    }
    await step.context.sendActivity(texts.aboutWijkteam.declined);
    return step.replaceDialog(dialogIds.intake, { again: true } satisfies IntakeOptions);
  }
}
