import { openPostgresBackend } from './postgres/postgresBackend.js';
import {
  openEmbeddedBackend,
  type StorageBackend,
  type StorageBackendOptions,
} from './storageBackend.js';

/** The backend the configuration asks for: PostgreSQL with DATABASE_URL, else the embedded files. */
export async function openStorageBackend(options: StorageBackendOptions): Promise<StorageBackend> {
  const url = options.config.storage.databaseUrl;
  return url === undefined
    ? openEmbeddedBackend(options)
    : openPostgresBackend({ ...options, url });
}
