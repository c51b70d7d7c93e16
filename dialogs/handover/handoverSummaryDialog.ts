import { CardFactory } from 'botbuilder';
import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import {
  buildHandoverSummaryCard,
  type HandoverSummaryTexts,
} from '../../src/cards/handoverSummaryCard.js';
import { routeCase } from '../../src/cases/routing.js';
import { buildStoryDraft } from '../../src/conversation/handoverSummary.js';
import { questionIds, type IntakeFacts } from '../../src/conversation/intakeFacts.js';
import { withSummaryOverride } from '../../src/conversation/residentWords.js';
import { nl } from '../../src/i18n/nl/index.js';
import { residentTexts } from '../../src/i18n/residentTexts.js';
import type { DialogDeps } from '../dialogDeps.js';
import { dialogIds } from '../dialogIds.js';
import { choice } from '../prompts/choices.js';
import { asQuestionResult } from '../prompts/question.js';
import { domainLabels, textsFor } from '../texts.js';
import type { QuestionLoopOptions } from '../intake/questionLoop.js';
import { intakeQuestion } from '../intake/questions/index.js';
import { isContactResult } from './handoverContactDialog.js';
import { stadsdeelName } from '../../src/cases/stadsdeelLabel.js';

export type SummaryDecision = 'confirm' | 'cancel' | 'gave_up';

export interface SummaryResult {
  readonly decision: SummaryDecision;
}

export function isSummaryResult(value: unknown): value is SummaryResult {
  return value !== null && typeof value === 'object' && 'decision' in value;
}

/**
 * "Voor zichzelf, 27 tot 67 jaar": who the question is for, in the resident's language (the
 * wijkteam reads the same in Dutch).
 */
export function forWhomLine(
  facts: IntakeFacts,
  texts: HandoverSummaryTexts = nl.cards.handoverSummary,
): string {
  const who = facts.caresFor ? texts.caredFor : texts.forWhom[facts.forWhom ?? 'onbekend'];
  return facts.ageBand === null ? who : `${who}, ${texts.ageBand[facts.ageBand]}`;
}

/**
 * The exact summary that will be sent (peers.md §5 item 4): the resident sees what the wijkteam
 * will read, identifiers already masked, and can send it, change their words or their contact
 * details, or not send it at all. Loops until they decide; anything unclear means "not sent".
 * The card is in the resident's language: our own words translated, theirs as they wrote them;
 * the wijkteam gets the same in Dutch (docs/adr/0010-conversation-design.md, "English").
 */
export class HandoverSummaryDialog extends WaterfallDialog {
  constructor(private readonly deps: DialogDeps) {
    super(dialogIds.handoverSummary);
    for (const step of [this.show, this.decide, this.change, this.again])
      this.addStep(step.bind(this));
  }

  private async show(step: WaterfallStepContext) {
    const { state, services } = this.deps;
    const language = await state.language(step.context);
    const { handover, intake } = textsFor(language);
    const contact = await state.contact(step.context, services.clock.now());
    if (contact === null) return step.endDialog({ decision: 'gave_up' } satisfies SummaryResult);
    const facts = await state.facts(step.context);
    const cardTexts = residentTexts(language).cards.handoverSummary;
    const draft = buildStoryDraft(facts, cardTexts);
    const team = routeCase(services.routing(), facts).wijkteam;
    const before: string[] = [];
    if (handover.summary.language !== '') before.push(handover.summary.language);
    if (draft.masked || facts.masked) before.push(handover.summary.masked);
    if (facts.levensgebieden.length > 0) {
      before.push(
        handover.summary.alsoSent(domainLabels(services.knowledge, facts.levensgebieden, language)),
      );
    }
    const shown = facts.shown
      .map((id) => services.knowledge.voorziening(id)?.naam)
      .filter((name): name is string => name !== undefined);
    if (shown.length > 0) before.push(handover.summary.alsoShown(shown.join(', ')));
    const card = buildHandoverSummaryCard(
      {
        wijkteam: team.naam,
        summary: draft.summary === '' ? cardTexts.noStory : draft.summary,
        triedAlready: draft.triedAlready,
        forWhom: forWhomLine(facts, cardTexts),
        area:
          facts.wijk ??
          (facts.stadsdeel === null
            ? (facts.outside ?? null)
            : stadsdeelName(facts.stadsdeel, this.deps.services.knowledge.wijken())),
        contact,
      },
      cardTexts,
    );
    return step.beginDialog(dialogIds.question, {
      before: [...before, { attachments: [CardFactory.adaptiveCard(card)] }],
      prompt: handover.summary.question,
      choices: [
        choice('confirm', handover.summary.confirm, [
          'ja',
          'versturen',
          'verstuur',
          'klopt',
          'ja klopt',
          'akkoord',
          'yes',
          'send',
          'ok',
          'oke',
        ]),
        choice('change', handover.summary.change, [
          'aanpassen',
          'wijzigen',
          'veranderen',
          'verbeteren',
          'korter',
          'change',
          'edit',
        ]),
        choice('cancel', handover.summary.cancel, [
          'niet versturen',
          'niet sturen',
          'nee',
          'annuleren',
          'no',
          'do not send',
          'dont send',
        ]),
      ],
      numbered: true,
      retry: intake.choices.retry,
      language,
    });
  }

  private async decide(step: WaterfallStepContext) {
    const result = asQuestionResult(step.result);
    if (result.kind === 'choice' && result.value === 'confirm') {
      return step.endDialog({ decision: 'confirm' } satisfies SummaryResult);
    }
    if (result.kind !== 'choice' || result.value !== 'change') {
      return step.endDialog({ decision: 'cancel' } satisfies SummaryResult);
    }
    const language = await this.deps.state.language(step.context);
    const { handover, intake } = textsFor(language);
    // Every answer can be corrected here (ADR 0014, defect 2): the story, each intake question,
    // and the contact details.
    return step.beginDialog(dialogIds.question, {
      prompt: handover.change.what,
      choices: [
        choice('story', handover.change.story, [
          'verhaal',
          'vraag',
          'tekst',
          'mijn verhaal',
          'question',
          'story',
          'text',
        ]),
        ...questionIds.map((id) => choice(id, intakeQuestion(id).changeLabel(language))),
        choice('contact', handover.change.contact, [
          'gegevens',
          'naam',
          'telefoon',
          'telefoonnummer',
          'e-mail',
          'email',
          'details',
          'phone',
        ]),
      ],
      numbered: true,
      retry: intake.choices.retry,
      maxAttempts: 2,
      language,
    });
  }

  private async change(step: WaterfallStepContext) {
    const result = asQuestionResult(step.result);
    if (result.kind !== 'choice') return step.replaceDialog(dialogIds.handoverSummary);
    if (result.value === 'contact') return step.beginDialog(dialogIds.handoverContact);
    const question = questionIds.find((id) => id === result.value);
    if (question !== undefined) {
      return step.beginDialog(dialogIds.questionLoop, {
        change: question,
        purpose: 'handover',
      } satisfies QuestionLoopOptions);
    }
    const language = await this.deps.state.language(step.context);
    const { handover } = textsFor(language);
    return step.beginDialog(dialogIds.question, {
      prompt: handover.change.newStory,
      allowText: true,
      retry: handover.change.newStory,
      language,
    });
  }

  private async again(step: WaterfallStepContext) {
    if (isContactResult(step.result)) {
      if (!step.result.ok) return step.endDialog({ decision: 'gave_up' } satisfies SummaryResult);
      return step.replaceDialog(dialogIds.handoverSummary);
    }
    const result = asQuestionResult(step.result);
    if (result.kind === 'text') {
      await this.deps.state.updateFacts(step.context, (facts) =>
        withSummaryOverride(facts, result.text),
      );
    }
    return step.replaceDialog(dialogIds.handoverSummary);
  }
}
