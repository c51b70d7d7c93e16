import type { Clock } from '../shared/clock.js';
import { systemClock } from '../shared/clock.js';
import { errorCodeOf } from '../shared/errorFields.js';
import { isWijkwijzerError, WijkwijzerError } from '../shared/errors.js';
import { localDate } from '../shared/gemeenteTime.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import type { InsightAggregateStore } from './aggregateStore.js';
import type { InsightFilter, InsightRow } from './insightCounts.js';
import { eventDimensions, insightEventSchema, type InsightEvent } from './insightEvents.js';
import { MemoryAggregateStore } from './memoryAggregateStore.js';

/**
 * The one port through which anything is counted for the gemeente (ADR 0017).
 * SDK-free: the dialogs, the crisis guard and the case repository all record through it.
 *
 * `record` never rejects and never throws. Counting must not break a resident's conversation or a
 * colleague's button: an event that does not fit the catalogue (WW-9101) or a store that fails is
 * logged with its code and the event's kind, never its content or the failure's message, and
 * dropped. Callers therefore never wrap it in a try/catch of their own.
 */
export interface Insights {
  /** Counts one event on the gemeente's calendar day of `at` (default: now). */
  record(event: InsightEvent, at?: Date): Promise<void>;
}

/** The vocabulary `unmet_term` events may use: the sociale kaart's own words (ADR 0017 §3). */
export type VocabularyCheck = (term: string) => boolean;

export interface RecordingInsightsOptions {
  readonly store: InsightAggregateStore;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** When set, an `unmet_term` outside the vocabulary is dropped: it might be a resident's word. */
  readonly vocabulary?: VocabularyCheck;
}

/** Validates an event against the catalogue; WW-9101 when it could carry text or an id. */
export function checkInsightEvent(event: InsightEvent): InsightEvent {
  const parsed = insightEventSchema.safeParse(event);
  if (!parsed.success) {
    throw new WijkwijzerError('WW-9101', {
      detail: {
        kind: String((event as { kind?: unknown }).kind).slice(0, 40),
        issues: parsed.error.issues.length,
      },
    });
  }
  return parsed.data;
}

/** A failure's name and short code (ENOSPC, a PostgreSQL SQLSTATE), never its message. */
function causeOf(error: unknown): { name: string; code?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const code = errorCodeOf(error);
  return {
    name: error.name.slice(0, 40),
    ...(code !== null && /^[A-Z0-9_]{1,12}$/.test(code) ? { code } : {}),
  };
}

export class RecordingInsights implements Insights {
  private readonly clock: Clock;
  private readonly logger: Logger | undefined;

  constructor(private readonly options: RecordingInsightsOptions) {
    this.clock = options.clock ?? systemClock;
    this.logger =
      options.logger === undefined ? undefined : moduleLogger(options.logger, 'insights');
  }

  async record(event: InsightEvent, at?: Date): Promise<void> {
    try {
      const checked = checkInsightEvent(event);
      if (
        checked.kind === 'unmet_term' &&
        this.options.vocabulary !== undefined &&
        !this.options.vocabulary(checked.term)
      ) {
        throw new WijkwijzerError('WW-9101', { detail: { kind: checked.kind, reason: 'term' } });
      }
      await this.options.store.add([
        {
          day: localDate(at ?? this.clock.now()),
          kind: checked.kind,
          dimensions: eventDimensions(checked),
          count: 1,
        },
      ]);
    } catch (error) {
      // Code and kind only: a store's message (a PostgreSQL detail, a file path) may quote
      // stored values, so not even the masked message is logged here.
      this.logger?.warn(
        {
          code: isWijkwijzerError(error) ? error.code : undefined,
          cause: isWijkwijzerError(error) ? undefined : causeOf(error),
          kind: String((event as { kind?: unknown }).kind).slice(0, 40),
        },
        'insight not counted',
      );
    }
  }

  /** The counters, for the report and for tests. */
  rows(filter: InsightFilter = {}): Promise<readonly InsightRow[]> {
    return this.options.store.read(filter);
  }
}

/** Counting in memory (tests, trials): the real port on the memory store. */
export class MemoryInsights extends RecordingInsights {
  constructor(options: Omit<RecordingInsightsOptions, 'store'> = {}) {
    super({ ...options, store: new MemoryAggregateStore() });
  }
}
