import { z } from 'zod';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import { JsonDocumentStore } from './jsonDocumentStore.js';
import type { SharedFacts } from './sharedFacts.js';

/**
 * `SharedFacts` in one file of the embedded store (the single-writer JSON store of
 * docs/adr/0002-single-writer-file-storage.md): facts a process must still know after a restart,
 * such as the start of a pick-up reminder whose posting was not recorded, a reminder _in doubt_
 * (docs/adr/0008-teams-cards-and-actions.md). As with a case file, a `set` or `delete` resolves
 * once the file is written and synced, so a fact recorded before a post survives a crash after
 * it. Every write rewrites the file: for a few facts per open case, not for one per request
 * (those stay in `MemorySharedFacts`). Values are JSON, as in PostgreSQL's `shared_facts`.
 */

const factSchema = z.object({
  value: z.json(),
  /** ISO moment after which the fact is gone; null: until deleted. */
  expiresAt: z.iso.datetime().nullable(),
});
type Fact = z.infer<typeof factSchema>;

const documentSchema = z.object({
  version: z.literal(1),
  facts: z.record(z.string(), z.record(z.string(), factSchema)),
});
type FactDocument = z.infer<typeof documentSchema>;

/** A namespace's facts, read as an own property only ("constructor" is no namespace). */
function namespaceIn(
  document: Readonly<FactDocument>,
  namespace: string,
): FactDocument['facts'][string] | undefined {
  return Object.hasOwn(document.facts, namespace) ? document.facts[namespace] : undefined;
}

/** A fact of the document, read as own properties only. */
function factIn(
  document: Readonly<FactDocument>,
  namespace: string,
  key: string,
): Fact | undefined {
  const facts = namespaceIn(document, namespace);
  return facts !== undefined && Object.hasOwn(facts, key) ? facts[key] : undefined;
}

/** A live fact as `storage migrate` copies it (docs/adr/0019, ninth amendment). */
export interface StoredFact {
  readonly namespace: string;
  readonly key: string;
  readonly value: unknown;
  /** Undefined: until deleted. */
  readonly expiresAt: Date | undefined;
}

interface Addition {
  readonly namespace: string;
  readonly key: string;
  readonly fact: Fact;
}

/**
 * The facts `keep` keeps, with `add` added (replacing its namespace and key) and empty namespaces
 * left out. Built anew rather than changed in place: a key is data, never a property to delete.
 */
function rebuilt(
  facts: FactDocument['facts'],
  keep: (namespace: string, key: string, fact: Fact) => boolean,
  add?: Addition,
): FactDocument['facts'] {
  const namespaces = Object.entries(facts).map(([namespace, inner]) => {
    const kept: Array<[string, Fact]> = Object.entries(inner).filter(
      ([key, fact]) =>
        keep(namespace, key, fact) && !(namespace === add?.namespace && key === add.key),
    );
    if (add?.namespace === namespace) kept.push([add.key, add.fact]);
    return [namespace, Object.fromEntries(kept)] as const;
  });
  if (add !== undefined && !Object.hasOwn(facts, add.namespace)) {
    namespaces.push([add.namespace, Object.fromEntries([[add.key, add.fact]])]);
  }
  return Object.fromEntries(namespaces.filter(([, inner]) => Object.keys(inner).length > 0));
}

export class FileSharedFacts implements SharedFacts {
  private constructor(
    private readonly store: JsonDocumentStore<FactDocument>,
    private readonly clock: Clock,
  ) {}

  static async open(options: {
    readonly file: string;
    readonly clock: Clock;
    readonly logger: Logger;
  }): Promise<FileSharedFacts> {
    const store = await JsonDocumentStore.open<FactDocument>({
      file: options.file,
      defaults: { version: 1, facts: {} },
      schema: documentSchema,
      logger: options.logger,
    });
    return new FileSharedFacts(store, options.clock);
  }

  get(namespace: string, key: string): Promise<unknown> {
    const fact = factIn(this.store.read(), namespace, key);
    return Promise.resolve(fact !== undefined && this.live(fact) ? fact.value : undefined);
  }

  all(namespace: string): Promise<ReadonlyMap<string, unknown>> {
    const found = new Map<string, unknown>();
    for (const [key, fact] of Object.entries(namespaceIn(this.store.read(), namespace) ?? {})) {
      if (this.live(fact)) found.set(key, fact.value);
    }
    return Promise.resolve(found);
  }

  /** Every live fact of every namespace, with its expiry (for `wijkwijzer storage migrate`). */
  liveFacts(): readonly StoredFact[] {
    return Object.entries(this.store.read().facts).flatMap(([namespace, facts]) =>
      Object.entries(facts)
        .filter(([, fact]) => this.live(fact))
        .map(([key, fact]) => ({
          namespace,
          key,
          value: fact.value,
          expiresAt: fact.expiresAt === null ? undefined : new Date(fact.expiresAt),
        })),
    );
  }

  async set(namespace: string, key: string, value: unknown, expiresAt?: Date): Promise<void> {
    const fact = this.factOf(value, expiresAt);
    await this.store.update((draft) => this.put(draft, namespace, key, fact));
  }

  setIfAbsent(namespace: string, key: string, value: unknown, expiresAt?: Date): Promise<boolean> {
    const fact = this.factOf(value, expiresAt);
    return this.store.update((draft) => {
      const present = factIn(draft, namespace, key);
      if (present !== undefined && this.live(present)) return false;
      this.put(draft, namespace, key, fact);
      return true;
    });
  }

  async delete(namespace: string, key: string): Promise<void> {
    // Nothing to delete: no write.
    if (factIn(this.store.read(), namespace, key) === undefined) return;
    await this.store.update((draft) => {
      draft.facts = rebuilt(draft.facts, (name, stored) => name !== namespace || stored !== key);
    });
  }

  close(): Promise<void> {
    return this.store.close();
  }

  /** The stored form of a value; a value that is no JSON is refused before anything is written. */
  private factOf(value: unknown, expiresAt: Date | undefined): Fact {
    return { value: z.json().parse(value), expiresAt: expiresAt?.toISOString() ?? null };
  }

  /** Stores the fact and drops the expired ones, which nobody may ask for again. */
  private put(draft: FactDocument, namespace: string, key: string, fact: Fact): void {
    draft.facts = rebuilt(draft.facts, (_name, _key, stored) => this.live(stored), {
      namespace,
      key,
      fact,
    });
  }

  private live(fact: Fact): boolean {
    return fact.expiresAt === null || Date.parse(fact.expiresAt) > this.clock.now().getTime();
  }
}
