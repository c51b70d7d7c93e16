import { z } from 'zod';
import { localDate } from '../shared/gemeenteTime.js';
import { WijkwijzerError } from '../shared/errors.js';

/**
 * Questions the sociale kaart could not answer, as counts: a signal for the gemeente of needs the
 * sociale basis does not meet yet (domain.md §9, "Wat is er nodig in de sociale basis?"). Only a
 * levensgebied, a wijk and a month are kept: never the question, never who asked.
 */
export interface UnmetNeed {
  /** Levensgebied ids the question touched; empty when the search could not tell. */
  readonly levensgebieden: readonly string[];
  /** The resident's wijk, when known: counts are reported per wijk, not per person. */
  readonly wijk?: string;
  readonly at: Date;
}

/** One counter: how many unanswered questions touched this levensgebied, in this wijk and month. */
export interface UnmetNeedCount {
  /** jjjj-mm, Europe/Amsterdam. */
  readonly month: string;
  readonly levensgebied: string;
  readonly wijk: string | null;
  readonly count: number;
}

/**
 * Where unmet needs go. The in-memory recorder below serves tests and a single process; a
 * persistent one (on the storage layer) implements the same interface.
 */
export interface UnmetNeedsRecorder {
  record(need: UnmetNeed): Promise<void>;
  counts(): Promise<readonly UnmetNeedCount[]>;
}

/** The levensgebied a miss is counted under when the question touched none we know. */
export const UNKNOWN_LEVENSGEBIED = 'onbekend';

// Slugs and short names only: a schema that cannot carry a sentence, so no caller can leak one.
const unmetNeedSchema = z.strictObject({
  levensgebieden: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        .max(40),
    )
    .max(10),
  wijk: z
    .string()
    .max(60)
    .regex(/^[\p{L}0-9' .-]+$/u)
    .optional(),
  at: z.date(),
});

export function validateUnmetNeed(need: UnmetNeed): UnmetNeed {
  const parsed = unmetNeedSchema.safeParse(need);
  if (!parsed.success) {
    throw new WijkwijzerError('WW-5002', { detail: { issues: parsed.error.issues.length } });
  }
  return need;
}

export class InMemoryUnmetNeedsRecorder implements UnmetNeedsRecorder {
  readonly #counts = new Map<string, UnmetNeedCount>();

  record(need: UnmetNeed): Promise<void> {
    validateUnmetNeed(need);
    const month = localDate(need.at).slice(0, 7);
    const wijk = need.wijk ?? null;
    const domains = need.levensgebieden.length === 0 ? [UNKNOWN_LEVENSGEBIED] : need.levensgebieden;
    for (const levensgebied of new Set(domains)) {
      const key = JSON.stringify([month, levensgebied, wijk]);
      const current = this.#counts.get(key);
      this.#counts.set(key, { month, levensgebied, wijk, count: (current?.count ?? 0) + 1 });
    }
    return Promise.resolve();
  }

  counts(): Promise<readonly UnmetNeedCount[]> {
    const rows = [...this.#counts.values()].sort(
      (a, b) =>
        a.month.localeCompare(b.month) ||
        a.levensgebied.localeCompare(b.levensgebied) ||
        (a.wijk ?? '').localeCompare(b.wijk ?? ''),
    );
    return Promise.resolve(rows);
  }
}
