import path from 'node:path';
import type { Config } from '../config.js';
import type { RoutingTable } from '../cases/routing.js';
import { routingTableFromAreas } from '../cases/routingFromAreas.js';
import { RoutingSource } from '../cases/routingSource.js';
import type { CaseRepository } from '../cases/caseRepository.js';
import { countingRepository } from '../insights/caseEvents.js';
import { vocabularyCache } from '../insights/generalisedTerms.js';
import { RecordingInsights } from '../insights/insights.js';
import { KnowledgeService } from '../knowledge/knowledgeService.js';
import { KnowledgeLoaderThread, withFallbackHere } from '../knowledge/loaderThread.js';
import { residentCatalogue } from '../partners/reviewRound.js';
import { buildSearchIndexInSlices, type SearchIndex } from '../search/searchIndex.js';
import type { Clock } from '../shared/clock.js';
import { localDate } from '../shared/gemeenteTime.js';
import type { Logger } from '../shared/logger.js';
import { openStorageBackend } from '../storage/openStorageBackend.js';
import type { StorageBackend } from '../storage/storageBackend.js';

/** What the composition root keeps and stores: knowledge, routing, storage, insights, cases. */
export interface Stores {
  readonly knowledge: KnowledgeService<SearchIndex>;
  readonly knowledgeLoader: ReturnType<typeof withFallbackHere>;
  /** The routing being served; reloads with the rest of knowledge/ (docs/adr/0020). */
  readonly routing: () => RoutingTable;
  readonly storage: StorageBackend;
  readonly insights: RecordingInsights;
  /** The case repository every caller uses; each change is counted for the gemeente. */
  readonly cases: CaseRepository;
}

/**
 * The stores part of the composition root (src/index.ts): everything that reads or keeps data.
 * Each opened part pushes its close onto `opened`, so a failed start closes what was opened.
 */
export async function openStores(
  config: Config,
  logger: Logger,
  clock: Clock,
  opened: Array<() => Promise<void>>,
): Promise<Stores> {
  // The sociale kaart and its search index, reloaded together when a partner edits a file.
  // Reloads read and check the files on a worker thread and build the index in slices, so a
  // resident's turn never waits behind them (docs/adr/0015-security-posture.md).
  const loaderThread = new KnowledgeLoaderThread({ logger });
  opened.push(() => loaderThread.close());
  const knowledgeLoader = withFallbackHere(loaderThread, logger);
  // The routing file lives in the same directory: read again after every knowledge reload. Opened
  // after the knowledge starts, so an invalid sociale kaart is reported first, as before.
  const late: { routing?: RoutingSource } = {};
  const knowledge = new KnowledgeService({
    dir: config.paths.knowledgeDir,
    clock,
    logger,
    loader: knowledgeLoader,
    afterReload: async () => late.routing?.reload(),
    // Entries unconfirmed long after their check was due leave search when the setting says so.
    buildIndex: (catalogue, pause) =>
      buildSearchIndexInSlices(
        residentCatalogue(catalogue, localDate(clock.now()), config.partners.review),
        pause,
      ),
  });
  await knowledge.start();
  opened.push(() => knowledge.stop());
  const routingSource = await RoutingSource.open(
    path.join(config.paths.knowledgeDir, 'routering.yaml'),
    logger,
    // Another gemeente's knowledge without routering.yaml routes by its gebieden.yaml.
    () => routingTableFromAreas(knowledge.current().catalogue.areas),
  );
  late.routing = routingSource;
  const routing = () => routingSource.current();

  // Embedded files in DATA_DIR, or PostgreSQL with DATABASE_URL (docs/adr/0019).
  const storage = await openStorageBackend({ config, logger, clock });
  opened.push(() => storage.close());
  // The gemeente's counts (ADR 0017): aggregates per day, counted through one port; in day files,
  // or in one table every instance adds to with DATABASE_URL (docs/adr/0019). Closed with storage.
  const insightCounts = storage.insights;
  const vocabulary = vocabularyCache();
  const insights = new RecordingInsights({
    store: insightCounts,
    clock,
    logger,
    vocabulary: (term) => vocabulary(knowledge.current().catalogue).terms.has(term),
  });
  // Every case change, from the chat, a card, the Casusbord or the CLI, is counted here.
  const cases = countingRepository(storage.cases, insights);

  return { knowledge, knowledgeLoader, routing, storage, insights, cases };
}
