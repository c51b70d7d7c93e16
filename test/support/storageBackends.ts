import { FileStateStorage, stateDirectory } from '../../src/bot/fileStateStorage.js';
import type { StateStorage } from '../../src/bot/stateStorage.js';
import type { CaseRepository } from '../../src/cases/caseRepository.js';
import { casesDirectory, FileCaseRepository } from '../../src/cases/fileCaseRepository.js';
import type { Clock } from '../../src/shared/clock.js';
import type { Logger } from '../../src/shared/logger.js';
import { silentLogger } from './logs.js';
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
        remove: () => temp.remove(),
      };
    },
  };
}

export function storageBackends(): StorageBackendUnderTest[] {
  return [embedded()];
}
