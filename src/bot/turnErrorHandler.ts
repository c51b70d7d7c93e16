import type { ConversationState, TurnContext } from 'botbuilder';
import { nl } from '../i18n/nl/index.js';
import { newReadableCode } from '../shared/ids.js';
import type { Logger } from '../shared/logger.js';

export interface TurnErrorHandlerDeps {
  readonly conversationState: ConversationState;
  readonly logger: Logger;
}

/**
 * What happens when a turn throws: the resident gets a short Dutch apology with a code they can
 * quote, the log gets the details under that code, and the conversation state is cleared so the
 * resident is not stuck in a dialog that keeps failing.
 */
export function createTurnErrorHandler(deps: TurnErrorHandlerDeps) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const reference = newReadableCode();
    deps.logger.error(
      {
        err: error,
        code: 'WW-9001',
        reference,
        channelId: context.activity.channelId,
        conversationId: context.activity.conversation?.id,
        activityId: context.activity.id,
        activityType: context.activity.type,
      },
      'turn failed',
    );
    try {
      await deps.conversationState.delete(context);
    } catch (clearError) {
      deps.logger.error(
        { err: clearError, reference },
        'could not clear conversation state after a failed turn',
      );
    }
    if (context.activity.type === 'message' || context.activity.type === 'event') {
      try {
        await context.sendActivity(nl.conversation.turnFailed(reference));
      } catch (sendError) {
        deps.logger.error(
          { err: sendError, reference },
          'could not send the apology after a failed turn',
        );
      }
    }
  };
}
