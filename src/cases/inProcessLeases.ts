import type { Case } from './case.js';
import type { DeliveryLease } from './caseRepository.js';

/**
 * Delivery leases for repositories one process owns (memory, the embedded files): the outbox
 * still asks for leases, so the delivery worker is the same code on every backend. A lease is
 * released when the attempt is recorded or when it runs out.
 */
export class InProcessLeases {
  private readonly held = new Map<string, { owner: string; until: number }>();

  /** The due cases nobody else holds, now held by `lease.owner`. */
  take(due: readonly Case[], now: Date, lease: DeliveryLease): Case[] {
    const moment = now.getTime();
    const taken: Case[] = [];
    for (const candidate of due) {
      if (taken.length >= (lease.limit ?? 50)) break;
      const current = this.held.get(candidate.reference);
      if (current !== undefined && current.until > moment && current.owner !== lease.owner) {
        continue;
      }
      this.held.set(candidate.reference, { owner: lease.owner, until: moment + lease.ms });
      taken.push(candidate);
    }
    return taken;
  }

  release(reference: string): void {
    this.held.delete(reference);
  }
}
