import { moduleLogger, type Logger } from '../shared/logger.js';
import type { Case, Delivery, NewCase } from './case.js';
import {
  createIn,
  deleteIn,
  deliveryBacklogOf,
  emptyCaseDocument,
  eraseResidentContactsIn,
  listDeliveryDueIn,
  listIn,
  updateDeliveryIn,
  updateIn,
  type CaseDocument,
} from './caseDocument.js';
import type {
  CaseFilter,
  CaseRepository,
  CaseRepositoryOptions,
  DeliveryBacklog,
  DeliveryLease,
  DeliveryUpdateOptions,
} from './caseRepository.js';
import { InProcessLeases } from './inProcessLeases.js';
import { maskedCount } from '../privacy/maskIdentifiers.js';

/**
 * Cases in memory, for tests and trials without a data directory. Each operation works on a copy
 * of the document and swaps it in only when it succeeds, like the file store does.
 */
export class InMemoryCaseRepository implements CaseRepository {
  private document: CaseDocument;
  private readonly options: CaseRepositoryOptions;
  private readonly logger: Logger;
  private readonly leases = new InProcessLeases();

  constructor(options: CaseRepositoryOptions, initial: CaseDocument = emptyCaseDocument()) {
    this.options = options;
    this.logger = moduleLogger(options.logger, 'cases');
    this.document = structuredClone(initial);
  }

  private transact<R>(operation: (draft: CaseDocument) => R): Promise<R> {
    try {
      const draft = structuredClone(this.document);
      const result = operation(draft);
      this.document = draft;
      return Promise.resolve(structuredClone(result));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async create(input: NewCase): Promise<Case> {
    const now = this.options.clock.now();
    const created = await this.transact((draft) =>
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
    return created.case;
  }

  get(reference: string): Promise<Case | undefined> {
    return Promise.resolve(structuredClone(this.document.cases[reference]));
  }

  update(
    reference: string,
    expectedVersion: number,
    change: (current: Case) => Case,
  ): Promise<Case> {
    return this.transact((draft) => updateIn(draft, reference, expectedVersion, change));
  }

  updateDelivery(
    reference: string,
    change: (current: Case) => Delivery,
    options: DeliveryUpdateOptions = {},
  ): Promise<Case> {
    if (options.keepLease !== true) this.leases.release(reference);
    return this.transact((draft) => updateDeliveryIn(draft, reference, change));
  }

  async leaseDeliveryDue(now: Date, lease: DeliveryLease): Promise<readonly Case[]> {
    return this.leases.take(await this.listDeliveryDue(now), now, lease);
  }

  list(filter?: CaseFilter): Promise<readonly Case[]> {
    return Promise.resolve(structuredClone(listIn(this.document, filter)));
  }

  count(filter?: CaseFilter): Promise<number> {
    return Promise.resolve(listIn(this.document, filter).length);
  }

  wijkteams(): Promise<readonly string[]> {
    const teams = new Set(Object.values(this.document.cases).map((item) => item.wijkteam));
    return Promise.resolve([...teams].sort());
  }

  listDeliveryDue(now: Date): Promise<readonly Case[]> {
    return Promise.resolve(structuredClone(listDeliveryDueIn(this.document, now)));
  }

  async eraseResidentContacts(residentKey: string): Promise<number> {
    const now = this.options.clock.now();
    const erased = await this.transact((draft) => eraseResidentContactsIn(draft, residentKey, now));
    this.logger.info({ erased }, 'resident contact details erased');
    return erased;
  }

  delete(reference: string): Promise<boolean> {
    return this.transact((draft) => deleteIn(draft, reference));
  }

  deliveryBacklog(): Promise<DeliveryBacklog> {
    return Promise.resolve(deliveryBacklogOf(Object.values(this.document.cases)));
  }
}
