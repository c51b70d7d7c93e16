import type { TurnContext } from 'botbuilder';
import type { TurnLocks } from '../storage/turnLocks.js';

/**
 * The logic of `/api/messages`, one turn at a time per conversation (src/storage/turnLocks.ts;
 * docs/adr/0019-storage-that-grows.md). It runs after the adapter authenticated the request, so
 * an unauthenticated caller can never make a real conversation wait.
 */
export function serialisedTurns(
  locks: TurnLocks,
  logic: (context: TurnContext) => Promise<void>,
): (context: TurnContext) => Promise<void> {
  return (context) => {
    const conversationId = context.activity.conversation?.id;
    // Without a conversation there is no state to share, so nothing to wait for.
    if (typeof conversationId !== 'string' || conversationId === '') return logic(context);
    return locks.run(conversationId, () => logic(context));
  };
}
