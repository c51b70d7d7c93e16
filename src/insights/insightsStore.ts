import type { Logger } from '../shared/logger.js';
import { JsonDocumentStore } from '../storage/jsonDocumentStore.js';
import {
  addCount,
  emptyInsightsDocument,
  insightsDocumentSchema,
  selectRows,
  type InsightFilter,
  type InsightRow,
  type InsightsDocument,
} from './insightCounts.js';
import type { InsightEvent } from './insightEvents.js';
import type { InsightsRecorder } from './insightsRecorder.js';

export interface InsightsStoreOptions {
  /** Such as DATA_DIR/insights.json. One process owns it (docs/adr/0002). */
  readonly file: string;
  readonly logger: Logger;
}

/**
 * The persistent counts for the gemeente, on the durable single-writer document store: every
 * count is on disk when `count` resolves. The file holds days, kinds, slugs and numbers only.
 */
export class InsightsStore implements InsightsRecorder {
  private constructor(private readonly store: JsonDocumentStore<InsightsDocument>) {}

  static async open(options: InsightsStoreOptions): Promise<InsightsStore> {
    const store = await JsonDocumentStore.open<InsightsDocument>({
      file: options.file,
      defaults: emptyInsightsDocument(),
      schema: insightsDocumentSchema,
      logger: options.logger,
    });
    return new InsightsStore(store);
  }

  /** Adds one to the counter of this event; an event that could carry text is refused (WW-9101). */
  count(event: InsightEvent, at: Date): Promise<void> {
    return this.store.update((draft) => {
      addCount(draft, event, at);
    });
  }

  rows(filter?: InsightFilter): Promise<readonly InsightRow[]> {
    return Promise.resolve(selectRows(this.store.read(), filter));
  }

  flush(): Promise<void> {
    return this.store.flush();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
