import type { WebChatChannel } from '../directline/webChatChannel.js';
import { moduleLogger, type Logger } from '../shared/logger.js';

/** Tells a resident something while they may still be chatting, such as "your question was picked up". */
export interface ResidentNotifier {
  /** Resolves true when the message reached an open conversation of this resident. */
  notify(residentKey: string, text: string): Promise<boolean>;
}

/**
 * Proactive messages to the self-hosted web chat: the resident key of a case is the channel's
 * user id, so the message goes to that user's most recent conversation if the channel still holds
 * it. When it does not (the resident left), nothing is lost: the bot shows the case status when they
 * come back.
 */
export function webChatResidentNotifier(channel: WebChatChannel, logger: Logger): ResidentNotifier {
  const log = moduleLogger(logger, 'resident-notifier');
  return {
    notify: async (residentKey, text) => {
      const [conversationId] = channel.store.conversationsOf(residentKey);
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
