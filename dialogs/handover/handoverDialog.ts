import { ActivityTypes } from 'botbuilder';
import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { NewCase } from '../../src/cases/case.js';
import { routeCase, wijkteamName } from '../../src/cases/routing.js';
import { buildStoryDraft } from '../../src/conversation/handoverSummary.js';
import type { IntakeFacts } from '../../src/conversation/intakeFacts.js';
import { withQuestion } from '../../src/conversation/residentWords.js';
import { foldReply } from '../../src/conversation/matchText.js';
import {
  earlierConversationsAbout,
  updateVisit,
  type PendingHandover,
  type ResidentMemory,
} from '../../src/conversation/residentMemory.js';
import type { HandoverReason } from '../../src/conversation/wijkwijzerRule.js';
import { nl } from '../../src/i18n/nl/index.js';
import { maskIdentifiers } from '../../src/privacy/maskIdentifiers.js';
import { crisisLines } from '../../src/safety/crisisLines.js';
import { isWijkwijzerError } from '../../src/shared/errors.js';
import { moduleLogger } from '../../src/shared/logger.js';
import { countInsight, type DialogDeps } from '../dialogDeps.js';
import { dialogIds, type FlowNext } from '../dialogIds.js';
import type { QuestionLoopOptions } from '../intake/questionLoop.js';
import { messageOf } from '../intake/turnMessage.js';
import { choice, yesNoChoices } from '../prompts/choices.js';
import { asQuestionResult } from '../prompts/question.js';
import { textsFor } from '../texts.js';
import { residentKeyOf } from '../wijkwijzerState.js';
import { isContactResult } from './handoverContactDialog.js';
import { isSummaryResult } from './handoverSummaryDialog.js';
import { selfContactActivity } from './selfContact.js';
import { withStoryTopics } from './storyTopics.js';

/** The wording of the consent question the resident agreed to; stored with the case. */
export const CONSENT_TEXT_VERSION = 'overdracht-2026-01';

/** With fewer words than this, the wijkteam would have to ask again: ask for a few sentences. */
const THIN_STORY_WORDS = 6;

export interface HandoverOptions {
  readonly reason: HandoverReason;
  /** Continuing a handover from an earlier conversation: the story is there already. */
  readonly resumed?: boolean;
}

interface HandoverValues {
  consentAt?: string;
}

function wordCount(facts: IntakeFacts): number {
  const text = facts.summaryOverride ?? facts.questions.join(' ');
  const folded = foldReply(text);
  return folded === '' ? 0 : folded.split(' ').length;
}

/**
 * The warm handover (docs/adr/0010-conversation-design.md): what happens next → explicit consent (default no; without
 * it, the ways to reach the wijkteam yourself) → contact details → the exact summary → confirm →
 * the case, made durable before the resident sees the reference. Nothing is stored for the
 * wijkteam before the last "Ja, versturen"; an unsent story waits a few days in the resident's
 * memory so they can continue later.
 */
export class HandoverDialog extends WaterfallDialog<HandoverOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(dialogIds.handover);
    for (const step of [
      this.askStory,
      this.askWhere,
      this.askConsent,
      this.collectContact,
      this.showSummary,
      this.send,
    ]) {
      this.addStep(step.bind(this));
    }
  }

  private values(step: WaterfallStepContext<HandoverOptions>): HandoverValues {
    return step.values as HandoverValues;
  }

  private async texts(step: WaterfallStepContext<HandoverOptions>) {
    const language = await this.deps.state.language(step.context);
    return { language, ...textsFor(language) };
  }

  private async askStory(step: WaterfallStepContext<HandoverOptions>) {
    const facts = await this.toldTopics(step);
    // "Ik wil iemand spreken" says nothing about what is going on: without a topic, ask for it.
    const saysWhat =
      wordCount(facts) >= THIN_STORY_WORDS &&
      (facts.levensgebieden.length > 0 || step.options.reason !== 'asked_for_person');
    if (step.options.resumed === true || saysWhat) return step.next();
    const { handover, language } = await this.texts(step);
    return step.beginDialog(dialogIds.question, {
      prompt: handover.story.question,
      choices: [choice('skip', handover.story.skip, ['overslaan', 'skip', 'nee', 'no'])],
      numbers: false,
      allowSkip: true,
      allowText: true,
      retry: handover.story.question,
      language,
    });
  }

  /**
   * A person asked for after the question was told, before its levensgebied was chosen ("ik heb
   * schulden en de deurwaarder komt", then "ik wil een mens spreken" at the offer): the question's
   * levensgebieden go with the case, as with a first message that asks for a person beside its need
   * (ADR 0013, session 20), and the story is not asked again when the question told enough. A
   * question that was only the wish itself names no need and is not read.
   */
  private async toldTopics(step: WaterfallStepContext<HandoverOptions>): Promise<IntakeFacts> {
    const { state, services } = this.deps;
    const facts = await state.facts(step.context);
    if (step.options.reason !== 'asked_for_person' || facts.levensgebieden.length > 0) return facts;
    const told = facts.questions.filter(
      (question) => !messageOf(step.context, services.knowledge, question).personOnly,
    );
    if (told.length === 0) return facts;
    const language = await state.language(step.context);
    const read = withStoryTopics(this.deps, step.context, facts, told.join(' '), language);
    if (read.levensgebieden.length === 0) return facts;
    await state.updateFacts(step.context, () => read);
    return read;
  }

  /** The wijk decides the wijkteam: asked here when the intake did not learn it (the where question). */
  private async askWhere(step: WaterfallStepContext<HandoverOptions>) {
    const result = asQuestionResult(step.result);
    if (result.kind === 'text') {
      const told = withQuestion(await this.deps.state.facts(step.context), result.text);
      const language = await this.deps.state.language(step.context);
      const facts = withStoryTopics(this.deps, step.context, told, result.text, language);
      await this.deps.state.updateFacts(step.context, () => facts);
    }
    return step.beginDialog(dialogIds.questionLoop, {
      only: ['where'],
      purpose: 'handover',
    } satisfies QuestionLoopOptions);
  }

  private async askConsent(step: WaterfallStepContext<HandoverOptions>) {
    const { state, services } = this.deps;
    const facts = await state.facts(step.context);
    const { handover, language } = await this.texts(step);
    const teamName = routeCase(services.routing(), facts).wijkteam.naam;
    const team = handover.intro.team(teamName);
    // Without a wijk the case goes to the fallback team: say so, never "het wijkteam van uw wijk".
    const before =
      facts.wijk !== null || facts.stadsdeel !== null
        ? [handover.intro.whatHappens(team, services.settings.handoverWorkingDays)]
        : [
            facts.outside === null
              ? handover.intro.noWijk(team)
              : handover.intro.outside(facts.outside, team, services.knowledge.gemeente?.()),
            handover.intro.whatHappens(team, services.settings.handoverWorkingDays),
          ];
    return step.beginDialog(dialogIds.question, {
      before: [...before, handover.intro.noRetelling],
      prompt: handover.consent.question,
      choices: yesNoChoices(handover.consent.yes, handover.consent.no),
      retry: handover.consent.retry,
      maxAttempts: 2,
      language,
    });
  }

  private async collectContact(step: WaterfallStepContext<HandoverOptions>) {
    const result = asQuestionResult(step.result);
    // Consent is explicit: only a clear yes counts; no answer, or an unclear one, is a no.
    if (result.kind !== 'choice' || result.value !== 'yes') {
      const { handover } = await this.texts(step);
      await countInsight(
        this.deps,
        {
          kind: 'handover',
          step: 'consent_refused',
          reason: step.options.reason,
        },
        step.context,
      );
      await this.clearPending(step);
      await step.context.sendActivity(selfContactActivity(handover, this.deps.services));
      return step.endDialog({ next: 'done' } satisfies FlowNext);
    }
    this.values(step).consentAt = this.deps.services.clock.now().toISOString();
    await this.rememberPending(step);
    return step.beginDialog(dialogIds.handoverContact);
  }

  private async showSummary(step: WaterfallStepContext<HandoverOptions>) {
    if (!isContactResult(step.result) || !step.result.ok) {
      return step.endDialog({ next: 'done' } satisfies FlowNext);
    }
    return step.beginDialog(dialogIds.handoverSummary);
  }

  private async send(step: WaterfallStepContext<HandoverOptions>) {
    const { handover } = await this.texts(step);
    const decision = isSummaryResult(step.result) ? step.result.decision : 'cancel';
    if (decision !== 'confirm') {
      if (decision === 'cancel') {
        await countInsight(
          this.deps,
          {
            kind: 'handover',
            step: 'cancelled',
            reason: step.options.reason,
          },
          step.context,
        );
        await step.context.sendActivity(
          selfContactActivity(handover, this.deps.services, handover.cancelled),
        );
      }
      await this.clearPending(step);
      await this.deps.state.setContact(step.context, null);
      return step.endDialog({ next: 'done' } satisfies FlowNext);
    }
    return this.createCase(step);
  }

  private async createCase(step: WaterfallStepContext<HandoverOptions>) {
    const { state, services } = this.deps;
    const { handover } = await this.texts(step);
    const logger = moduleLogger(services.logger, 'handover');
    const now = services.clock.now();
    const contact = await state.contact(step.context, now);
    const consentAt = this.values(step).consentAt;
    if (contact === null || consentAt === undefined)
      return step.endDialog({ next: 'done' } satisfies FlowNext);
    const facts = await state.facts(step.context);
    const memory = await state.memory(step.context, now, services.settings.residentMemoryDays);
    const routing = services.routing();
    const team = routeCase(routing, facts).wijkteam;
    const draft = buildStoryDraft(facts);
    const input: NewCase = {
      wijkteam: team.id,
      story: {
        summary: draft.summary === '' ? nl.handover.staff.noStory : draft.summary,
        levensgebieden: facts.levensgebieden,
        wijk: facts.wijk,
        stadsdeel: facts.stadsdeel,
        forWhom: facts.forWhom ?? 'onbekend',
        ageBand: facts.ageBand,
        triedAlready: draft.triedAlready,
        voorzieningenShown: facts.shown,
        conversationCount: Math.min(
          1000,
          1 + earlierConversationsAbout(memory, facts.levensgebieden, facts.visitIds),
        ),
        language: await state.language(step.context),
      },
      consent: { given: true, at: consentAt, textVersion: CONSENT_TEXT_VERSION },
      melder: {
        name: contact.name,
        phone: contact.phone,
        email: contact.email,
        bestMoment: contact.bestMoment,
        noCalls: contact.noCalls,
      },
      residentKey: residentKeyOf(step.context),
    };

    let reference: string;
    try {
      // Resolves only when the case is durable: only then may the resident see the reference.
      reference = (await services.cases.create(input)).reference;
    } catch (error) {
      logger.error(
        { err: error, code: isWijkwijzerError(error) ? error.code : undefined },
        'case not created',
      );
      await step.context.sendActivity(selfContactActivity(handover, services, handover.failed));
      return step.endDialog({ next: 'done' } satisfies FlowNext);
    }
    logger.info({ reference, wijkteam: team.id }, 'handover sent');
    await countInsight(
      this.deps,
      { kind: 'handover', step: 'sent', reason: step.options.reason },
      step.context,
    );

    const teamText = handover.intro.team(wijkteamName(routing, team.id));
    const alarm = crisisLines.danger.phone;
    const veiligThuis = crisisLines.abuse.phone;
    await step.context.sendActivity(handover.sent.reference(reference, teamText));
    await step.context.sendActivity(handover.sent.next(services.settings.handoverWorkingDays));
    await step.context.sendActivity({
      type: ActivityTypes.Message,
      textFormat: 'markdown',
      text: handover.sent.urgent(
        `[${alarm.shown}](${alarm.tel})`,
        `[${veiligThuis.shown}](${veiligThuis.tel})`,
      ),
    });
    await step.context.sendActivity(handover.sent.comeBack);

    await state.setContact(step.context, null);
    await state.updateMemory(step.context, now, services.settings.residentMemoryDays, (current) => {
      let next: ResidentMemory = { ...current, pendingHandover: null };
      for (const id of facts.visitIds)
        next = updateVisit(next, id, (visit) => ({ ...visit, handedOver: true }));
      return next;
    });
    return step.endDialog({ next: 'done' } satisfies FlowNext);
  }

  /** The story (masked, no contact details) waits a few days, in case the resident leaves now. */
  private async rememberPending(step: WaterfallStepContext<HandoverOptions>): Promise<void> {
    const { state, services } = this.deps;
    const facts = await state.facts(step.context);
    const now = services.clock.now();
    const memory = await state.memory(step.context, now, services.settings.residentMemoryDays);
    const pending: PendingHandover = {
      at: now.toISOString(),
      reason: step.options.reason,
      summary: maskIdentifiers(
        (facts.summaryOverride ?? facts.questions.join('\n\n')).slice(0, 4000),
      ).text,
      levensgebieden: facts.levensgebieden,
      forWhom: facts.forWhom ?? 'onbekend',
      caresFor: facts.caresFor,
      ageBand: facts.ageBand,
      wijk: facts.wijk,
      stadsdeel: facts.stadsdeel,
      triedAlready: buildStoryDraft(facts).triedAlready,
      voorzieningenShown: facts.shown,
      conversationCount: Math.min(
        1000,
        1 + earlierConversationsAbout(memory, facts.levensgebieden, facts.visitIds),
      ),
    };
    await state.updateMemory(
      step.context,
      now,
      services.settings.residentMemoryDays,
      (current) => ({
        ...current,
        pendingHandover: pending,
      }),
    );
  }

  private async clearPending(step: WaterfallStepContext<HandoverOptions>): Promise<void> {
    const { state, services } = this.deps;
    await state.updateMemory(
      step.context,
      services.clock.now(),
      services.settings.residentMemoryDays,
      (current) => ({
        ...current,
        pendingHandover: null,
      }),
    );
  }
}
