import type { CrisisRecord, CrisisRecorder } from '../safety/crisisRecorder.js';
import type { InsightFilter, InsightRow } from './insightCounts.js';
import type { InsightEvent } from './insightEvents.js';
import {
  UNKNOWN_LEVENSGEBIED,
  validateUnmetNeed,
  type UnmetNeed,
  type UnmetNeedCount,
  type UnmetNeedsRecorder,
} from './unmetNeeds.js';

/** Where the conversation counts what happened. Counts only, never text (see insightEvents.ts). */
export interface InsightsRecorder {
  count(event: InsightEvent, at: Date): Promise<void>;
  rows(filter?: InsightFilter): Promise<readonly InsightRow[]>;
}

/** The safety module's recorder on top of the counts: kind and day, nothing else. */
export function crisisRecorderOn(insights: InsightsRecorder): CrisisRecorder {
  return {
    record: (entry: CrisisRecord) =>
      insights.count({ kind: 'crisis', crisisKind: entry.kind }, entry.at),
  };
}

/**
 * The search module's unmet-needs recorder on top of the counts: one count per levensgebied (and
 * wijk) per day; `counts()` reports them per month as that interface promises.
 */
export function unmetNeedsRecorderOn(insights: InsightsRecorder): UnmetNeedsRecorder {
  return {
    record: async (need: UnmetNeed) => {
      validateUnmetNeed(need);
      const domains =
        need.levensgebieden.length === 0 ? [UNKNOWN_LEVENSGEBIED] : need.levensgebieden;
      for (const levensgebied of new Set(domains)) {
        await insights.count(
          {
            kind: 'unmet_need',
            levensgebied,
            ...(need.wijk === undefined ? {} : { wijk: need.wijk }),
          },
          need.at,
        );
      }
    },
    counts: async () => {
      const byMonth = new Map<string, UnmetNeedCount>();
      for (const row of await insights.rows({ kind: 'unmet_need' })) {
        const month = row.day.slice(0, 7);
        const levensgebied = row.dimensions.levensgebied ?? UNKNOWN_LEVENSGEBIED;
        const wijk = row.dimensions.wijk ?? null;
        const key = JSON.stringify([month, levensgebied, wijk]);
        const current = byMonth.get(key);
        byMonth.set(key, { month, levensgebied, wijk, count: (current?.count ?? 0) + row.count });
      }
      return [...byMonth.values()].sort(
        (a, b) =>
          a.month.localeCompare(b.month) ||
          a.levensgebied.localeCompare(b.levensgebied) ||
          (a.wijk ?? '').localeCompare(b.wijk ?? ''),
      );
    },
  };
}
