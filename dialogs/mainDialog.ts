import { ActivityTypes, type TurnContext } from 'botbuilder';
import { ComponentDialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import {
  parseBestMoment,
  parseContactReply,
  parseNameReply,
} from '../src/conversation/contactReplies.js';
import {
  recogniseInterruption,
  recogniseServiceWordQuestion,
} from '../src/conversation/interruptions.js';
import type { Language } from '../src/understanding/language.js';
import { onlyLanguageOf } from '../src/understanding/languageRequest.js';
import { residentWords } from '../src/conversation/residentWords.js';
import type { DialogDeps } from './dialogDeps.js';
import { dialogIds } from './dialogIds.js';
import { FlowDialog, type FlowOptions } from './flowDialog.js';
import { HandoverContactDialog } from './handover/handoverContactDialog.js';
import { HandoverDialog } from './handover/handoverDialog.js';
import { HandoverSummaryDialog } from './handover/handoverSummaryDialog.js';
import { IntakeDialog } from './intake/intakeDialog.js';
import { ProposalDialog } from './intake/proposalDialog.js';
import { QuestionLoopDialog } from './intake/questionLoop.js';
import { intakeQuestions, questionDialogId } from './intake/questions/index.js';
import { withMentions } from './intake/replyMentions.js';
import { WijkteamQuestionDialog } from './intake/wijkteamQuestionDialog.js';
import { ResultsDialog } from './intake/resultsDialog.js';
import { messageOf } from './intake/turnMessage.js';
import { Interruptions } from './interruptions.js';
import { OpeningDialog } from './opening/openingDialog.js';
import { followUpLevensgebieden, followUpQuestion } from './opening/followUpQuestion.js';
import { ForgetDialog } from './privacy/forgetDialog.js';
import {
  isButtonOfOpenQuestion,
  openQuestionOptions,
  Question,
  type QuestionOptions,
  type Recognised,
} from './prompts/question.js';
import { textsFor } from './texts.js';

/** How the bot starts the main dialog: for a message that arrived while nothing was running. */
export interface MainOptions {
  readonly firstText?: string;
  /** The language of the resident's browser (the widget's join event): the welcome's default. */
  readonly browserLanguage?: Language;
}

/**
 * The conversation's root: every dialog of the wijkwijzer in one flat set, and the commands a
 * resident can type anywhere (help, opnieuw, stop, mens, privacy, wat weet je van mij, vergeet
 * mij), recognised on the whole message before the running question sees it. The crisis check runs
 * before this dialog, in the bot (ConversationGuard).
 */
export class MainDialog extends ComponentDialog {
  private readonly interruptions: Interruptions;

  constructor(private readonly deps: DialogDeps) {
    super(dialogIds.main);
    this.interruptions = new Interruptions(deps);
    const { knowledge } = deps.services;
    const language = (options: QuestionOptions) => options.language ?? 'nl';
    const languageOf = (context: TurnContext) => deps.state.language(context);

    this.addDialog(new FlowDialog());
    this.addDialog(new OpeningDialog(deps));
    this.addDialog(new IntakeDialog(deps));
    this.addDialog(new ProposalDialog(deps));
    this.addDialog(new HandoverDialog(deps));
    this.addDialog(new HandoverContactDialog(deps));
    this.addDialog(new HandoverSummaryDialog(deps));
    this.addDialog(new ForgetDialog(deps));

    this.addDialog(new QuestionLoopDialog(deps));
    this.addDialog(new ResultsDialog(deps));
    this.addDialog(new WijkteamQuestionDialog(deps));
    this.addDialog(new Question(dialogIds.question, undefined, languageOf));
    this.addDialog(new Question(dialogIds.scoreQuestion, undefined, languageOf));
    this.addDialog(
      new Question(dialogIds.followUpQuestion, undefined, languageOf, (_context, to, input) =>
        Promise.resolve(followUpQuestion(knowledge, followUpLevensgebieden(input), to)),
      ),
    );
    // One prompt per intake question, each with its question module's recogniser (ADR 0014).
    for (const question of intakeQuestions) {
      this.addDialog(
        new Question(
          questionDialogId(question.id),
          async (text, options, context) => {
            const message = messageOf(context, knowledge, text);
            const asked = {
              language: language(options),
              knowledge,
              facts: await deps.state.facts(context),
            };
            const found = question.recogniseReply(message, asked);
            return withMentions(found, message, asked, context, deps.state);
          },
          languageOf,
          async (context, language, purpose) =>
            question.ask({
              language,
              knowledge,
              facts: await deps.state.facts(context),
              purpose: purpose === 'handover' ? 'handover' : 'search',
            }),
        ),
      );
    }
    this.addDialog(
      new Question(
        dialogIds.nameQuestion,
        (text, options): Recognised => {
          const reply = parseNameReply(text);
          if (reply.kind === 'name') return { kind: 'value', value: reply.name };
          const texts = textsFor(language(options)).handover.name;
          return {
            kind: 'retry',
            message: reply.problem === 'format' ? texts.retry : texts[reply.problem],
          };
        },
        languageOf,
      ),
    );
    this.addDialog(
      new Question(
        dialogIds.contactQuestion,
        (text, options): Recognised => {
          const reply = parseContactReply(text);
          if (reply.kind === 'invalid') {
            return {
              kind: 'retry',
              message: textsFor(language(options)).handover.contact[reply.problem],
            };
          }
          return { kind: 'value', value: reply };
        },
        languageOf,
      ),
    );
    this.addDialog(
      new Question(
        dialogIds.emailQuestion,
        (text, options): Recognised => {
          const reply = parseContactReply(text);
          return reply.kind === 'email'
            ? { kind: 'value', value: reply }
            : { kind: 'retry', message: textsFor(language(options)).handover.contact.email };
        },
        languageOf,
      ),
    );
    this.addDialog(
      new Question(
        dialogIds.momentQuestion,
        (text, options): Recognised => {
          const moment = parseBestMoment(text);
          return moment === undefined
            ? { kind: 'retry', message: textsFor(language(options)).handover.moment.retry }
            : { kind: 'value', value: moment };
        },
        languageOf,
      ),
    );
    this.initialDialogId = dialogIds.flow;
  }

  protected override async onBeginDialog(
    innerDc: DialogContext,
    options?: MainOptions,
  ): Promise<DialogTurnResult> {
    await this.forgetStaleContact(innerDc);
    const text = options?.firstText;
    if (text === undefined) {
      if (options?.browserLanguage !== undefined) {
        await this.startIn(innerDc.context, options.browserLanguage);
      }
      return innerDc.beginDialog(dialogIds.flow, { start: 'welcome' } satisfies FlowOptions);
    }
    if (this.choosesLanguageOnly(innerDc.context, text))
      return this.interruptions.languageChosen(innerDc, false);
    const kind = recogniseInterruption(text);
    if (kind !== undefined) return this.interruptions.atStart(kind, innerDc);
    // Dialog options are stored with the dialog stack: the first message goes in masked.
    const words = residentWords(text, 4000);
    return innerDc.beginDialog(dialogIds.flow, {
      start: 'welcome',
      firstText: words.text,
      ...(words.masked ? { firstTextMasked: true } : {}),
    } satisfies FlowOptions);
  }

  /**
   * A conversation not yet greeted starts in the browser's language; the welcome may still choose
   * the language the resident used last time (OpeningDialog).
   */
  private async startIn(context: TurnContext, language: Language): Promise<void> {
    const data = await this.deps.state.conversation(context);
    if (data.greeted || data.language === language) return;
    await this.deps.state.updateConversation(context, (current) => ({ ...current, language }));
  }

  /**
   * The message only chooses a language ("English please"): read from the turn's understanding
   * pass, which reads a language request once per message (src/understanding/languageRequest.ts).
   */
  private choosesLanguageOnly(context: TurnContext, text: string): boolean {
    const { understanding } = messageOf(context, this.deps.services.knowledge, text);
    return onlyLanguageOf(understanding.languageRequest) !== undefined;
  }

  /** Contact details of a handover left unfinished are not kept past their hold (ADR 0015, item 2). */
  private async forgetStaleContact(dc: DialogContext): Promise<void> {
    await this.deps.state.contact(dc.context, this.deps.services.clock.now());
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    await this.forgetStaleContact(innerDc);
    const activity = innerDc.context.activity;
    if (
      activity.type === ActivityTypes.Message &&
      typeof activity.text === 'string' &&
      !isButtonOfOpenQuestion(innerDc, activity.text)
    ) {
      if (this.choosesLanguageOnly(innerDc.context, activity.text))
        return this.interruptions.languageChosen(innerDc, true);
      const kind = recogniseInterruption(activity.text);
      if (kind !== undefined) return this.interruptions.whileRunning(kind, innerDc);
      // Only where a button is expected: at a question that takes free text ("Waar kan ik u mee
      // helpen?") "wat is mantelzorg?" is the resident's own question.
      const word = recogniseServiceWordQuestion(activity.text);
      const open = openQuestionOptions(innerDc);
      if (word !== undefined && open !== undefined && open.allowText !== true)
        return this.interruptions.explainWord(word, innerDc);
    }
    return super.onContinueDialog(innerDc);
  }
}
