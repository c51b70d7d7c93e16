import {
  ActivityHandler,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import {
  DialogSet,
  DialogTurnStatus,
  type Dialog,
  type DialogContext,
  type DialogState,
} from 'botbuilder-dialogs';
import { z } from 'zod';
import type { Language } from '../understanding/language.js';
import type { Logger } from '../shared/logger.js';
import { languageOfLocale, residentLocales } from '../shared/residentLocales.js';

/** Runs on every resident message before any dialog (the crisis check, dialogs/conversationGuard.ts). */
export interface MessageGuard {
  /** True when the guard answered the message itself and the dialogs must not see it. */
  check(context: TurnContext, dialogs: DialogContext): Promise<boolean>;
}

export interface WijkwijzerBotDeps {
  readonly conversationState: ConversationState;
  readonly userState: UserState;
  readonly rootDialog: Dialog;
  readonly logger: Logger;
  readonly guard?: MessageGuard;
  /** True when this turn erased the resident's state ("vergeet mij"): nothing may be written back. */
  readonly forgotten?: (context: TurnContext) => boolean;
  /**
   * The resident ended the conversation (an `endOfConversation` activity: the widget's "Gesprek
   * wissen op dit apparaat"): its state is erased now, and marked so nothing is written back.
   */
  readonly forgetConversation?: (context: TurnContext) => Promise<void>;
  /** The conversation's language, written on every reply as its locale (residentLocales; the web chat widget follows it). */
  readonly languageOf?: (context: TurnContext) => Promise<Language>;
}

/** Web Chat's widget posts this event when a resident opens a new conversation. */
export const JOIN_EVENT = 'webchat/join';

/** The join event's value, from the browser (web/widget/wijkwijzer.js): checked, never trusted. */
const joinValueSchema = z.object({ language: z.string().max(35) });

/** The language the resident's browser asks for, or undefined when the join event does not say. */
export function browserLanguageOf(value: unknown): Language | undefined {
  const parsed = joinValueSchema.safeParse(value);
  return parsed.success ? languageOfLocale(parsed.data.language) : undefined;
}

/**
 * Routes each turn to the root dialog and saves state at the end of the turn. The conversation
 * itself lives in dialogs/; this class only knows when a conversation starts, and that the guard
 * sees every message first.
 */
export class WijkwijzerBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(private readonly deps: WijkwijzerBotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(deps.rootDialog);

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const residentJoined = (context.activity.membersAdded ?? []).some(
        (member) => member.id !== botId,
      );
      // Web Chat announces itself with the join event instead; Teams channels are not residents.
      if (
        residentJoined &&
        context.activity.channelId !== 'webchat' &&
        context.activity.channelId !== 'msteams'
      ) {
        await this.startIfIdle(context);
      }
      await next();
    });

    this.onEvent(async (context, next) => {
      if (context.activity.name === JOIN_EVENT) {
        await this.startIfIdle(context, browserLanguageOf(context.activity.value));
      }
      await next();
    });

    this.onEndOfConversation(async (context, next) => {
      await this.deps.forgetConversation?.(context);
      this.deps.logger.info('conversation state erased at the end of the conversation');
      await next();
    });

    this.onMessage(async (context, next) => {
      const dialogContext = await this.dialogs.createContext(context);
      // Safety first: the guard sees the message before any dialog or command does.
      if (this.deps.guard !== undefined && (await this.deps.guard.check(context, dialogContext))) {
        await next();
        return;
      }
      const result = await dialogContext.continueDialog();
      if (result.status === DialogTurnStatus.empty) {
        const text = context.activity.text;
        await dialogContext.beginDialog(
          this.deps.rootDialog.id,
          typeof text === 'string' && text.trim() !== '' ? { firstText: text } : {},
        );
      }
      await next();
    });
  }

  /**
   * Greets once: a reload that re-sends the join event must not restart a running conversation.
   * `browserLanguage`: the language the widget's browser is set to, the welcome's default.
   */
  private async startIfIdle(context: TurnContext, browserLanguage?: Language): Promise<void> {
    const dialogContext = await this.dialogs.createContext(context);
    if (dialogContext.activeDialog === undefined) {
      await dialogContext.beginDialog(
        this.deps.rootDialog.id,
        browserLanguage === undefined ? undefined : { browserLanguage },
      );
    }
  }

  override async run(context: TurnContext): Promise<void> {
    const languageOf = this.deps.languageOf;
    if (languageOf !== undefined) {
      context.onSendActivities(async (turn, activities, next) => {
        // Read when the replies go out: a message may just have switched the language. A state
        // that cannot be read leaves the locale as it is: a reply (an apology above all) still goes.
        const language = await languageOf(turn).catch(() => undefined);
        if (language !== undefined) {
          for (const activity of activities) {
            if (activity.type === 'message') activity.locale = residentLocales[language];
          }
        }
        return next();
      });
    }
    await super.run(context);
    if (this.deps.forgotten?.(context) === true) return;
    // Both in the same tick: the file store commits them as one batch, one durable write per turn.
    await Promise.all([
      this.deps.conversationState.saveChanges(context, false),
      this.deps.userState.saveChanges(context, false),
    ]);
  }
}
