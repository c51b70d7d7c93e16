import { PostgresStateStorage } from '../../bot/postgresStateStorage.js';
import { PostgresCaseRepository } from '../../cases/postgresCaseRepository.js';
import type { StorageBackend, StorageBackendOptions } from '../storageBackend.js';
import { Database } from './database.js';
import { postgresWriteProbe } from './postgresReadiness.js';

/** PostgreSQL (DATABASE_URL): any number of processes share it (docs/adr/0019). */
export async function openPostgresBackend(
  options: StorageBackendOptions & { readonly url: string },
): Promise<StorageBackend & { readonly database: Database }> {
  const { config, logger, clock } = options;
  const database = await Database.open({
    url: options.url,
    poolSize: config.storage.poolSize,
    logger,
  });
  return {
    kind: 'postgres',
    database,
    state: new PostgresStateStorage(database, clock),
    cases: new PostgresCaseRepository(database, {
      clock,
      referencePrefix: config.cases.referencePrefix,
      logger,
    }),
    readiness: postgresWriteProbe(database, clock),
    close: () => database.close(),
  };
}
