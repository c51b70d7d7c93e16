import { WEBCHAT_CHANNEL_ID } from '../directline/activity.js';
import type { WebChatChannel } from '../directline/webChatChannel.js';
import { moduleLogger, type Logger } from '../shared/logger.js';

/** Tells a resident something while they may still be chatting, such as "your question was picked up". */
export interface ResidentNotifier {
  /**
   * `residentKey` is what the dialogs store with a case: `<channelId>:<user id>`. Resolves true
   * when the message reached an open conversation of this resident.
   */
  notify(residentKey: string, text: string): Promise<boolean>;
}

const WEBCHAT_PREFIX = `${WEBCHAT_CHANNEL_ID}:`;

/**
 * Proactive messages to the self-hosted web chat: the resident key of a case names the channel's
 * user id, so the message goes to that user's most recent conversation if the channel still holds
 * it. When it does not (the resident left), nothing is lost: the bot shows the case status when they
 * come back.
 */
export function webChatResidentNotifier(channel: WebChatChannel, logger: Logger): ResidentNotifier {
  const log = moduleLogger(logger, 'resident-notifier');
  return {
    notify: async (residentKey, text) => {
      // Residents of other channels (an Azure channel, the Emulator) are not ours to reach.
      if (!residentKey.startsWith(WEBCHAT_PREFIX)) return false;
      const [conversationId] = await channel.conversationsOf(
        residentKey.slice(WEBCHAT_PREFIX.length),
      );
      if (conversationId === undefined) {
        log.debug('resident not connected; status shown on return');
        return false;
      }
      await channel.sendToConversation(conversationId, { type: 'message', text, locale: 'nl-NL' });
      log.info({ conversationId }, 'resident notified');
      return true;
    },
  };
}
