import {
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import {
  factsForAnotherPerson,
  factsForNextQuestion,
  settle,
  unsettle,
  type IntakeFacts,
} from '../../src/conversation/intakeFacts.js';
import { withoutPersonWish, type MessageFacts } from '../../src/conversation/messageFacts.js';
import type { Intent } from '../../src/understanding/understand.js';
import {
  unsolvedEarlierVisit,
  updateVisit,
  visitNotSolved,
} from '../../src/conversation/residentMemory.js';
import { withQuestion } from '../../src/conversation/residentWords.js';
import { touchesManyDomains, type HandoverReason } from '../../src/conversation/wijkwijzerRule.js';
import { countInsight, type DialogDeps } from '../dialogDeps.js';
import { dialogIds, isFlowNext, type FlowNext } from '../dialogIds.js';
import { asQuestionResult } from '../prompts/question.js';
import { domainLabels, textsFor } from '../texts.js';
import { gemeenteReply } from './gemeenteReply.js';
import { gemeenteQuestionOf, topicsOfQuestion } from './intakeSearch.js';
import { isProposalResult } from './proposalDialog.js';
import type { QuestionLoopOptions } from './questionLoop.js';
import { intakeQuestion, intakeQuestions } from './questions/index.js';
import type { ResultsOptions, ResultsOutcome } from './resultsDialog.js';
import { messageOf } from './turnMessage.js';
import { sendOwnWijkteamEntry } from './wijkteamCard.js';

export interface IntakeOptions {
  /** The resident's first message, when it already is the question (masked: it is stored). */
  readonly firstText?: string;
  /** Masking took an identifier out of `firstText`. */
  readonly firstTextMasked?: boolean;
  /** A further question in the same conversation ("Iets anders zoeken"). */
  readonly again?: boolean;
  /** Set after one too-short question, so the bot asks for more only once. */
  readonly askedForMore?: boolean;
}

/** Working notes of one intake, kept in the waterfall's values (plain JSON, nothing personal). */
interface IntakeValues {
  /** Distress without crisis: the results come with the offer of a person. */
  distress?: boolean;
  /** The reason of the proposal that is running, to hand over with it. */
  proposal?: Exclude<HandoverReason, 'asked_for_person'>;
}

/**
 * The intake (ADR 0010 item 3, rebuilt in ADR 0014; ADR 0014): the question in the resident's own
 * words → everything that message already says, filled in by the question modules → the
 * questions still unknown, asked by the loop in any order they become known → the wijkwijzer rule
 * → the results with "Helpt dit u verder?". A wish for a person is heard at once, and distress
 * gets the results together with the offer of a person. Ends with a FlowNext.
 */
export class IntakeDialog extends WaterfallDialog<IntakeOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(dialogIds.intake);
    for (const step of [
      this.askQuestion,
      this.readQuestion,
      this.applyRule,
      this.askTheRest,
      this.showResults,
      this.finish,
    ]) {
      this.addStep(step.bind(this));
    }
  }

  /** What the message is, read by the one understanding pass of this turn (ADR 0013). */
  private intentOf(step: WaterfallStepContext<IntakeOptions>, text: string): Intent {
    return messageOf(step.context, this.deps.services.knowledge, text).understanding.intent;
  }

  private values(step: WaterfallStepContext<IntakeOptions>): IntakeValues {
    return step.values as IntakeValues;
  }

  private async askQuestion(step: WaterfallStepContext<IntakeOptions>) {
    const firstText = step.options.firstText;
    const firstIntent = firstText === undefined ? undefined : this.intentOf(step, firstText).kind;
    // An unreadable first message is read on, so the resident hears why it is asked again.
    if (firstText !== undefined && (firstIntent === 'question' || firstIntent === 'unreadable'))
      return step.next({ kind: 'text', text: firstText });
    const texts = textsFor(await this.deps.state.language(step.context)).intake;
    return step.beginDialog(dialogIds.question, {
      prompt: step.options.again === true ? texts.askNextQuestion : texts.askQuestion,
      allowText: true,
      retry: texts.questionTooShort,
    });
  }

  private async readQuestion(step: WaterfallStepContext<IntakeOptions>) {
    const { state, services } = this.deps;
    const language = await state.language(step.context);
    const texts = textsFor(language).intake;
    const result = asQuestionResult(step.result);
    if (result.kind !== 'text') return step.endDialog({ next: 'done' } satisfies FlowNext);
    const intent = this.intentOf(step, result.text);
    if (intent.kind === 'greeting') {
      // "hallo ik ben terug": greeted back, and the question is asked for again.
      await step.context.sendActivity(texts.greetedBack);
      return step.replaceDialog(dialogIds.intake, { ...step.options, firstText: undefined });
    }
    if (intent.kind === 'empty' && step.options.askedForMore !== true) {
      await step.context.sendActivity(texts.questionTooShort);
      return step.replaceDialog(dialogIds.intake, {
        ...step.options,
        firstText: undefined,
        askedForMore: true,
      });
    }
    if (intent.kind === 'unreadable' && step.options.askedForMore !== true) {
      // "sdfg hjk": no word the bot knows, so no topic guess; asked once in other words.
      await step.context.sendActivity(texts.notUnderstood);
      return step.replaceDialog(dialogIds.intake, {
        ...step.options,
        firstText: undefined,
        askedForMore: true,
      });
    }
    const message = messageOf(step.context, services.knowledge, result.text);
    const before = await state.facts(step.context);
    const next = before.questions.length > 0 ? factsForNextQuestion(before) : before;
    // A next question about another person opens who and how old again (ADR 0014, session 8).
    const anotherPerson =
      before.questions.length > 0 &&
      message.forWhom !== undefined &&
      message.forWhom !== before.forWhom;
    let facts = withQuestion(anotherPerson ? factsForAnotherPerson(next) : next, result.text);
    const unreadable = intent.kind === 'unreadable';
    // Unreadable a second time: not "read", no guess; the whole list is the way on.
    if (!unreadable)
      await step.context.sendActivity(
        message.hardNews === undefined ? texts.questionReceived : texts.hardNews[message.hardNews],
      );
    const masked = facts.masked || step.options.firstTextMasked === true;
    if (masked && !before.masked) await step.context.sendActivity(texts.maskedNote);
    facts = { ...facts, masked };

    // A service of the gemeente itself (a passport, a permit), and nothing the sociale basis
    // meets: said honestly with the gemeente's contact, then the next question (ADR 0013, gemeente
    // amendment). The safety check ran before this dialog saw the message, so a crisis wins.
    const diensten = services.knowledge.gemeenteDiensten?.();
    const dienst =
      unreadable || diensten === undefined
        ? undefined
        : gemeenteQuestionOf(services, step.context, facts, result.text, language);
    if (dienst !== undefined && diensten !== undefined) {
      await step.context.sendActivities(gemeenteReply(dienst, diensten, language));
      // The gemeente's own view: which of its services residents bring to the wijkwijzer, and how
      // often a resident came for care the huisarts or tandarts gives (not one of its services, so
      // a kind of its own). The entry's id only, never the question (ADR 0017).
      await countInsight(this.deps, {
        kind: dienst.soort === 'zorg' ? 'care_question' : 'gemeente_question',
        dienst: dienst.id,
      });
      return step.replaceDialog(dialogIds.intake, { again: true } satisfies IntakeOptions);
    }

    // A question about the wijkteam itself, and nothing else ("hoe bereik ik het wijkteam"): the
    // wijkteam's own answer and the warm handover, not a search (ADR 0013, session 18). A wish to
    // speak to someone of the wijkteam is heard at once below, as always.
    if (!unreadable && message.understanding.aboutWijkteam !== undefined && !message.wantsPerson) {
      // Not kept as the resident's question, as a gemeente question is not: it asks for no help.
      await state.updateFacts(step.context, () => ({ ...facts, questions: next.questions }));
      await this.fillFromMessage(step, message);
      return step.replaceDialog(dialogIds.wijkteamQuestion);
    }

    // The search's reading of the question: what to offer as topic, or three at once. A wish for a
    // person with nothing beside it names no need: the model's reading of it would send the
    // wijkteam a levensgebied the resident never spoke of (ADR 0013, session 20).
    const guess =
      unreadable || message.personOnly
        ? { offered: [], strong: [] }
        : topicsOfQuestion(
            services,
            step.context,
            facts,
            // Beside a wish for a person, what else it says: "praten" is no need of its own.
            message.wantsPerson ? withoutPersonWish(result.text) : result.text,
            language,
          );
    facts = await this.returning(step, message, { ...facts, topicGuess: guess.offered });
    await state.updateFacts(step.context, () => facts);
    // Someone to come by is help the kaart gives when the message names a need beside it (a
    // huisbezoek, a maatje): searched then, and a wish for a person only when nothing else is said.
    const wantsPerson =
      message.wantsPerson ||
      (message.wantsVisit && guess.offered.length === 0 && guess.strong.length === 0);
    if (touchesManyDomains(guess.strong) || (wantsPerson && guess.strong.length > 0)) {
      // Three at once, or a person asked for: no need to make the resident pick one.
      const topic = intakeQuestion('topic').fromResult(
        { kind: 'value', value: { kind: 'domains', slugs: guess.strong } },
        { language, knowledge: services.knowledge, facts },
      );
      await state.updateFacts(step.context, () => topic.facts);
      if (topic.confirm !== undefined) await step.context.sendActivity(topic.confirm);
    }
    await this.fillFromMessage(step, message);

    if (wantsPerson) {
      // "Ik wil iemand van het wijkteam spreken over …": heard at once (ADR 0014, defect 11). Who
      // names the wijkteam itself ("wijkteam bellen") also sees its own entry, with its contact,
      // before the handover (ADR 0013, session 22), as this turn's understanding pass read it.
      if (!unreadable && message.understanding.asksForWijkteam) {
        await sendOwnWijkteamEntry(step.context, services, language);
      }
      await countInsight(
        this.deps,
        {
          kind: 'handover',
          step: 'accepted',
          reason: 'asked_for_person',
        },
        step.context,
      );
      return step.endDialog({ next: 'handover', reason: 'asked_for_person' } satisfies FlowNext);
    }
    this.values(step).distress = message.lossOfControl;
    // The topic first: the wijkwijzer rule needs it before anything else is asked.
    return step.beginDialog(dialogIds.questionLoop, {
      only: ['topic'],
    } satisfies QuestionLoopOptions);
  }

  /** Every question takes what the message already said about it ("ik woon in de Roombeek"). */
  private async fillFromMessage(step: WaterfallStepContext<IntakeOptions>, message: MessageFacts) {
    const { state, services } = this.deps;
    const language = await state.language(step.context);
    for (const question of intakeQuestions) {
      const facts = await state.facts(step.context);
      if (question.isKnown(facts)) continue;
      const applied = question.fromMention(message, {
        language,
        knowledge: services.knowledge,
        facts,
      });
      if (applied === undefined) continue;
      await state.updateFacts(step.context, () => applied.facts);
      if (applied.confirm !== undefined) await step.context.sendActivity(applied.confirm);
    }
  }

  /**
   * "Het is me niet gelukt" from a resident who searched here before (ADR 0014, defect 8): the
   * same levensgebied again, that visit marked as not solved, and what it showed left out.
   */
  private async returning(
    step: WaterfallStepContext<IntakeOptions>,
    message: MessageFacts,
    facts: IntakeFacts,
  ): Promise<IntakeFacts> {
    const { state, services } = this.deps;
    if (message.notSolved === undefined || facts.levensgebieden.length > 0) return facts;
    const now = services.clock.now();
    const days = services.settings.residentMemoryDays;
    const visit = visitNotSolved(await state.memory(step.context, now, days));
    if (visit === undefined) return facts;
    const reason = message.notSolved;
    await state.updateMemory(step.context, now, days, (memory) =>
      updateVisit(memory, visit.id, (current) => ({
        ...current,
        notSolvedAt: now.toISOString(),
        followUp: reason === 'other' ? current.followUp : reason,
      })),
    );
    if (reason !== 'other') await countInsight(this.deps, { kind: 'follow_up', outcome: reason });
    const language = await state.language(step.context);
    await step.context.sendActivity(
      textsFor(language).intake.followUp.notSolved(
        domainLabels(services.knowledge, visit.levensgebieden, language),
      ),
    );
    return settle(
      {
        ...facts,
        levensgebieden: visit.levensgebieden,
        shown: [...new Set([...facts.shown, ...visit.shown])],
      },
      'topic',
    );
  }

  /** The wijkwijzer rule, in order: too many levensgebieden at once; back about the same one. */
  private async applyRule(step: WaterfallStepContext<IntakeOptions>): Promise<DialogTurnResult> {
    const { state, services } = this.deps;
    const facts = await state.facts(step.context);
    let reason: Exclude<HandoverReason, 'asked_for_person'> | undefined;
    if (touchesManyDomains(facts.levensgebieden)) reason = 'many_domains';
    else if (facts.levensgebieden.length > 0) {
      const memory = await state.memory(
        step.context,
        services.clock.now(),
        services.settings.residentMemoryDays,
      );
      if (unsolvedEarlierVisit(memory, facts.levensgebieden, facts.visitIds) !== undefined) {
        reason = 'returning_unsolved';
      }
    }
    if (reason === undefined) return step.next();
    this.values(step).proposal = reason;
    return step.beginDialog(dialogIds.proposal, { reason });
  }

  private async askTheRest(step: WaterfallStepContext<IntakeOptions>) {
    const reason = this.values(step).proposal;
    if (reason !== undefined && isProposalResult(step.result) && step.result.accepted) {
      return step.endDialog({ next: 'handover', reason } satisfies FlowNext);
    }
    if (reason === 'many_domains' && this.values(step).distress !== true) {
      // Declined: the search goes on, with one of the many to start with (ADR 0014). Searched with
      // all of them boosted at once, the boost tells the ranking nothing; the one the resident
      // picks does (or "Iets anders", then the list, when the right one was not among them).
      // Not for a resident who said they do not know where to begin: that one is not asked where
      // to begin, and gets the results with the offer of a person.
      await this.deps.state.updateFacts(step.context, (facts) =>
        unsettle({ ...facts, topicGuess: facts.levensgebieden, levensgebieden: [] }, 'topic'),
      );
    }
    return step.beginDialog(dialogIds.questionLoop, {} satisfies QuestionLoopOptions);
  }

  private async showResults(step: WaterfallStepContext<IntakeOptions>) {
    const reason = this.values(step).proposal;
    // A resident who declined a proposal is not offered a person again with the results.
    const distress = this.values(step).distress === true && reason === undefined;
    return step.beginDialog(
      dialogIds.results,
      (distress ? { distress } : {}) satisfies ResultsOptions,
    );
  }

  private async finish(step: WaterfallStepContext<IntakeOptions>) {
    const outcome = step.result as ResultsOutcome | undefined;
    if (outcome?.next === 'again') {
      // "Iets anders zoeken", or a question of its own typed at "Helpt dit u verder?".
      return step.replaceDialog(dialogIds.intake, {
        again: true,
        ...(outcome.firstText === undefined ? {} : { firstText: outcome.firstText }),
        ...(outcome.masked === true ? { firstTextMasked: true } : {}),
      } satisfies IntakeOptions);
    }
    return step.endDialog(isFlowNext(outcome) ? outcome : ({ next: 'done' } satisfies FlowNext));
  }
}
