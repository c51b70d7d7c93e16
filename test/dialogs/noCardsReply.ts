import type { useRealKnowledge } from './useRealKnowledge.js';

/**
 * What the tests of a reply without cards (a question for the gemeente itself, a question for a
 * care provider) read besides the transcript: the cards a reply carries, what the gemeente's
 * monitor counted (ADR 0017), and the conversation's stored state (docs/privacy.md).
 */
type Harness = ReturnType<ReturnType<typeof useRealKnowledge>>;

export const cardsOf = (replies: readonly { attachments?: readonly unknown[] }[]) =>
  replies.flatMap((reply) => reply.attachments ?? []);

/** What the monitor counted of one kind: its dimensions and count per row. */
export const counted = async (h: Harness, kind: string) =>
  (await h.insights.rows({ kind })).map((row) => ({ ...row.dimensions, count: row.count }));

/** The first web chat conversation's and resident's stored state, as one JSON text. */
export async function storedState(h: Harness): Promise<{ keys: number; json: string }> {
  const stored = await h.storage.read([
    'webchat/conversations/conversation-1/',
    'webchat/users/resident-1/',
  ]);
  return { keys: Object.keys(stored).length, json: JSON.stringify(stored) };
}
