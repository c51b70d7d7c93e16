import { ActivityTypes, AttachmentLayoutTypes } from 'botbuilder';
import {
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { ForWhom } from '../../src/cases/case.js';
import {
  ageBandOf,
  ageBands,
  parseTypedAge,
  representativeAge,
} from '../../src/conversation/ageBands.js';
import type { ChoiceOption } from '../../src/conversation/choiceMatching.js';
import {
  ageFor,
  extractFirstMessageFacts,
  withoutResidence,
  type FirstMessageFacts,
} from '../../src/conversation/firstMessage.js';
import {
  factsForNextQuestion,
  type IntakeFacts,
  type TriedKind,
} from '../../src/conversation/intakeFacts.js';
import type { Language } from '../../src/conversation/language.js';
import { foldReply } from '../../src/conversation/matchText.js';
import {
  addVisit,
  unsolvedEarlierVisit,
  updateVisit,
  type ResultAnswer,
} from '../../src/conversation/residentMemory.js';
import {
  signalsLossOfControl,
  touchesManyDomains,
  type HandoverReason,
} from '../../src/conversation/wijkwijzerRule.js';
import { unmetNeedsRecorderOn } from '../../src/insights/insightsRecorder.js';
import type { ResidentArea } from '../../src/knowledge/catalogue.js';
import { localDate } from '../../src/shared/gemeenteTime.js';
import { newId } from '../../src/shared/ids.js';
import { moduleLogger } from '../../src/shared/logger.js';
import { countInsight, type DialogDeps } from '../dialogDeps.js';
import { dialogIds, type FlowNext } from '../dialogIds.js';
import type { IntakeSearchResult } from '../ports.js';
import { choice, yesNoChoices } from '../prompts/choices.js';
import {
  asQuestionResult,
  type QuestionOptions,
  type QuestionResult,
} from '../prompts/question.js';
import { domainLabel, domainLabels, textsFor } from '../texts.js';
import { decodeArea } from './areaAnswer.js';
import { isProposalResult } from './proposalDialog.js';
import { voorzieningAttachment } from './resultCards.js';
import { recogniseHelpfulReply } from '../../src/understanding/replies.js';

export interface IntakeOptions {
  /** The resident's first message, when it already is the question. */
  readonly firstText?: string;
  /** A further question in the same conversation ("Iets anders zoeken"). */
  readonly again?: boolean;
  /** Set after one too-short question, so the bot asks for more only once. */
  readonly askedForMore?: boolean;
}

/** Working notes of one intake, kept in the waterfall's values (plain JSON). */
interface IntakeValues {
  extracted?: FirstMessageFacts;
  /** Levensgebieden the search saw in the question, most likely first. */
  detected?: string[];
  /** Which question about the levensgebieden was asked: one, two, or the whole list. */
  domainQuestion?: 'one' | 'two' | 'list' | 'none';
  /** The reason of the proposal that is running, to hand over with it. */
  proposal?: Exclude<HandoverReason, 'asked_for_person'>;
  proposed?: string[];
  noMatch?: boolean;
  visitId?: string;
}

/** Words that greet instead of asking: the bot asks for the question instead of searching. */
const GREETINGS = new Set([
  'hoi',
  'hallo',
  'hi',
  'hello',
  'hey',
  'hee',
  'goedemorgen',
  'goedemiddag',
  'goedenavond',
  'dag',
  'test',
  'hallo daar',
  'goede morgen',
  'goede middag',
  'good morning',
  'good afternoon',
]);

/** Confidence from which a levensgebied is offered to confirm (one clear everyday word is 0.55). */
const OFFER_CONFIDENCE = 0.4;

function isTooShort(text: string): boolean {
  const folded = foldReply(text);
  return folded === '' || !/\p{L}{2}/u.test(folded) || GREETINGS.has(folded);
}

const FOR_WHOM_CHOICES = ['self', 'child', 'caredFor', 'someoneElse'] as const;

function forWhomFromChoice(value: string): { forWhom: ForWhom; caresFor: boolean } | undefined {
  switch (value) {
    case 'self':
      return { forWhom: 'zelf', caresFor: false };
    case 'child':
      return { forWhom: 'kind', caresFor: false };
    case 'caredFor':
      return { forWhom: 'naaste', caresFor: true };
    case 'someoneElse':
      return { forWhom: 'ander', caresFor: false };
    default:
      return undefined;
  }
}

const TRIED_CHOICES: readonly TriedKind[] = ['self', 'network', 'already_help', 'nothing'];

/**
 * The intake (issue 5, item 3): the question in the resident's own words → the levensgebieden,
 * confirmed or chosen → for whom and age band → where → what was tried → the top 3 as cards →
 * "Helpt dit u verder?". Skips what the first message already said, lets every question be
 * skipped where that is allowed, and proposes the wijkteam when the wijkwijzer rule says so.
 * Ends with a FlowNext: done, or on to the handover.
 */
export class IntakeDialog extends WaterfallDialog<IntakeOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(dialogIds.intake);
    for (const step of [
      this.askQuestion,
      this.receiveQuestion,
      this.askDomains,
      this.receiveDomains,
      this.receiveDomainList,
      this.askForWhom,
      this.askAge,
      this.askWhere,
      this.askTried,
      this.showResults,
      this.receiveHelpful,
      this.receiveScore,
    ]) {
      this.addStep(step.bind(this));
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  private values(step: WaterfallStepContext<IntakeOptions>): IntakeValues {
    return step.values as IntakeValues;
  }

  private async language(step: WaterfallStepContext<IntakeOptions>): Promise<Language> {
    return this.deps.state.language(step.context);
  }

  private facts(step: WaterfallStepContext<IntakeOptions>): Promise<IntakeFacts> {
    return this.deps.state.facts(step.context);
  }

  private updateFacts(
    step: WaterfallStepContext<IntakeOptions>,
    change: (facts: IntakeFacts) => IntakeFacts,
  ) {
    return this.deps.state.updateFacts(step.context, change);
  }

  private ask(
    step: WaterfallStepContext<IntakeOptions>,
    options: QuestionOptions,
    id: string = dialogIds.question,
  ) {
    return step.beginDialog(id, options);
  }

  private end(
    step: WaterfallStepContext<IntakeOptions>,
    next: FlowNext,
  ): Promise<DialogTurnResult> {
    return step.endDialog(next);
  }

  /** When a proposal ran in the previous step: on to the handover if the resident said yes. */
  private async afterProposal(
    step: WaterfallStepContext<IntakeOptions>,
  ): Promise<DialogTurnResult | undefined> {
    const values = this.values(step);
    const reason = values.proposal;
    if (reason === undefined || !isProposalResult(step.result)) return undefined;
    delete values.proposal;
    values.proposed = [...(values.proposed ?? []), reason];
    if (step.result.accepted) return this.end(step, { next: 'handover', reason });
    return undefined;
  }

  /**
   * Proposes the wijkteam once per search: a resident who said no is not asked again for another
   * reason, except when nothing was found at all (otherwise that would be a dead end).
   */
  private propose(
    step: WaterfallStepContext<IntakeOptions>,
    reason: Exclude<HandoverReason, 'asked_for_person'>,
  ) {
    const values = this.values(step);
    if (reason !== 'no_good_match' && (values.proposed ?? []).length > 0) return step.next();
    values.proposal = reason;
    return step.beginDialog(dialogIds.proposal, { reason });
  }

  private search(facts: IntakeFacts, text: string, today: string): IntakeSearchResult {
    const { knowledge } = this.deps.services;
    const age =
      facts.age ?? (facts.ageBand === null ? undefined : representativeAge(facts.ageBand));
    const stadsdeelName =
      facts.stadsdeel === null
        ? undefined
        : (knowledge.wijken().find((wijk) => wijk.stadsdeelId === facts.stadsdeel)?.stadsdeel ??
          facts.stadsdeel);
    const area: ResidentArea = {
      ...(facts.wijk === null ? {} : { wijk: facts.wijk }),
      ...(stadsdeelName === undefined ? {} : { stadsdeel: stadsdeelName }),
    };
    return knowledge.search({
      text: withoutResidence(
        text,
        knowledge.wijken().map((wijk) => wijk.naam),
      ),
      today,
      ...(age === undefined ? {} : { age }),
      ...(area.wijk === undefined && area.stadsdeel === undefined ? {} : { area }),
      // Issue 11: the levensgebieden the resident chose count in the ranking, not only as words.
      ...(facts.levensgebieden.length === 0 ? {} : { levensgebieden: facts.levensgebieden }),
    });
  }

  private today(): string {
    return localDate(this.deps.services.clock.now());
  }

  // ---- steps --------------------------------------------------------------------------------

  private async askQuestion(step: WaterfallStepContext<IntakeOptions>) {
    const firstText = step.options.firstText;
    if (firstText !== undefined && !isTooShort(firstText)) {
      return step.next({ kind: 'text', text: firstText } satisfies QuestionResult);
    }
    const texts = textsFor(await this.language(step)).intake;
    return this.ask(step, {
      prompt: step.options.again === true ? texts.askNextQuestion : texts.askQuestion,
      allowText: true,
      retry: texts.questionTooShort,
    });
  }

  private async receiveQuestion(step: WaterfallStepContext<IntakeOptions>) {
    const texts = textsFor(await this.language(step)).intake;
    const result = asQuestionResult(step.result);
    if (result.kind !== 'text') return this.end(step, { next: 'done' });
    const text = result.text;
    if (isTooShort(text) && step.options.askedForMore !== true) {
      await step.context.sendActivity(texts.questionTooShort);
      return step.replaceDialog(dialogIds.intake, {
        ...step.options,
        firstText: undefined,
        askedForMore: true,
      });
    }

    const { knowledge } = this.deps.services;
    const extracted = extractFirstMessageFacts(
      text,
      knowledge.wijken().map((wijk) => wijk.naam),
    );
    this.values(step).extracted = extracted;
    await this.updateFacts(step, (current) => {
      const base = current.questions.length > 0 ? factsForNextQuestion(current) : current;
      let facts: IntakeFacts = { ...base, questions: [...base.questions, text].slice(-10) };
      if (facts.forWhom === null && extracted.forWhom !== undefined)
        facts = { ...facts, forWhom: extracted.forWhom };
      if (facts.wijk === null && facts.stadsdeel === null) {
        const area = this.areaFromFacts(extracted);
        if (area !== undefined) facts = { ...facts, ...area, whereAsked: true };
      }
      return facts;
    });
    await step.context.sendActivity(texts.questionReceived);
    if (signalsLossOfControl(text)) return this.propose(step, 'loss_of_control');
    return step.next();
  }

  private areaFromFacts(
    extracted: FirstMessageFacts,
  ): Pick<IntakeFacts, 'wijk' | 'stadsdeel'> | undefined {
    const { knowledge } = this.deps.services;
    const source = extracted.postcode ?? extracted.wijk;
    if (source === undefined) return undefined;
    const found = knowledge.lookupPostcode(source);
    if (extracted.postcode !== undefined) {
      if (typeof found === 'string') return undefined;
      const area = decodeArea(
        JSON.stringify({ kind: 'area', wijk: found.wijk, stadsdeel: found.stadsdeelId }),
      );
      return area.kind === 'area' ? { wijk: area.wijk, stadsdeel: area.stadsdeel } : undefined;
    }
    const wijk = knowledge.wijken().find((candidate) => candidate.naam === extracted.wijk);
    if (wijk === undefined) return undefined;
    const area = decodeArea(
      JSON.stringify({ kind: 'area', wijk: wijk.naam, stadsdeel: wijk.stadsdeelId }),
    );
    return area.kind === 'area' ? { wijk: area.wijk, stadsdeel: area.stadsdeel } : undefined;
  }

  private async askDomains(step: WaterfallStepContext<IntakeOptions>) {
    const handover = await this.afterProposal(step);
    if (handover !== undefined) return handover;
    const language = await this.language(step);
    const texts = textsFor(language).intake;
    const facts = await this.facts(step);
    const question = facts.questions.at(-1) ?? '';
    const found = this.search(facts, question, this.today());
    const known = new Set(this.deps.services.knowledge.levensgebieden().map((domain) => domain.id));
    const detected = found.domains
      .filter((domain) => domain.confidence >= OFFER_CONFIDENCE && known.has(domain.slug))
      .map((domain) => domain.slug);
    const values = this.values(step);
    values.detected = detected;

    const strong = found.strongDomains.filter((slug) => known.has(slug));
    if (touchesManyDomains(strong)) {
      // Three or more at once: no need to make the resident pick one; say it and propose.
      values.domainQuestion = 'none';
      await this.updateFacts(step, (current) => ({ ...current, levensgebieden: strong }));
      return step.next();
    }
    const [first, second] = detected;
    if (first !== undefined && second === undefined) {
      values.domainQuestion = 'one';
      return this.ask(step, {
        prompt: texts.domains.confirmOne(
          domainLabel(this.deps.services.knowledge, first, language),
        ),
        choices: yesNoChoices(texts.choices.yes, texts.domains.somethingElse),
        retry: texts.choices.retry,
        maxAttempts: 2,
        language,
      });
    }
    if (first !== undefined && second !== undefined) {
      values.domainQuestion = 'two';
      const { knowledge } = this.deps.services;
      return this.ask(step, {
        prompt: texts.domains.chooseOfFew,
        choices: [
          choice(first, domainLabel(knowledge, first, language)),
          choice(second, domainLabel(knowledge, second, language)),
          choice('both', texts.domains.both, ['allebei', 'beide', 'both', 'alle twee', 'twee']),
          choice('other', texts.domains.somethingElse, [
            'anders',
            'iets anders',
            'something else',
            'other',
          ]),
        ],
        numbered: true,
        retry: texts.choices.retry,
        maxAttempts: 2,
        language,
      });
    }
    values.domainQuestion = 'list';
    return step.next({ kind: 'choice', value: 'other' } satisfies QuestionResult);
  }

  private domainListQuestion(language: Language): QuestionOptions {
    const texts = textsFor(language).intake;
    const { knowledge } = this.deps.services;
    return {
      prompt: texts.domains.chooseFromList,
      choices: knowledge.levensgebieden().map((domain) => ({
        value: domain.id,
        label: domainLabel(knowledge, domain.id, language),
        // Typing the Dutch name works in English too, and the other way round.
        synonyms: [domain.label, domainLabel(knowledge, domain.id, 'en')],
      })),
      numbered: true,
      retry: texts.domains.retry,
      maxAttempts: 3,
      language,
    };
  }

  private async receiveDomains(step: WaterfallStepContext<IntakeOptions>) {
    const values = this.values(step);
    const language = await this.language(step);
    if (values.domainQuestion === 'none') return step.next();
    const result = asQuestionResult(step.result);
    const detected = values.detected ?? [];
    let chosen: string[] | undefined;
    if (values.domainQuestion === 'one' && result.kind === 'choice' && result.value === 'yes') {
      chosen = detected.slice(0, 1);
    } else if (values.domainQuestion === 'two' && result.kind === 'choice') {
      if (result.value === 'both') chosen = detected.slice(0, 2);
      else if (detected.includes(result.value)) chosen = [result.value];
    }
    if (chosen !== undefined) {
      await this.updateFacts(step, (facts) => ({ ...facts, levensgebieden: chosen }));
      return step.next();
    }
    values.domainQuestion = 'list';
    return this.ask(step, this.domainListQuestion(language));
  }

  private async receiveDomainList(step: WaterfallStepContext<IntakeOptions>) {
    const values = this.values(step);
    const language = await this.language(step);
    const texts = textsFor(language).intake;
    const { knowledge } = this.deps.services;
    if (values.domainQuestion === 'list') {
      const result = asQuestionResult(step.result);
      if (result.kind === 'choice') {
        await this.updateFacts(step, (facts) => ({ ...facts, levensgebieden: [result.value] }));
      }
    }
    const facts = await this.facts(step);
    if (facts.levensgebieden.length > 0) {
      await step.context.sendActivity(
        texts.domains.chosen(domainLabels(knowledge, facts.levensgebieden, language)),
      );
    }
    // The wijkwijzer rule, in order: too many levensgebieden at once; back about the same one.
    if (touchesManyDomains(facts.levensgebieden)) return this.propose(step, 'many_domains');
    const now = this.deps.services.clock.now();
    const memory = await this.deps.state.memory(
      step.context,
      now,
      this.deps.services.settings.residentMemoryDays,
    );
    if (
      facts.levensgebieden.length > 0 &&
      unsolvedEarlierVisit(memory, facts.levensgebieden, facts.visitIds) !== undefined
    ) {
      return this.propose(step, 'returning_unsolved');
    }
    return step.next();
  }

  private async askForWhom(step: WaterfallStepContext<IntakeOptions>) {
    const handover = await this.afterProposal(step);
    if (handover !== undefined) return handover;
    const facts = await this.facts(step);
    if (facts.forWhom !== null) return step.next();
    const language = await this.language(step);
    const texts = textsFor(language).intake.forWhom;
    return this.ask(step, {
      prompt: texts.question,
      choices: [
        choice('self', texts.self, ['mezelf', 'mijzelf', 'ik', 'mij', 'zelf', 'myself', 'me']),
        choice('child', texts.child, [
          'kind',
          'zoon',
          'dochter',
          'kinderen',
          'child',
          'son',
          'daughter',
        ]),
        choice('caredFor', texts.caredFor, [
          'mantelzorg',
          'iemand voor wie ik zorg',
          'naaste',
          'someone i care for',
        ]),
        choice('someoneElse', texts.someoneElse, [
          'iemand anders',
          'een ander',
          'ander',
          'someone else',
          'buurman',
          'buurvrouw',
          'vriend',
          'vriendin',
        ]),
      ] satisfies ChoiceOption[],
      numbered: true,
      retry: texts.retry,
      maxAttempts: 2,
      language,
    });
  }

  private async askAge(step: WaterfallStepContext<IntakeOptions>) {
    const result = asQuestionResult(step.result);
    if (
      result.kind === 'choice' &&
      (FOR_WHOM_CHOICES as readonly string[]).includes(result.value)
    ) {
      const chosen = forWhomFromChoice(result.value);
      if (chosen !== undefined) await this.updateFacts(step, (facts) => ({ ...facts, ...chosen }));
    }
    let facts = await this.facts(step);
    if (facts.ageBand === null && !facts.ageAsked) {
      const extracted = this.values(step).extracted;
      const age = extracted === undefined ? undefined : ageFor(extracted, facts.forWhom ?? 'zelf');
      if (age !== undefined) {
        facts = await this.updateFacts(step, (current) => ({
          ...current,
          age,
          ageBand: ageBandOf(age),
        }));
      }
    }
    if (facts.ageBand !== null || facts.ageAsked) return step.next();
    const language = await this.language(step);
    const texts = textsFor(language).intake.age;
    const prompt =
      facts.forWhom === 'zelf' || facts.forWhom === null
        ? texts.self
        : facts.forWhom === 'kind'
          ? texts.child
          : texts.other;
    return this.ask(
      step,
      {
        prompt,
        choices: [
          ...ageBands.map((band) => choice(band, texts.bands[band])),
          choice('skip', texts.skip, ['zeg ik liever niet', 'liever niet', 'rather not say']),
        ],
        numbers: false,
        allowSkip: true,
        retry: texts.retry,
        maxAttempts: 2,
        language,
      },
      dialogIds.ageQuestion,
    );
  }

  private async askWhere(step: WaterfallStepContext<IntakeOptions>) {
    const result = asQuestionResult(step.result);
    if (
      result.kind === 'choice' ||
      result.kind === 'value' ||
      result.kind === 'skip' ||
      result.kind === 'unrecognised'
    ) {
      const facts = await this.facts(step);
      if (facts.ageBand === null && !facts.ageAsked && step.result !== undefined) {
        const band =
          result.kind === 'choice'
            ? ageBands.find((candidate) => candidate === result.value)
            : undefined;
        const age = result.kind === 'value' ? parseTypedAge(result.value) : undefined;
        await this.updateFacts(step, (current) => ({
          ...current,
          ageAsked: true,
          ...(band === undefined ? {} : { ageBand: band }),
          ...(age === undefined ? {} : { age, ageBand: ageBandOf(age) }),
        }));
      }
    }
    const facts = await this.facts(step);
    if (facts.wijk !== null || facts.stadsdeel !== null || facts.whereAsked) return step.next();
    const language = await this.language(step);
    const texts = textsFor(language).intake.where;
    return this.ask(
      step,
      {
        prompt: texts.question,
        choices: [choice('skip', texts.skip, ['overslaan', 'skip', 'weet ik niet'])],
        numbers: false,
        allowSkip: true,
        retry: texts.unknown,
        maxAttempts: 2,
        language,
      },
      dialogIds.whereQuestion,
    );
  }

  private async askTried(step: WaterfallStepContext<IntakeOptions>) {
    const facts = await this.facts(step);
    const language = await this.language(step);
    const texts = textsFor(language).intake;
    if (
      !facts.whereAsked &&
      facts.wijk === null &&
      facts.stadsdeel === null &&
      step.result !== undefined
    ) {
      const result = asQuestionResult(step.result);
      const area = result.kind === 'value' ? decodeArea(result.value) : undefined;
      if (area?.kind === 'area') {
        await this.updateFacts(step, (current) => ({
          ...current,
          wijk: area.wijk,
          stadsdeel: area.stadsdeel,
          whereAsked: true,
        }));
        if (area.wijk !== null) await step.context.sendActivity(texts.where.found(area.wijk));
      } else {
        await this.updateFacts(step, (current) => ({ ...current, whereAsked: true }));
        await step.context.sendActivity(
          area?.kind === 'outside' ? texts.where.outside : texts.where.skipped,
        );
      }
    }
    if ((await this.facts(step)).triedAsked) return step.next();
    const tried = texts.tried;
    return this.ask(step, {
      prompt: tried.question,
      choices: [
        choice('self', tried.self, ['zelf', 'ja zelf', 'myself']),
        choice('network', tried.network, [
          'familie',
          'vrienden',
          'buren',
          'mensen om mij heen',
          'family',
          'friends',
        ]),
        choice('already_help', tried.alreadyHelp, ['al hulp', 'ik heb al hulp', 'already help']),
        choice('nothing', tried.nothing, ['niets', 'nee', 'nog niet', 'nothing', 'no']),
        choice('skip', tried.skip, ['overslaan', 'skip']),
      ],
      numbered: true,
      allowSkip: true,
      allowText: true,
      retry: texts.choices.retry,
      language,
    });
  }

  private async showResults(step: WaterfallStepContext<IntakeOptions>) {
    const language = await this.language(step);
    const texts = textsFor(language).intake;
    const result = asQuestionResult(step.result);
    const current = await this.facts(step);
    if (!current.triedAsked && step.result !== undefined) {
      const tried =
        result.kind === 'choice'
          ? TRIED_CHOICES.find((candidate) => candidate === result.value)
          : undefined;
      const typed = result.kind === 'text' ? result.text.slice(0, 2000) : '';
      await this.updateFacts(step, (facts) => ({
        ...facts,
        triedAsked: true,
        ...(tried === undefined ? {} : { tried }),
        triedText: typed,
      }));
      if (tried !== undefined || typed !== '') await step.context.sendActivity(texts.tried.thanks);
    }

    const facts = await this.facts(step);
    const { knowledge } = this.deps.services;
    const detected = this.values(step).detected ?? [];
    // A levensgebied the resident chose that their words did not show: search with its name too.
    const extra = facts.levensgebieden
      .filter((slug) => !detected.includes(slug))
      .map((slug) => domainLabel(knowledge, slug, 'nl'));
    const query = [facts.questions.at(-1) ?? '', ...extra].join(' ');
    const found = this.search(facts, query, this.today());
    const hits = found.results.slice(0, 3);
    // Issue 11: help that fits the question but not the age is said, not shown.
    if (found.noAgeFit === true) await step.context.sendActivity(texts.results.noAgeFit);
    if (found.noGoodMatch || hits.length === 0) {
      this.values(step).noMatch = true;
      try {
        await unmetNeedsRecorderOn(this.deps.services.insights).record({
          levensgebieden: facts.levensgebieden,
          ...(facts.wijk === null ? {} : { wijk: facts.wijk }),
          at: this.deps.services.clock.now(),
        });
      } catch (error) {
        moduleLogger(this.deps.services.logger, 'insights').warn(
          { err: error },
          'unmet need not counted',
        );
      }
      await this.rememberVisit(step, facts);
      return this.propose(step, 'no_good_match');
    }

    await step.context.sendActivity(texts.results.intro(hits.length));
    if (texts.results.cardsLanguage !== '')
      await step.context.sendActivity(texts.results.cardsLanguage);
    const today = this.today();
    await step.context.sendActivity({
      type: ActivityTypes.Message,
      attachmentLayout: AttachmentLayoutTypes.List,
      attachments: hits.map((hit) => voorzieningAttachment(hit.voorziening, today)),
    });
    await this.updateFacts(step, (current) => ({
      ...current,
      shown: [...new Set([...current.shown, ...hits.map((hit) => hit.id)])].slice(-100),
    }));
    await this.rememberVisit(step, await this.facts(step));
    return this.ask(step, {
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
        // "Nee" is not "search again": a resident who says no gets a person offered (issue 11).
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
      allowText: true,
      retry: texts.choices.retry,
      maxAttempts: 2,
      language,
    });
  }

  /** Remembers this search for the resident: date and levensgebieden only (resident memory). */
  private async rememberVisit(
    step: WaterfallStepContext<IntakeOptions>,
    facts: IntakeFacts,
  ): Promise<void> {
    const { clock, settings } = this.deps.services;
    const now = clock.now();
    const id = newId();
    this.values(step).visitId = id;
    await this.deps.state.updateMemory(step.context, now, settings.residentMemoryDays, (memory) =>
      addVisit(memory, {
        id,
        at: now.toISOString(),
        levensgebieden: facts.levensgebieden,
        answer: null,
        handedOver: false,
        followUp: null,
        followUpAskedAt: null,
      }),
    );
    await this.updateFacts(step, (current) => ({
      ...current,
      visitIds: [...current.visitIds, id].slice(-10),
    }));
  }

  private async recordAnswer(
    step: WaterfallStepContext<IntakeOptions>,
    answer: ResultAnswer,
  ): Promise<void> {
    await countInsight(this.deps, { kind: 'helped', answer });
    const id = this.values(step).visitId;
    if (id === undefined) return;
    const { clock, settings } = this.deps.services;
    await this.deps.state.updateMemory(
      step.context,
      clock.now(),
      settings.residentMemoryDays,
      (memory) => updateVisit(memory, id, (visit) => ({ ...visit, answer })),
    );
  }

  private async receiveHelpful(step: WaterfallStepContext<IntakeOptions>) {
    if (this.values(step).noMatch === true) {
      const handover = await this.afterProposal(step);
      return handover ?? this.end(step, { next: 'done' });
    }
    const language = await this.language(step);
    const texts = textsFor(language).intake;
    const result = asQuestionResult(step.result);
    // Free text at "Helpt dit u verder?" (issue 11, class 7): read it, do not reject it.
    const typed = result.kind === 'text' ? recogniseHelpfulReply(result.text) : undefined;
    if (typed === 'new_question' && result.kind === 'text') {
      await this.recordAnswer(step, 'search_again');
      return step.replaceDialog(dialogIds.intake, {
        again: true,
        firstText: result.text,
      } satisfies IntakeOptions);
    }
    if (typed === 'not_helped') {
      await this.recordAnswer(step, 'search_again');
      this.values(step).noMatch = true;
      return this.propose(step, 'no_good_match');
    }
    const answer =
      result.kind === 'choice'
        ? result.value
        : typed === 'wants_person'
          ? 'wants_person'
          : typed === 'helped'
            ? 'helped'
            : typed === 'search_again'
              ? 'search_again'
              : undefined;
    switch (answer) {
      case 'helped': {
        await this.recordAnswer(step, 'helped');
        await step.context.sendActivity(texts.results.glad);
        return this.ask(
          step,
          {
            prompt: texts.results.scoreQuestion,
            choices: [
              ...['1', '2', '3', '4', '5'].map((score) => choice(score, score)),
              choice('skip', texts.results.scoreSkip, [
                'liever niet',
                'nee',
                'no',
                'overslaan',
                'skip',
              ]),
            ],
            allowSkip: true,
            retry: texts.choices.retry,
            maxAttempts: 2,
            language,
          },
          dialogIds.scoreQuestion,
        );
      }
      case 'search_again':
        await this.recordAnswer(step, 'search_again');
        return step.replaceDialog(dialogIds.intake, { again: true } satisfies IntakeOptions);
      case 'wants_person':
        await this.recordAnswer(step, 'wants_person');
        await countInsight(this.deps, {
          kind: 'handover',
          step: 'accepted',
          reason: 'asked_for_person',
        });
        return this.end(step, { next: 'handover', reason: 'asked_for_person' });
      default:
        await step.context.sendActivity(texts.results.goodbye);
        return this.end(step, { next: 'done' });
    }
  }

  private async receiveScore(step: WaterfallStepContext<IntakeOptions>) {
    // After "nee, helpt niet" the wijkteam was proposed instead of a score question.
    if (this.values(step).noMatch === true) {
      const handover = await this.afterProposal(step);
      return handover ?? this.end(step, { next: 'done' });
    }
    const texts = textsFor(await this.language(step)).intake;
    const result = asQuestionResult(step.result);
    const score = result.kind === 'choice' ? Number(result.value) : Number.NaN;
    if (Number.isInteger(score) && score >= 1 && score <= 5) {
      await countInsight(this.deps, { kind: 'score', score });
      await step.context.sendActivity(texts.results.scoreThanks);
    }
    await step.context.sendActivity(texts.results.goodbye);
    return this.end(step, { next: 'done' });
  }
}
