import type { Harness } from './conversationHarness.js';

/**
 * What the first chat of a harness stored (its conversation and its resident), as one JSON string:
 * for tests that check what the safety check keeps and what it never keeps (docs/privacy.md).
 */
export async function storedJson(harness: Harness): Promise<string> {
  const keys = ['webchat/conversations/conversation-1/', 'webchat/users/resident-1/'];
  return JSON.stringify(await harness.storage.read(keys));
}
