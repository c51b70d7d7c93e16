import {
  CardFactory,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import type { Case } from '../cases/case.js';
import { errorCodeOf, statusCodeOf } from '../shared/errorFields.js';
import { moduleLogger } from '../shared/logger.js';
import { handleCardAction } from '../casework/registry.js';
import type { VerbDependencies, VerbResult } from '../casework/types.js';

/**
 * The Teams side of a pressed card button: an `adaptiveCard/action` invoke. The verb registry
 * decides; this file reads the caller from the activity, updates the shared channel message when
 * the case changed, and answers with the caller's personal card (Universal Actions response).
 * Call it from the bot's `onAdaptiveCardInvoke`.
 */

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface CardActionInvokeOptions {
  readonly deps: VerbDependencies;
  /**
   * Called after the case changed and the shared card was updated (or the update failed), for
   * what else follows a change, such as telling the resident that their question was picked up.
   */
  readonly onChanged?: (result: VerbResult & { readonly case: Case }) => Promise<void>;
  /**
   * Called when the shared message could not be updated (deleted, Teams down): the notifier posts
   * a new card and remembers it. The case itself is already stored.
   */
  readonly onSharedCardFailed?: (current: Case, error: unknown) => Promise<void>;
}

export async function answerCardAction(
  context: TurnContext,
  invokeValue: AdaptiveCardInvokeValue,
  options: CardActionInvokeOptions,
): Promise<AdaptiveCardInvokeResponse> {
  const logger = moduleLogger(options.deps.logger, 'teams-invoke');
  const from = context.activity.from;
  const action = invokeValue.action;
  const data: unknown = action.data;
  // The verb Teams reports must be the one in our data: a mismatch is a hand-made request.
  const consistent =
    data !== null &&
    typeof data === 'object' &&
    (data as { readonly verb?: unknown }).verb === action.verb;
  const result = await handleCardAction(
    consistent ? data : null,
    {
      aadObjectId: from.aadObjectId ?? '',
      teamsUserId: from.id,
      name: from.name ?? from.id,
    },
    options.deps,
  );

  if (result.sharedCard !== undefined && result.case !== undefined) {
    const messageId = context.activity.replyToId;
    try {
      if (messageId === undefined) throw new TypeError('invoke without replyToId');
      await context.updateActivity({
        id: messageId,
        type: 'message',
        attachments: [CardFactory.adaptiveCard(result.sharedCard)],
      });
    } catch (error) {
      logger.warn(
        {
          reference: result.case.reference,
          status: statusCodeOf(error),
          code: errorCodeOf(error),
        },
        'shared card update failed',
      );
      await options.onSharedCardFailed?.(result.case, error);
    }
  }
  if (result.change !== undefined && result.case !== undefined) {
    await options.onChanged?.({ ...result, case: result.case });
  }
  return {
    statusCode: 200,
    type: ADAPTIVE_CARD_CONTENT_TYPE,
    value: result.personalCard as unknown as Record<string, unknown>,
  };
}
