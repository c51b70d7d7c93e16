import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { maskedCount } from '../privacy/maskIdentifiers.js';
import { WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { JsonDocumentStore } from '../storage/jsonDocumentStore.js';
import type { Case, Delivery, NewCase } from './case.js';
import {
  createIn,
  deleteIn,
  emptyCaseDocument,
  eraseResidentContactsIn,
  listDeliveryDueIn,
  listIn,
  parseCaseDocument,
  updateDeliveryIn,
  updateIn,
  type CaseDocument,
} from './caseDocument.js';
import type { CaseFilter, CaseRepository, CaseRepositoryOptions } from './caseRepository.js';

/** The cases file in DATA_DIR. */
export const CASES_FILE_NAME = 'cases.json';

export function casesFile(dataDir: string): string {
  return path.join(dataDir, CASES_FILE_NAME);
}

export interface FileCaseRepositoryOptions extends CaseRepositoryOptions {
  readonly file: string;
}

/**
 * Cases in one JSON file on the single-writer document store (src/storage/): one write queue,
 * fsync'd atomic replace, a lock file so only one process writes. `create` resolves after the case
 * is on disk, so a reference a resident has seen survives a SIGKILL. The whole document is
 * validated when the file is opened; after that only the changed case is validated per write, so
 * a write stays cheap as the file grows. Limits and the PostgreSQL path: ADR 0002 and ADR 0006.
 */
export class FileCaseRepository implements CaseRepository {
  private readonly store: JsonDocumentStore<CaseDocument>;
  private readonly options: CaseRepositoryOptions;
  private readonly logger: Logger;

  private constructor(store: JsonDocumentStore<CaseDocument>, options: CaseRepositoryOptions) {
    this.store = store;
    this.options = options;
    this.logger = moduleLogger(options.logger, 'cases');
  }

  /** Opens (or creates) the file. WW-3005 when another process has it; WW-6011 when it is not a cases file. */
  static async open(options: FileCaseRepositoryOptions): Promise<FileCaseRepository> {
    const store = await JsonDocumentStore.open<CaseDocument>({
      file: options.file,
      defaults: emptyCaseDocument(),
      logger: options.logger,
    });
    try {
      parseCaseDocument(store.read());
    } catch (error) {
      await store.close();
      throw error;
    }
    return new FileCaseRepository(store, options);
  }

  async create(input: NewCase): Promise<Case> {
    const now = this.options.clock.now();
    const created = await this.store.update((draft) =>
      createIn(draft, input, this.options.referencePrefix, now),
    );
    this.logger.info(
      {
        reference: created.case.reference,
        wijkteam: created.case.wijkteam,
        masked: maskedCount(created.masked),
      },
      'case created',
    );
    return structuredClone(created.case);
  }

  get(reference: string): Promise<Case | undefined> {
    return Promise.resolve(structuredClone(this.store.read().cases[reference]));
  }

  async update(
    reference: string,
    expectedVersion: number,
    change: (current: Case) => Case,
  ): Promise<Case> {
    const updated = await this.store.update((draft) =>
      updateIn(draft, reference, expectedVersion, change),
    );
    this.logger.debug({ reference, version: updated.version }, 'case updated');
    return structuredClone(updated);
  }

  async updateDelivery(reference: string, change: (current: Case) => Delivery): Promise<Case> {
    return structuredClone(
      await this.store.update((draft) => updateDeliveryIn(draft, reference, change)),
    );
  }

  list(filter?: CaseFilter): Promise<readonly Case[]> {
    return Promise.resolve(structuredClone(listIn(this.store.read(), filter)));
  }

  listDeliveryDue(now: Date): Promise<readonly Case[]> {
    return Promise.resolve(structuredClone(listDeliveryDueIn(this.store.read(), now)));
  }

  async eraseResidentContacts(residentKey: string): Promise<number> {
    const now = this.options.clock.now();
    const erased = await this.store.update((draft) =>
      eraseResidentContactsIn(draft, residentKey, now),
    );
    this.logger.info({ erased }, 'resident contact details erased');
    return erased;
  }

  async delete(reference: string): Promise<boolean> {
    return this.store.update((draft) => deleteIn(draft, reference));
  }

  /** Resolves when every change so far is on disk. */
  flush(): Promise<void> {
    return this.store.flush();
  }

  /** Flushes and releases the file for another process. */
  close(): Promise<void> {
    return this.store.close();
  }
}

/**
 * Reads the cases file without taking the write lock, for `wijkwijzer cases list/show` while the
 * bot runs. Safe because the store replaces the file atomically: a reader sees one whole version.
 * Resolves with an empty document when there is no file yet.
 */
export async function readCaseFileSnapshot(file: string): Promise<CaseDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      return emptyCaseDocument();
    }
    throw new WijkwijzerError('WW-3002', { cause: error, detail: { file } });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new WijkwijzerError('WW-3002', { cause: error, detail: { file, reason: 'json' } });
  }
  return parseCaseDocument(data);
}
