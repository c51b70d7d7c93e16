import { PostgresStateStorage } from '../../bot/postgresStateStorage.js';
import { PostgresCaseRepository } from '../../cases/postgresCaseRepository.js';
import { PostgresConversationLog } from '../../directline/postgresConversationLog.js';
import { PostgresAggregateStore } from '../../insights/postgresAggregateStore.js';
import { PostgresChannelLinkStore } from '../../casework/channelLinks.js';
import type { StorageBackend, StorageBackendOptions } from '../storageBackend.js';
import { Database } from './database.js';
import { Notifications } from './notifications.js';
import { PostgresJobGate } from './postgresJobGate.js';
import { PostgresRateLimiter } from './postgresRateLimiter.js';
import { postgresWriteProbe } from './postgresReadiness.js';
import { PostgresSharedFacts } from './postgresSharedFacts.js';
import { postgresTurnLocks } from '../turnLocks.js';

export interface PostgresBackend extends StorageBackend {
  readonly kind: 'postgres';
  readonly database: Database;
  readonly notifications: Notifications;
}

/** PostgreSQL (DATABASE_URL): any number of processes share it (docs/adr/0019). */
export async function openPostgresBackend(
  options: StorageBackendOptions & { readonly url: string },
): Promise<PostgresBackend> {
  const { config, logger, clock } = options;
  const database = await Database.open({
    url: options.url,
    poolSize: config.storage.poolSize,
    logger,
  });
  const notifications = new Notifications(database, logger);
  try {
    const links = await PostgresChannelLinkStore.open(database, notifications);
    // One table, durable and shared: what the embedded store splits in memory and a file.
    const facts = new PostgresSharedFacts(database, clock);
    return {
      kind: 'postgres',
      database,
      notifications,
      state: new PostgresStateStorage(database, clock),
      cases: new PostgresCaseRepository(database, {
        clock,
        referencePrefix: config.cases.referencePrefix,
        logger,
      }),
      links,
      insights: new PostgresAggregateStore(database),
      shared: { database, notifications },
      jobs: new PostgresJobGate(database, clock),
      facts,
      durableFacts: facts,
      turns: postgresTurnLocks(database),
      rateLimiter: new PostgresRateLimiter(database, clock),
      readiness: postgresWriteProbe(database, clock),
      openConversationLog: (settings) =>
        PostgresConversationLog.open({ database, notifications, clock, logger, ...settings }),
      close: async () => {
        await links.close();
        await notifications.close();
        await database.close();
      },
    };
  } catch (error) {
    await notifications.close();
    await database.close();
    throw error;
  }
}
