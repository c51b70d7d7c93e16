import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../src/storage/postgres/database.js';
import { localTurnLocks, postgresTurnLocks, type TurnLocks } from '../../src/storage/turnLocks.js';
import { silentLogger } from '../support/logs.js';
import { storageBackends, testDatabase } from '../support/storageBackends.js';

/**
 * Turns through /api/messages one at a time per conversation (docs/adr/0019), on both backends:
 * one process's queue on the embedded default; on PostgreSQL two "instances" (two pools) whose
 * turns of one conversation never overlap, while other conversations run side by side.
 */
const postgres = storageBackends().find((backend) => backend.name === 'postgres');

const implementations: Record<
  string,
  { skip?: string; open: () => Promise<{ instances: TurnLocks[]; close(): Promise<void> }> }
> = {
  embedded: {
    open: () => {
      const locks = localTurnLocks();
      return Promise.resolve({ instances: [locks], close: () => Promise.resolve() });
    },
  },
  postgres: {
    ...(postgres?.skip === undefined ? {} : { skip: postgres.skip }),
    open: async () => {
      const created = await testDatabase();
      const pools = await Promise.all(
        [0, 1].map(() => Database.open({ url: created.url, poolSize: 4, logger: silentLogger() })),
      );
      return {
        instances: pools.map((pool) => postgresTurnLocks(pool)),
        close: async () => {
          for (const pool of pools) await pool.close();
          await created.drop();
        },
      };
    },
  },
};

for (const [name, { skip, open }] of Object.entries(implementations)) {
  describe(`turn locks on ${name}`, () => {
    let opened: Awaited<ReturnType<typeof open>> | undefined;

    beforeEach(async (context) => {
      if (skip !== undefined) context.skip(skip);
      opened = await open();
    });

    afterEach(async () => {
      await opened?.close();
    });

    it('runs the turns of one conversation one after the other, and others beside them', async () => {
      const instances = opened?.instances ?? [];
      const spans: Array<{ conversation: string; start: number; end: number }> = [];
      const turn = (conversation: string) => async () => {
        const start = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 60));
        spans.push({ conversation, start, end: performance.now() });
        return conversation;
      };
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, index) => {
          const conversation = index < 4 ? 'teams-conversation-a' : `teams-conversation-${index}`;
          return instances[index % instances.length]?.run(conversation, turn(conversation));
        }),
      );
      expect(results).toHaveLength(8);
      const same = spans
        .filter((span) => span.conversation === 'teams-conversation-a')
        .sort((a, b) => a.start - b.start);
      expect(same).toHaveLength(4);
      for (let index = 1; index < same.length; index += 1) {
        expect(same[index]?.start).toBeGreaterThanOrEqual(same[index - 1]?.end ?? Infinity);
      }
      // The other conversations did not wait for conversation a: they ran during its turns.
      const others = spans.filter((span) => span.conversation !== 'teams-conversation-a');
      const aEnd = same.at(-1)?.end ?? 0;
      expect(others.filter((span) => span.end < aEnd).length).toBeGreaterThan(0);
    });

    it('lets the next turn run when one fails', async () => {
      const locks = opened?.instances[0];
      await expect(
        locks?.run('teams-conversation-b', () => Promise.reject(new Error('turn failed'))),
      ).rejects.toThrow('turn failed');
      await expect(locks?.run('teams-conversation-b', () => Promise.resolve('next'))).resolves.toBe(
        'next',
      );
    });
  });
}
