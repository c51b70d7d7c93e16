import type { Config } from '../config.js';
import type { InsightAggregateStore } from '../insights/aggregateStore.js';
import { PostgresAggregateStore } from '../insights/postgresAggregateStore.js';
import type { Logger } from '../shared/logger.js';
import { Database } from './postgres/database.js';
import { openDayFiles } from './storageBackend.js';

/**
 * The counters for a reader beside the running bot (`wijkwijzer insights report`): the day files
 * read-only (no lock, so it works while the bot runs), or the PostgreSQL table with DATABASE_URL,
 * where every instance counts (docs/adr/0019-storage-that-grows.md).
 */
export async function openInsightsReader(
  config: Config,
  logger: Logger,
): Promise<{ readonly store: InsightAggregateStore; close(): Promise<void> }> {
  const url = config.storage.databaseUrl;
  if (url === undefined) {
    const store = await openDayFiles(config.paths.dataDir, logger, { readOnly: true });
    return { store, close: () => store.close() };
  }
  const database = await Database.open({ url, poolSize: 2, logger });
  return { store: new PostgresAggregateStore(database), close: () => database.close() };
}
