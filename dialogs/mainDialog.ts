import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { parseTypedAge } from '../src/conversation/ageBands.js';
import {
  parseBestMoment,
  parseContactReply,
  parseName,
} from '../src/conversation/contactReplies.js';
import { recogniseInterruption } from '../src/conversation/interruptions.js';
import type { DialogDeps } from './dialogDeps.js';
import { dialogIds } from './dialogIds.js';
import { FlowDialog, type FlowOptions } from './flowDialog.js';
import { encodeContact, HandoverContactDialog } from './handover/handoverContactDialog.js';
import { HandoverDialog } from './handover/handoverDialog.js';
import { HandoverSummaryDialog } from './handover/handoverSummaryDialog.js';
import { encodeArea, resolveArea } from './intake/areaAnswer.js';
import { IntakeDialog } from './intake/intakeDialog.js';
import { ProposalDialog } from './intake/proposalDialog.js';
import { Interruptions } from './interruptions.js';
import { OpeningDialog } from './opening/openingDialog.js';
import { ForgetDialog } from './privacy/forgetDialog.js';
import { Question, type QuestionOptions, type Recognised } from './prompts/question.js';
import { textsFor } from './texts.js';

/** How the bot starts the main dialog: for a message that arrived while nothing was running. */
export interface MainOptions {
  readonly firstText?: string;
}

/**
 * The conversation's root: every dialog of the wijkwijzer in one flat set, and the commands a
 * resident can type anywhere (help, opnieuw, stop, mens, privacy, wat weet je van mij, vergeet
 * mij), recognised on the whole message before the running question sees it. The crisis check runs
 * before this dialog, in the bot (ConversationGuard).
 */
export class MainDialog extends ComponentDialog {
  private readonly interruptions: Interruptions;

  constructor(deps: DialogDeps) {
    super(dialogIds.main);
    this.interruptions = new Interruptions(deps);
    const { knowledge } = deps.services;
    const language = (options: QuestionOptions) => options.language ?? 'nl';

    this.addDialog(new FlowDialog());
    this.addDialog(new OpeningDialog(deps));
    this.addDialog(new IntakeDialog(deps));
    this.addDialog(new ProposalDialog(deps));
    this.addDialog(new HandoverDialog(deps));
    this.addDialog(new HandoverContactDialog(deps));
    this.addDialog(new HandoverSummaryDialog(deps));
    this.addDialog(new ForgetDialog(deps));

    this.addDialog(new Question(dialogIds.question));
    this.addDialog(new Question(dialogIds.scoreQuestion));
    this.addDialog(
      new Question(dialogIds.ageQuestion, (text): Recognised => {
        const age = parseTypedAge(text);
        return age === undefined ? undefined : { kind: 'value', value: String(age) };
      }),
    );
    this.addDialog(
      new Question(dialogIds.whereQuestion, (text, options): Recognised => {
        const area = resolveArea(knowledge, text);
        if (area.kind === 'unknown') {
          return { kind: 'retry', message: textsFor(language(options)).intake.where.unknown };
        }
        return { kind: 'value', value: encodeArea(area) };
      }),
    );
    this.addDialog(
      new Question(dialogIds.nameQuestion, (text, options): Recognised => {
        const name = parseName(text);
        return name === undefined
          ? { kind: 'retry', message: textsFor(language(options)).handover.name.retry }
          : { kind: 'value', value: name };
      }),
    );
    this.addDialog(
      new Question(dialogIds.contactQuestion, (text, options): Recognised => {
        const reply = parseContactReply(text);
        if (reply.kind === 'invalid') {
          return {
            kind: 'retry',
            message: textsFor(language(options)).handover.contact[reply.problem],
          };
        }
        return {
          kind: 'value',
          value:
            reply.kind === 'phone'
              ? encodeContact('phone', reply.phone)
              : encodeContact('email', reply.email),
        };
      }),
    );
    this.addDialog(
      new Question(dialogIds.emailQuestion, (text, options): Recognised => {
        const reply = parseContactReply(text);
        return reply.kind === 'email'
          ? { kind: 'value', value: encodeContact('email', reply.email) }
          : { kind: 'retry', message: textsFor(language(options)).handover.contact.email };
      }),
    );
    this.addDialog(
      new Question(dialogIds.momentQuestion, (text, options): Recognised => {
        const moment = parseBestMoment(text);
        return moment === undefined
          ? { kind: 'retry', message: textsFor(language(options)).handover.moment.retry }
          : { kind: 'value', value: moment };
      }),
    );
    this.initialDialogId = dialogIds.flow;
  }

  protected override async onBeginDialog(
    innerDc: DialogContext,
    options?: MainOptions,
  ): Promise<DialogTurnResult> {
    const text = options?.firstText;
    if (text !== undefined) {
      const kind = recogniseInterruption(text);
      if (kind !== undefined) return this.interruptions.atStart(kind, innerDc);
    }
    const flow: FlowOptions =
      text === undefined ? { start: 'welcome' } : { start: 'welcome', firstText: text };
    return innerDc.beginDialog(dialogIds.flow, flow);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const activity = innerDc.context.activity;
    if (activity.type === ActivityTypes.Message && typeof activity.text === 'string') {
      const kind = recogniseInterruption(activity.text);
      if (kind !== undefined) return this.interruptions.whileRunning(kind, innerDc);
    }
    return super.onContinueDialog(innerDc);
  }
}
