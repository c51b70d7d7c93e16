import type { Clock } from '../shared/clock.js';

/**
 * Small facts every instance must agree on, by namespace and key, with an optional expiry: the
 * pick-up reminders already posted, stream tokens already spent, what the staff directory learnt.
 * In one process they live in memory (`MemorySharedFacts`); with PostgreSQL in `shared_facts`.
 * Values are plain JSON and never personal data beyond staff ids.
 */
export interface SharedFacts {
  get(namespace: string, key: string): Promise<unknown>;
  /** Every live fact of a namespace (for warming a cache at start). */
  all(namespace: string): Promise<ReadonlyMap<string, unknown>>;
  set(namespace: string, key: string, value: unknown, expiresAt?: Date): Promise<void>;
  /** Stores the fact only if there is no live one; resolves true when this call stored it. */
  setIfAbsent(namespace: string, key: string, value: unknown, expiresAt?: Date): Promise<boolean>;
  delete(namespace: string, key: string): Promise<void>;
}

interface Fact {
  readonly value: unknown;
  readonly expiresAtMs: number | null;
}

export class MemorySharedFacts implements SharedFacts {
  private readonly facts = new Map<string, Map<string, Fact>>();
  private writes = 0;

  constructor(private readonly clock: Clock) {}

  get(namespace: string, key: string): Promise<unknown> {
    return Promise.resolve(this.live(namespace, key)?.value);
  }

  all(namespace: string): Promise<ReadonlyMap<string, unknown>> {
    const found = new Map<string, unknown>();
    for (const key of this.facts.get(namespace)?.keys() ?? []) {
      const fact = this.live(namespace, key);
      if (fact !== undefined) found.set(key, fact.value);
    }
    return Promise.resolve(found);
  }

  set(namespace: string, key: string, value: unknown, expiresAt?: Date): Promise<void> {
    let facts = this.facts.get(namespace);
    if (facts === undefined) {
      facts = new Map();
      this.facts.set(namespace, facts);
    }
    facts.set(key, { value, expiresAtMs: expiresAt?.getTime() ?? null });
    // Facts nobody asks for again (spent tokens) would pile up: sweep now and then.
    this.writes += 1;
    if (this.writes % 256 === 0) this.sweep();
    return Promise.resolve();
  }

  async setIfAbsent(
    namespace: string,
    key: string,
    value: unknown,
    expiresAt?: Date,
  ): Promise<boolean> {
    if (this.live(namespace, key) !== undefined) return false;
    await this.set(namespace, key, value, expiresAt);
    return true;
  }

  delete(namespace: string, key: string): Promise<void> {
    this.facts.get(namespace)?.delete(key);
    return Promise.resolve();
  }

  private sweep(): void {
    const now = this.clock.now().getTime();
    for (const facts of this.facts.values()) {
      for (const [key, fact] of facts) {
        if (fact.expiresAtMs !== null && fact.expiresAtMs <= now) facts.delete(key);
      }
    }
  }

  private live(namespace: string, key: string): Fact | undefined {
    const facts = this.facts.get(namespace);
    const fact = facts?.get(key);
    if (fact === undefined) return undefined;
    if (fact.expiresAtMs !== null && fact.expiresAtMs <= this.clock.now().getTime()) {
      facts?.delete(key);
      return undefined;
    }
    return fact;
  }
}
