import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import { nl } from '../i18n/nl/index.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { answerCardAction, type CardActionInvokeOptions } from './cardActionInvoke.js';
import type { ChannelLinkStore } from '../casework/channelLinks.js';
import { handleChannelCommand, type ChannelCommandDependencies } from './channelCommands.js';
import type { StaffDirectory } from '../casework/membership.js';

export interface StaffBotDeps {
  readonly commands: ChannelCommandDependencies;
  readonly cardActions: CardActionInvokeOptions;
  readonly links: ChannelLinkStore;
  readonly directory: StaffDirectory;
  readonly logger: Logger;
}

/**
 * The bot as wijkteam staff meet it in Teams: channel commands (koppel, ontkoppel, koppelingen),
 * the Universal Actions of the case cards, and clean-up when a channel or team disappears. It never
 * runs the resident intake: residents reach the wijkwijzer through the web chat.
 */
export class StaffBot extends TeamsActivityHandler {
  private readonly log: Logger;

  constructor(private readonly deps: StaffBotDeps) {
    super();
    this.log = moduleLogger(deps.logger, 'teams-bot');

    this.onMessage(async (context, next) => {
      this.rememberCaller(context);
      const handled = await handleChannelCommand(context, deps.commands);
      if (!handled) await context.sendActivity(nl.teams.channel.help);
      await next();
    });

    // Peers lost cards to stale references: forget links the moment Teams says they are gone.
    this.onTeamsChannelDeletedEvent(async (channel, _team, _context, next) => {
      if (channel.id !== undefined) await this.forget(channel.id, 'channel deleted');
      await next();
    });
    this.onTeamsTeamDeletedEvent(async (_team, context, next) => {
      await this.forget(context.activity.conversation.id, 'team deleted');
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.forget(context.activity.conversation.id, 'app removed');
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    this.rememberCaller(context);
    return answerCardAction(context, invokeValue, this.deps.cardActions);
  }

  /** Personal card views need the Teams user id of a staff member; every message teaches it. */
  private rememberCaller(context: TurnContext): void {
    const { aadObjectId, id } = context.activity.from;
    if (aadObjectId !== undefined) this.deps.directory.remember(aadObjectId, id);
  }

  private async forget(conversationId: string, reason: string): Promise<void> {
    const unlinked = await this.deps.links.unlinkConversation(conversationId);
    if (unlinked.length > 0)
      this.log.info({ wijkteams: unlinked, reason }, 'channel links removed');
  }
}
