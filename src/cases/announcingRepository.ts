import type { Case } from './case.js';
import type { CaseRepository } from './caseRepository.js';

/**
 * The same repository, plus a call after every successful create: the composition root uses it
 * to wake the delivery worker, so a new case reaches the wijkteam at once instead of at the next
 * poll. The hook runs after the case is durable; its failure never fails the create.
 */
export function announcingRepository(
  repository: CaseRepository,
  onCreated: (created: Case) => void,
): CaseRepository {
  return {
    create: async (input) => {
      const created = await repository.create(input);
      try {
        onCreated(created);
      } catch {
        // Delivery still happens at the next poll.
      }
      return created;
    },
    get: (reference) => repository.get(reference),
    update: (reference, expectedVersion, change) =>
      repository.update(reference, expectedVersion, change),
    updateDelivery: (reference, change, options) =>
      repository.updateDelivery(reference, change, options),
    list: (filter) => repository.list(filter),
    count: (filter) => repository.count(filter),
    wijkteams: () => repository.wijkteams(),
    listDeliveryDue: (now) => repository.listDeliveryDue(now),
    leaseDeliveryDue: (now, lease) => repository.leaseDeliveryDue(now, lease),
    eraseResidentContacts: (residentKey) => repository.eraseResidentContacts(residentKey),
    delete: (reference) => repository.delete(reference),
    deliveryBacklog: () => repository.deliveryBacklog(),
  };
}
