import { FileStateStorage, stateDirectory } from '../../src/bot/fileStateStorage.js';
import type { StateStorage } from '../../src/bot/stateStorage.js';
import type { CaseRepository } from '../../src/cases/caseRepository.js';
import { casesDirectory, FileCaseRepository } from '../../src/cases/fileCaseRepository.js';
import type { Clock } from '../../src/shared/clock.js';
import type { Logger } from '../../src/shared/logger.js';
import { afterEach, beforeEach, inject } from 'vitest';
import type { InsightAggregateStore } from '../../src/insights/aggregateStore.js';
import { DayFileAggregateStore } from '../../src/insights/dayFileAggregateStore.js';
import { PostgresAggregateStore } from '../../src/insights/postgresAggregateStore.js';
import { PostgresStateStorage } from '../../src/bot/postgresStateStorage.js';
import { PostgresCaseRepository } from '../../src/cases/postgresCaseRepository.js';
import { Database } from '../../src/storage/postgres/database.js';
import { silentLogger } from './logs.js';
import { ManualClock } from './manualClock.js';
import { createDatabase } from './postgresCluster.js';
import { createTempDirectory } from './tempDirectory.js';

/**
 * The storage backends the contract suites run against: the embedded files and PostgreSQL. Each
 * `create` gives a fresh, empty place (a temp directory, a new database) that `remove` deletes;
 * `open*` may be called again on it to test a restart.
 */
export interface BackendHarness {
  openState(clock: Clock): Promise<StateStorage>;
  openCases(
    clock: Clock,
    options?: { referencePrefix?: string; logger?: Logger },
  ): Promise<CaseRepository & { close(): Promise<void> }>;
  /**
   * The insight counters. Each call is another "instance" on the same place: on PostgreSQL a
   * pool of its own (as a second process would have); the day files allow one writer.
   */
  openInsights(): Promise<InsightAggregateStore>;
  remove(): Promise<void>;
}

export interface StorageBackendUnderTest {
  readonly name: 'embedded' | 'postgres';
  /** Why this backend's tests are skipped here (only outside CI, when PostgreSQL is absent). */
  readonly skip?: string;
  create(): Promise<BackendHarness>;
}

function embedded(): StorageBackendUnderTest {
  return {
    name: 'embedded',
    create: async () => {
      const temp = await createTempDirectory();
      return {
        openState: (clock) =>
          FileStateStorage.open({ dir: stateDirectory(temp.path), logger: silentLogger(), clock }),
        openCases: (clock, options = {}) =>
          FileCaseRepository.open({
            dir: casesDirectory(temp.path),
            clock,
            referencePrefix: options.referencePrefix ?? 'WW',
            logger: options.logger ?? silentLogger(),
          }),
        openInsights: () =>
          DayFileAggregateStore.open({ dir: temp.file('insights'), logger: silentLogger() }),
        remove: () => temp.remove(),
      };
    },
  };
}

/** A fresh database in the run's cluster (test/support/postgresGlobalSetup.ts), migrated on open. */
export async function testDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const postgres = inject('postgres');
  if (!('adminUrl' in postgres)) throw new Error(postgres.unavailable);
  return createDatabase(postgres.adminUrl);
}

function postgres(): StorageBackendUnderTest {
  const provided = inject('postgres');
  return {
    name: 'postgres',
    ...('unavailable' in provided ? { skip: provided.unavailable } : {}),
    create: async () => {
      const created = await testDatabase();
      const databases: Database[] = [];
      const open = async () => {
        const database = await Database.open({
          url: created.url,
          poolSize: 25,
          logger: silentLogger(),
        });
        databases.push(database);
        return database;
      };
      return {
        openState: async (clock) => {
          const database = await open();
          const storage = new PostgresStateStorage(database, clock);
          return Object.assign(storage, { close: () => database.close() });
        },
        openCases: async (clock, options = {}) => {
          const database = await open();
          const repository = new PostgresCaseRepository(database, {
            clock,
            referencePrefix: options.referencePrefix ?? 'WW',
            logger: options.logger ?? silentLogger(),
          });
          return Object.assign(repository, { close: () => database.close() });
        },
        openInsights: async () => {
          const database = await open();
          const store = new PostgresAggregateStore(database);
          return Object.assign(store, { close: () => database.close() });
        },
        remove: async () => {
          for (const database of databases.splice(0)) await database.close();
          await created.drop();
        },
      };
    },
  };
}

export function storageBackends(): StorageBackendUnderTest[] {
  return [embedded(), postgres()];
}

/** Bot state on one backend for each test of a describe block (see `useStateBackend`). */
export interface StateUnderTest {
  readonly clock: ManualClock;
  readonly harness: BackendHarness;
  /** The storage opened last. */
  readonly storage: StateStorage;
  /** Opens the storage again on the same place, as a restart does (close the old one first). */
  openAgain(): Promise<StateStorage>;
}

/**
 * Before each test of the describe block: a fresh place on `backend`, a clock at `start` and the
 * bot state storage opened on it; after it, the storage closed and the place removed. Skips the
 * tests where the backend is not available.
 */
export function useStateBackend(
  backend: StorageBackendUnderTest,
  start = '2026-03-02T09:00:00Z',
): StateUnderTest {
  let clock: ManualClock | undefined;
  let harness: BackendHarness | undefined;
  let storage: StateStorage | undefined;
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the state backend is not open (outside a test?)');
    return value;
  };
  beforeEach(async (context) => {
    if (backend.skip !== undefined) context.skip(backend.skip);
    clock = new ManualClock(start);
    harness = await backend.create();
    storage = await harness.openState(clock);
  });
  afterEach(async () => {
    await storage?.close();
    await harness?.remove();
    storage = undefined;
    harness = undefined;
  });
  return {
    get clock() {
      return ready(clock);
    },
    get harness() {
      return ready(harness);
    },
    get storage() {
      return ready(storage);
    },
    openAgain: async () => {
      storage = await ready(harness).openState(ready(clock));
      return storage;
    },
  };
}
