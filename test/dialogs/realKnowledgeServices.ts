import path from 'node:path';
import { conversationServices } from '../../dialogs/conversationServices.js';
import type { ConversationServices } from '../../dialogs/ports.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import type { RoutingTable } from '../../src/cases/routing.js';
import { routingTableFromAreas } from '../../src/cases/routingFromAreas.js';
import { RoutingSource } from '../../src/cases/routingSource.js';
import { MemoryInsights } from '../../src/insights/insights.js';
import { KnowledgeService } from '../../src/knowledge/knowledgeService.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { silentLogger } from '../support/logs.js';
import type { ManualClock } from '../support/manualClock.js';
import { createHarness } from './conversationHarness.js';
import { playJourney, type JourneyResult, type Persona } from './journeys/simulatedResident.js';

export interface RealKnowledge {
  readonly knowledge: KnowledgeService<SearchIndex>;
  readonly routing: RoutingTable;
  readonly services: ConversationServices;
}

/**
 * The real sociale kaart (knowledge/, or another kaart in `dir`), the real search and the real
 * routing (the kaart's routering.yaml, else its gebieden.yaml), through the adapter the composition root uses (dialogs/conversationServices.ts).
 * Stop `knowledge` after use.
 */
export async function startRealKnowledge(
  clock: ManualClock,
  dir: string = path.join(findProjectRoot(), 'knowledge'),
): Promise<RealKnowledge> {
  const knowledge = new KnowledgeService({
    dir,
    clock,
    logger: silentLogger(),
    buildIndex: (catalogue) => buildSearchIndex(catalogue),
    watch: false,
  });
  await knowledge.start();
  // As the product routes (src/compose/stores.ts): the kaart's routering.yaml, else its gebieden.
  const routing = (
    await RoutingSource.open(path.join(dir, 'routering.yaml'), silentLogger(), () =>
      routingTableFromAreas(knowledge.current().catalogue.areas),
    )
  ).current();
  const services = conversationServices({
    knowledge: () => knowledge.current(),
    cases: new InMemoryCaseRepository({ clock, referencePrefix: 'WW', logger: silentLogger() }),
    routing: () => routing,
    insights: new MemoryInsights(),
    clock,
    logger: silentLogger(),
    handoverWorkingDays: 3,
    retention: { contactDays: 30, caseDays: 180 },
    stateRetentionDays: 35,
  });
  return { knowledge, routing, services };
}

/**
 * A simulated resident through the whole conversation over the real knowledge: the safety check
 * when it asks, the levensgebied offer, for whom, age, wijk, "nog niets" and the result cards, as
 * a resident reaches it over /api/messages. `DEBUG_TRANSCRIPT=1` prints the transcript.
 */
export async function playResident(
  real: RealKnowledge,
  clock: ManualClock,
  theme: string,
  persona: Omit<Persona, 'name' | 'theme'>,
): Promise<JourneyResult> {
  const harness = createHarness({
    knowledge: real.services.knowledge,
    routing: real.routing,
    cases: real.services.cases,
    clock,
  });
  const result = await playJourney(harness.chat(), { name: 'resident', theme, ...persona });
  if (process.env.DEBUG_TRANSCRIPT === '1') console.log(result.transcript.join('\n'));
  return result;
}
