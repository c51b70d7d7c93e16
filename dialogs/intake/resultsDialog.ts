import { ActivityTypes, AttachmentLayoutTypes } from 'botbuilder';
import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { IntakeFacts } from '../../src/conversation/intakeFacts.js';
import { addVisit, updateVisit, type ResultAnswer } from '../../src/conversation/residentMemory.js';
import { residentWords } from '../../src/conversation/residentWords.js';
import type { HandoverReason } from '../../src/conversation/wijkwijzerRule.js';
import { recogniseHelpfulReply } from '../../src/understanding/replies.js';
import { chosenEvents, searchEvents } from '../../src/insights/conversationEvents.js';
import { localDate } from '../../src/shared/gemeenteTime.js';
import { newId } from '../../src/shared/ids.js';
import { countInsight, type DialogDeps } from '../dialogDeps.js';
import { dialogIds, type FlowNext } from '../dialogIds.js';
import { choice } from '../prompts/choices.js';
import { asQuestionResult } from '../prompts/question.js';
import { textsFor } from '../texts.js';
import { resultsSearch } from './intakeSearch.js';
import { isProposalResult, type ProposalOptions } from './proposalDialog.js';
import { voorzieningAttachment } from './resultCards.js';

export interface ResultsOptions {
  /** Distress without crisis: the results come with the offer of a person (docs/adr/0014). */
  readonly distress?: boolean;
}

/**
 * How the results end: done, on to the handover, or a new question ("Iets anders zoeken", or a
 * question of its own typed at "Helpt dit u verder?": `firstText`, masked, with `masked` set when
 * masking took something out).
 */
export type ResultsOutcome =
  FlowNext | { readonly next: 'again'; readonly firstText?: string; readonly masked?: boolean };

interface ResultsValues {
  visitId?: string;
  noMatch?: boolean;
  /** Ids of the cards shown, counted as chosen when the resident says they help (ADR 0017). */
  hits?: string[];
}

const RESULTS = 3;

/**
 * The top results as cards, then "Helpt dit u verder?" (ja / iets anders zoeken / ik wil met
 * iemand praten) and an optional score. When nothing fits, the wijkteam is proposed instead
 * (the wijkwijzer rule, `no_good_match`) and the unmet need is counted for the gemeente.
 */
export class ResultsDialog extends WaterfallDialog<ResultsOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(dialogIds.results);
    for (const step of [this.show, this.receiveHelpful, this.receiveScore])
      this.addStep(step.bind(this));
  }

  private async show(step: WaterfallStepContext<ResultsOptions>) {
    const { state, services } = this.deps;
    const language = await state.language(step.context);
    const texts = textsFor(language).intake;
    const facts = await state.facts(step.context);
    const today = localDate(services.clock.now());
    const { query, found } = resultsSearch(services.knowledge, facts, today, language);
    // Shown before (a returning resident, or an earlier search in this chat): not again.
    const hits = found.results.filter((hit) => !facts.shown.includes(hit.id)).slice(0, RESULTS);
    const noMatch = found.noGoodMatch || hits.length === 0;
    (step.values as ResultsValues).hits = noMatch ? [] : hits.map((hit) => hit.id);
    // What was asked and where it led, for the gemeente's monitor: slugs and kaart words only.
    for (const event of searchEvents({
      levensgebieden: facts.levensgebieden,
      wijk: facts.wijk,
      stadsdeel: facts.stadsdeel,
      channelId: step.context.activity.channelId,
      language,
      shown: (step.values as ResultsValues).hits ?? [],
      terms: noMatch ? (services.knowledge.unmetTerms?.(query) ?? []) : [],
    })) {
      await countInsight(this.deps, event);
    }
    if (noMatch) {
      (step.values as ResultsValues).noMatch = true;
      await this.rememberVisit(step, facts, []);
      // ADR 0013: when only help for another age was found, say so, then propose a person.
      if (found.noAgeFit === true) await step.context.sendActivity(texts.results.noAgeFit);
      return step.beginDialog(dialogIds.proposal, { reason: 'no_good_match' });
    }
    // A card without a contact of its own shows the number that reaches the wijkteam (its own, or
    // the gemeente's), when the knowledge has one; the card's words fit whose number it is.
    const wijkteamPhone = services.knowledge.wijkteamPhone?.() ?? null;
    await step.context.sendActivity(texts.results.intro(hits.length));
    if (texts.results.cardsLanguage !== '')
      await step.context.sendActivity(texts.results.cardsLanguage);
    await step.context.sendActivity({
      type: ActivityTypes.Message,
      attachmentLayout: AttachmentLayoutTypes.List,
      attachments: hits.map((hit) =>
        voorzieningAttachment(hit.voorziening, today, wijkteamPhone, language),
      ),
    });
    const ids = hits.map((hit) => hit.id);
    await state.updateFacts(step.context, (current) => ({
      ...current,
      shown: [...new Set([...current.shown, ...ids])].slice(-100),
    }));
    await this.rememberVisit(step, facts, ids);
    if (step.options.distress === true) {
      await countInsight(
        this.deps,
        {
          kind: 'handover',
          step: 'proposed',
          reason: 'loss_of_control',
        },
        step.context,
      );
    }
    return step.beginDialog(dialogIds.question, {
      ...(step.options.distress === true ? { before: [texts.results.personToo] } : {}),
      prompt: texts.results.helpful,
      choices: [
        choice('helped', texts.results.yes, [
          'ja',
          'yes',
          'ja dank u',
          'ja bedankt',
          'zeker',
          'thanks',
          'dank u',
        ]),
        // "Nee" is not "search again": a resident who says no gets a person offered (ADR 0013).
        choice('search_again', texts.results.searchAgain, [
          'iets anders',
          'anders zoeken',
          'something else',
          'opnieuw zoeken',
        ]),
        choice('wants_person', texts.results.talkToSomeone, [
          'iemand spreken',
          'met iemand praten',
          'talk to someone',
          'wijkteam',
        ]),
      ],
      numbered: true,
      // Free text here is read (ADR 0013), not refused: see `receiveHelpful`.
      allowText: true,
      retry: texts.choices.retry,
      maxAttempts: 2,
      language,
    });
  }

  /** Remembers this search for the resident: date, levensgebieden and the ids shown only. */
  private async rememberVisit(
    step: WaterfallStepContext<ResultsOptions>,
    facts: IntakeFacts,
    shown: readonly string[],
  ): Promise<void> {
    const { clock, settings } = this.deps.services;
    const now = clock.now();
    const id = newId();
    (step.values as ResultsValues).visitId = id;
    await this.deps.state.updateMemory(step.context, now, settings.residentMemoryDays, (memory) =>
      addVisit(memory, {
        id,
        at: now.toISOString(),
        levensgebieden: facts.levensgebieden,
        answer: null,
        handedOver: false,
        followUp: null,
        followUpAskedAt: null,
        shown: [...shown],
        notSolvedAt: null,
      }),
    );
    await this.deps.state.updateFacts(step.context, (current) => ({
      ...current,
      visitIds: [...current.visitIds, id].slice(-10),
    }));
  }

  private async recordAnswer(step: WaterfallStepContext<ResultsOptions>, answer: ResultAnswer) {
    await countInsight(this.deps, { kind: 'helped', answer }, step.context);
    if (answer === 'helped') {
      for (const event of chosenEvents((step.values as ResultsValues).hits ?? [])) {
        await countInsight(this.deps, event);
      }
    }
    const id = (step.values as ResultsValues).visitId;
    if (id === undefined) return;
    const { clock, settings } = this.deps.services;
    await this.deps.state.updateMemory(
      step.context,
      clock.now(),
      settings.residentMemoryDays,
      (memory) => updateVisit(memory, id, (visit) => ({ ...visit, answer })),
    );
  }

  private async receiveHelpful(step: WaterfallStepContext<ResultsOptions>) {
    if ((step.values as ResultsValues).noMatch === true) {
      const accepted = isProposalResult(step.result) && step.result.accepted;
      return step.endDialog(
        (accepted
          ? { next: 'handover', reason: 'no_good_match' }
          : { next: 'done' }) satisfies ResultsOutcome,
      );
    }
    const language = await this.deps.state.language(step.context);
    const texts = textsFor(language).intake.results;
    const result = asQuestionResult(step.result);
    // Free text at "Helpt dit u verder?" (ADR 0013, class 7): read it, do not reject it.
    const typed = result.kind === 'text' ? recogniseHelpfulReply(result.text) : undefined;
    if (typed === 'new_question' && result.kind === 'text') {
      await this.recordAnswer(step, 'search_again');
      // It becomes the next question's first message, stored with the dialog: masked first.
      const words = residentWords(result.text, 4000);
      return step.endDialog({
        next: 'again',
        firstText: words.text,
        ...(words.masked ? { masked: true } : {}),
      } satisfies ResultsOutcome);
    }
    if (typed === 'not_helped') {
      await this.recordAnswer(step, 'search_again');
      (step.values as ResultsValues).noMatch = true;
      return step.beginDialog(dialogIds.proposal, {
        reason: 'no_good_match',
        notHelped: true,
      } satisfies ProposalOptions);
    }
    const answer = result.kind === 'choice' ? result.value : typed;
    switch (answer) {
      case 'helped':
        await this.recordAnswer(step, 'helped');
        return step.beginDialog(dialogIds.scoreQuestion, {
          before: [texts.glad],
          prompt: texts.scoreQuestion,
          choices: [
            ...['1', '2', '3', '4', '5'].map((score) => choice(score, score)),
            // "Dank je wel" here is a polite goodbye, not a wrong answer.
            choice('skip', texts.scoreSkip, [
              'liever niet',
              'nee',
              'no',
              'overslaan',
              'skip',
              'dank je wel',
              'dank je',
              'dank u wel',
              'dank u',
              'bedankt',
              'thanks',
              'thank you',
            ]),
          ],
          allowSkip: true,
          retry: textsFor(language).intake.choices.retry,
          maxAttempts: 2,
          language,
        });
      case 'search_again':
        await this.recordAnswer(step, 'search_again');
        return step.endDialog({ next: 'again' } satisfies ResultsOutcome);
      case 'wants_person': {
        await this.recordAnswer(step, 'wants_person');
        // Distress offered a person with the results: hand over for that reason (docs/adr/0014).
        const reason: HandoverReason =
          step.options.distress === true ? 'loss_of_control' : 'asked_for_person';
        await countInsight(this.deps, { kind: 'handover', step: 'accepted', reason }, step.context);
        return step.endDialog({ next: 'handover', reason } satisfies ResultsOutcome);
      }
      default:
        await step.context.sendActivity(texts.goodbye);
        return step.endDialog({ next: 'done' } satisfies ResultsOutcome);
    }
  }

  private async receiveScore(step: WaterfallStepContext<ResultsOptions>) {
    // After "nee, helpt niet" the wijkteam was proposed instead of a score question.
    if ((step.values as ResultsValues).noMatch === true) {
      const accepted = isProposalResult(step.result) && step.result.accepted;
      return step.endDialog(
        (accepted
          ? { next: 'handover', reason: 'no_good_match' }
          : { next: 'done' }) satisfies ResultsOutcome,
      );
    }
    const texts = textsFor(await this.deps.state.language(step.context)).intake.results;
    const result = asQuestionResult(step.result);
    const score = result.kind === 'choice' ? Number(result.value) : Number.NaN;
    if (Number.isInteger(score) && score >= 1 && score <= 5) {
      await countInsight(this.deps, { kind: 'score', score });
      await step.context.sendActivity(texts.scoreThanks);
    }
    await step.context.sendActivity(texts.goodbye);
    return step.endDialog({ next: 'done' } satisfies ResultsOutcome);
  }
}
