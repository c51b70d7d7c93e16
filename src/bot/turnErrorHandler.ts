import type { ConversationState, TurnContext } from 'botbuilder';
import { DialogContextError } from 'botbuilder-dialogs';
import { nextLanguage, type Language } from '../understanding/language.js';
import { en } from '../i18n/en/index.js';
import { nl } from '../i18n/nl/index.js';
import { WijkwijzerError } from '../shared/errors.js';
import { newReadableCode } from '../shared/ids.js';
import type { Logger } from '../shared/logger.js';

export interface TurnErrorHandlerDeps {
  readonly conversationState: ConversationState;
  readonly logger: Logger;
  /** The language the conversation was in, read before its state is cleared. */
  readonly languageOf: (context: TurnContext) => Promise<Language>;
  /** Keeps the apology's language for the turn's replies once the state is cleared. */
  readonly pinLanguage: (context: TurnContext, language: Language) => void;
}

/**
 * What happens when a turn throws: the resident gets a short apology with a code they can quote,
 * in the language they were writing (an English conversation, or an English message that failed
 * before the conversation knew it), the log gets the details under that code, and the conversation
 * state is cleared so the resident is not stuck in a dialog that keeps failing (not when the store
 * was only busy or unreachable).
 */
export function createTurnErrorHandler(deps: TurnErrorHandlerDeps) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const reference = newReadableCode();
    const language = await apologyLanguage(context, deps);
    deps.pinLanguage(context, language);
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
      // A store that is busy or unreachable (503: WW-3008, WW-3014) is no fault of the dialog; the
      // resident's progress stays for the next try, and no delete joins the queue that is full.
      if (!isTransient(error)) await deps.conversationState.delete(context);
    } catch (clearError) {
      deps.logger.error(
        { err: clearError, reference },
        'could not clear conversation state after a failed turn',
      );
    }
    if (context.activity.type === 'message' || context.activity.type === 'event') {
      try {
        const texts = language === 'en' ? en.conversation : nl.conversation;
        await context.sendActivity(texts.turnFailed(reference));
      } catch (sendError) {
        deps.logger.error(
          { err: sendError, reference },
          'could not send the apology after a failed turn',
        );
      }
    }
  };
}

/** A 503 from our catalogue, also when botbuilder-dialogs wrapped it (DialogContextError.error). */
function isTransient(error: unknown): boolean {
  const inner = error instanceof DialogContextError ? error.error : error;
  return inner instanceof WijkwijzerError && inner.status === 503;
}

/** The state may be what failed: then the message alone decides, and Dutch is the default. */
async function apologyLanguage(
  context: TurnContext,
  deps: TurnErrorHandlerDeps,
): Promise<Language> {
  let current: Language = 'nl';
  try {
    current = await deps.languageOf(context);
  } catch {
    // Unreadable state falls back to the message and Dutch; the turn error itself is logged.
  }
  const text = context.activity.type === 'message' ? context.activity.text : undefined;
  return typeof text === 'string' ? nextLanguage(current, text) : current;
}
