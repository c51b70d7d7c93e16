import {
  addCount,
  emptyInsightsDocument,
  selectRows,
  type InsightFilter,
  type InsightRow,
} from './insightCounts.js';
import type { InsightEvent } from './insightEvents.js';
import type { InsightsRecorder } from './insightsRecorder.js';

/** Counts in memory: for tests and trials without a data directory. */
export class MemoryInsights implements InsightsRecorder {
  readonly #document = emptyInsightsDocument();

  count(event: InsightEvent, at: Date): Promise<void> {
    try {
      addCount(this.#document, event, at);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    }
  }

  rows(filter?: InsightFilter): Promise<readonly InsightRow[]> {
    return Promise.resolve(selectRows(this.#document, filter));
  }
}
