import type { BotAdapter, TurnContext } from 'botbuilder';
import type { Case } from '../cases/case.js';
import type { ResidentNotifier } from '../casework/residentNotifier.js';
import type { Language } from '../understanding/language.js';
import { WEBCHAT_CHANNEL_ID } from '../directline/activity.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { residentLocales } from '../shared/residentLocales.js';

export interface BotResidentNotifierDeps {
  /** The web chat's adapter: a proactive turn runs its middleware and writes to the channel. */
  readonly adapter: BotAdapter;
  /** The channel user's conversations, most recently active first. */
  readonly conversationsOf: (userId: string) => Promise<string[]>;
  /** The language the resident chose in this conversation (read from conversation state). */
  readonly languageOf: (context: TurnContext) => Promise<Language>;
  /** The status line for a case in a language. */
  readonly statusLine: (current: Case, language: Language) => string;
  readonly logger: Logger;
}

const WEBCHAT_PREFIX = `${WEBCHAT_CHANNEL_ID}:`;

/**
 * The resident notifier at the SDK seam: a proactive turn (`continueConversation`) in the
 * resident's most recent web chat conversation, so the message reads the conversation's language
 * from the bot's state and goes out through the adapter like any reply. When the channel no longer
 * holds a conversation (the resident left), nothing is lost: the bot shows the case status when
 * they come back.
 */
export function botResidentNotifier(deps: BotResidentNotifierDeps): ResidentNotifier {
  const log = moduleLogger(deps.logger, 'resident-notifier');
  return {
    notify: async (current) => {
      const residentKey = current.residentKey;
      // Residents of other channels (an Azure channel, the Emulator) are not ours to reach.
      if (residentKey === null || !residentKey.startsWith(WEBCHAT_PREFIX)) return false;
      const userId = residentKey.slice(WEBCHAT_PREFIX.length);
      const [conversationId] = await deps.conversationsOf(userId);
      if (conversationId === undefined) {
        log.debug('resident not connected; status shown on return');
        return false;
      }
      await deps.adapter.continueConversation(
        {
          channelId: WEBCHAT_CHANNEL_ID,
          conversation: {
            id: conversationId,
            isGroup: false,
            conversationType: 'personal',
            name: '',
          },
          user: { id: userId, name: '' },
        },
        async (context) => {
          const language = await deps.languageOf(context);
          await context.sendActivity({
            type: 'message',
            text: deps.statusLine(current, language),
            locale: residentLocales[language],
          });
        },
      );
      log.info({ conversationId, reference: current.reference }, 'resident notified');
      return true;
    },
  };
}
