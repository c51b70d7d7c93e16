/**
 * One resident message through `/api/messages` with `deliveryMode: expectReplies`, the way the
 * benchmarks and the multi-process test talk to the bot without a channel: the replies come back
 * in the response. Resolves with the HTTP status and the reply texts (cards as their JSON).
 */
export async function messagesTurn(
  url: string,
  conversationId: string,
  text: string,
  sequence: number,
  channelId = 'bench',
): Promise<{ status: number; texts: string[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `${conversationId}-${sequence}`,
      text,
      channelId,
      serviceUrl: 'http://127.0.0.1:9/',
      deliveryMode: 'expectReplies',
      locale: 'nl-NL',
      from: { id: `user-${conversationId}` },
      recipient: { id: 'wijkwijzer' },
      conversation: { id: conversationId },
    }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    activities?: { text?: unknown; attachments?: unknown }[];
  };
  return {
    status: response.status,
    texts: (body.activities ?? []).map((activity) =>
      typeof activity.text === 'string' ? activity.text : JSON.stringify(activity.attachments),
    ),
  };
}
