import { afterEach } from 'vitest';
import { startApp, type RunningApp } from './app.js';
import { testDatabase, type StorageBackendUnderTest } from './storageBackends.js';

export interface AppsOnBackend {
  readonly apps: readonly RunningApp[];
  /** The database the apps share, on PostgreSQL; undefined on the embedded files. */
  readonly databaseUrl: string | undefined;
}

/**
 * The composed product on one storage backend, as a test of a suite over `storageBackends()`
 * needs it: one app on the embedded files, or two instances on one fresh PostgreSQL database
 * (docs/adr/0019). Registers an `afterEach` that stops the apps and drops the database.
 */
export function useAppsOn(backend: StorageBackendUnderTest): () => Promise<AppsOnBackend> {
  const apps: RunningApp[] = [];
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.stop();
    await drop?.();
    drop = undefined;
  });
  return async () => {
    if (backend.name !== 'postgres') {
      apps.push(await startApp());
      return { apps, databaseUrl: undefined };
    }
    const database = await testDatabase();
    drop = database.drop;
    for (let index = 0; index < 2; index += 1) {
      apps.push(await startApp({ DATABASE_URL: database.url }));
    }
    return { apps, databaseUrl: database.url };
  };
}
