import { describe, expect, it } from 'vitest';
import { useAppsOn } from '../support/appsOnBackend.js';
import { messagesTurn } from '../support/messagesTurn.js';
import { storageBackends } from '../support/storageBackends.js';

/**
 * Turns through /api/messages one at a time per conversation, on both backends (docs/adr/0019):
 * the composed product in this process, once on the embedded files, and twice on one PostgreSQL
 * (two instances). BotState saves with eTag '*', so without this overlapping turns of one
 * conversation read the same state and the last save silently wins.
 */
for (const backend of storageBackends()) {
  describe(`/api/messages turns of one conversation on ${backend.name}`, () => {
    const start = useAppsOn(backend);

    it('run one after the other: each continues from what the previous one saved', async (context) => {
      if (backend.skip !== undefined) context.skip(backend.skip);
      const { apps } = await start();
      const url = (index: number) => `${apps[index % apps.length]?.baseUrl ?? ''}/api/messages`;
      expect((await messagesTurn(url(0), 'parallel-1', 'hallo', 0, 'test')).status).toBe(200);
      const replies = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          messagesTurn(
            url(index),
            'parallel-1',
            'Waar kan ik gratis taalles krijgen?',
            index + 1,
            'test',
          ),
        ),
      );
      expect(replies.map((reply) => reply.status)).toEqual(replies.map(() => 200));
      const metTheQuestion = replies.filter((reply) =>
        reply.texts.some((said) => said.includes('Ik heb uw vraag gelezen')),
      );
      expect(metTheQuestion).toHaveLength(1);
    });
  });
}
