import type { ChannelActivity, ResourceId } from './activity.js';

/**
 * Where the channel hands a resident's activity to the bot. In this product that is the in-process
 * `WebChatAdapter` (src/bot/webChatAdapter.ts); the promise settles when the bot's turn is done.
 */
export interface BotEndpoint {
  deliver(activity: ChannelActivity): Promise<void>;
}

/**
 * The bot's way back into the channel: what the Bot Connector REST API offers, as calls. The
 * in-process adapter and the `/v3/conversations/...` routes both write through this.
 * Unknown conversation → WW-2104; unknown activity → WW-2106.
 */
export interface ChannelConnector {
  hasConversation(conversationId: string): Promise<boolean>;
  /** The user's conversations, most recently active first (for proactive messages). */
  conversationsOf(userId: string): Promise<string[]>;
  sendToConversation(conversationId: string, activity: ChannelActivity): Promise<ResourceId>;
  replyToActivity(
    conversationId: string,
    replyToId: string,
    activity: ChannelActivity,
  ): Promise<ResourceId>;
  updateActivity(
    conversationId: string,
    activityId: string,
    activity: ChannelActivity,
  ): Promise<ResourceId>;
  deleteActivity(conversationId: string, activityId: string): Promise<void>;
}

/** The connector as the `/v3/conversations/...` routes see it: checks the bot's token first. */
export interface BotConnectorApi extends ChannelConnector {
  authoriseBot(token: string | undefined): Promise<void>;
}
