import {
  ActivityTypes,
  TurnContext,
  type Activity,
  type Middleware,
  type ResourceResponse,
} from 'botbuilder';
import { errorFields } from '../shared/errorFields.js';
import type { Logger } from '../shared/logger.js';

export interface TypingIndicatorOptions {
  /** How long a turn runs before the resident sees "typing…". */
  readonly delayMs: number;
  /** How often the indicator is repeated while the turn still runs. */
  readonly periodMs: number;
  readonly logger: Logger;
}

/**
 * Shows "typing…" while a slow turn runs, in place of botbuilder's ShowTypingMiddleware (docs/adr/0015-security-posture.md). That middleware hands a failed typing send to `adapter.onTurnError`, which apologised to
 * the resident and wiped their state in the middle of a healthy turn; and when the send failed after
 * the turn had ended it read `context.adapter` on the revoked TurnContext, and the TypeError killed
 * the process. The indicator is a courtesy, so here:
 * - a failed send is logged at debug level and forgotten: it never reaches the turn or onTurnError;
 * - nothing is sent once the turn is over, and the next indicator is only scheduled after the
 *   previous send settled, so at most one send per turn is ever in flight;
 * - everything the send needs is taken from the context while the turn is alive.
 */
export class TypingIndicator implements Middleware {
  constructor(private readonly options: TypingIndicatorOptions) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) {
      await next();
      return;
    }
    const { adapter } = context;
    const typing: Partial<Activity> = TurnContext.applyConversationReference(
      {
        type: ActivityTypes.Typing,
        ...(context.activity.relatesTo === undefined
          ? {}
          : { relatesTo: context.activity.relatesTo }),
      },
      TurnContext.getConversationReference(context.activity),
    );
    const conversationId = context.activity.conversation?.id;
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const schedule = (delayMs: number) => {
      timer = setTimeout(() => {
        timer = undefined;
        if (finished) return;
        // Straight to the adapter, as ShowTypingMiddleware does: no other middleware, and the
        // turn's "responded" flag stays false.
        let sending: Promise<ResourceResponse[]>;
        try {
          sending = adapter.sendActivities(context, [typing]);
        } catch (error) {
          sending = Promise.reject(error);
        }
        sending.then(
          () => {
            if (!finished) schedule(this.options.periodMs);
          },
          (error: unknown) => {
            // Do not try again in this turn: a channel that refuses one indicator refuses the next.
            this.options.logger.debug(
              { err: errorFields(error), conversationId },
              'typing indicator not sent',
            );
          },
        );
      }, delayMs);
      timer.unref();
    };
    schedule(this.options.delayMs);
    try {
      await next();
    } finally {
      finished = true;
      if (timer !== undefined) clearTimeout(timer);
    }
  }
}
