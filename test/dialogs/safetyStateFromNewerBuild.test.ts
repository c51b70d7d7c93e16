import {
  ConversationState,
  MemoryStorage,
  TestAdapter,
  UserState,
  type TurnContext,
} from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { WijkwijzerState } from '../../dialogs/wijkwijzerState.js';
import type { ConcernState } from '../../src/safety/concernState.js';

/**
 * A rolling deploy (docs/adr/0012-safety-net.md, session 19): an older build reads the safety
 * state a newer build wrote with a field it does not know. The concern must be read with that
 * field stripped, not reset to nothing, so a check waiting for its answer stays open.
 */
describe('safety state written by a newer build', () => {
  it('is read by an older build, not reset', async () => {
    const storage = new MemoryStorage();
    const conversationState = new ConversationState(storage);
    const state = new WijkwijzerState(conversationState, new UserState(storage));
    const written = { concern: [0.6, 1.2, 0], pendingCheck: 2, checkOrder: [1] };
    let read: ConcernState | undefined;
    const adapter = new TestAdapter(async (context: TurnContext) => {
      if (context.activity.text === 'write') {
        // What a newer build stores: the known fields and one this build does not know.
        await conversationState.createProperty('safety').set(context, {
          ...written,
          laterField: [3, 1],
        });
      } else {
        read = await state.safety(context);
      }
      await conversationState.saveChanges(context);
    });
    await adapter.send('write');
    await adapter.send('read');
    expect(read).toEqual(written);
  });
});
