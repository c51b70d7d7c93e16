import type { ChannelActivity, ResourceId } from './activity.js';
import { fromBot, type ActivityEnvelope } from './activitySchemas.js';
import type { BotConnectorApi } from './channelConnector.js';
import type { ChannelTokens } from './channelTokens.js';
import type { ConversationLog } from './conversationLog.js';
import { WijkwijzerError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

export interface ChannelBotConnectorDeps {
  readonly log: ConversationLog;
  readonly tokens: ChannelTokens;
  /** The channel's envelope (service URL, bot, user) for an activity in a conversation. */
  readonly envelope: (conversationId: string, userId: string) => ActivityEnvelope;
  readonly logger: Logger;
}

/**
 * The bot-facing side of the web chat channel: what the Bot Connector REST API offers, over the
 * same conversation log the resident's Direct Line side reads. The in-process adapter calls it
 * directly; a bot that talks HTTP reaches it through connectorRoutes.ts with a `bot` token.
 */
export class ChannelBotConnector implements BotConnectorApi {
  constructor(private readonly deps: ChannelBotConnectorDeps) {}

  /** Checks a bearer token of the connector routes: only `bot`-scoped tokens may write. */
  async authoriseBot(token: string | undefined): Promise<void> {
    await this.deps.tokens.verifyServiceToken(token, 'bot');
  }

  hasConversation(conversationId: string): Promise<boolean> {
    return this.deps.log.has(conversationId);
  }

  conversationsOf(userId: string): Promise<string[]> {
    return this.deps.log.conversationsOf(userId);
  }

  async sendToConversation(conversationId: string, activity: ChannelActivity): Promise<ResourceId> {
    const outgoing = fromBot(activity, await this.botEnvelope(conversationId));
    if (outgoing.type === 'typing') {
      return { id: (await this.deps.log.publishEphemeral(conversationId, outgoing)).id };
    }
    const stored = await this.deps.log.append(conversationId, outgoing);
    this.deps.logger.debug(
      { conversationId, activityId: stored.id, type: stored.type },
      'bot activity stored',
    );
    return { id: stored.id };
  }

  replyToActivity(
    conversationId: string,
    replyToId: string,
    activity: ChannelActivity,
  ): Promise<ResourceId> {
    return this.sendToConversation(conversationId, { ...activity, replyToId });
  }

  async updateActivity(
    conversationId: string,
    activityId: string,
    activity: ChannelActivity,
  ): Promise<ResourceId> {
    const outgoing = fromBot(activity, await this.botEnvelope(conversationId));
    return { id: (await this.deps.log.update(conversationId, activityId, outgoing)).id };
  }

  async deleteActivity(conversationId: string, activityId: string): Promise<void> {
    await this.deps.log.delete(conversationId, activityId);
  }

  private async botEnvelope(conversationId: string): Promise<ActivityEnvelope> {
    const userId = await this.deps.log.userOf(conversationId);
    if (userId === undefined) throw new WijkwijzerError('WW-2104', { detail: { conversationId } });
    return this.deps.envelope(conversationId, userId);
  }
}
