import { conversationServices } from '../../../dialogs/conversationServices.js';
import type { ConversationServices } from '../../../dialogs/ports.js';
import type { Case } from '../../../src/cases/case.js';
import type { CaseRepository } from '../../../src/cases/caseRepository.js';
import { InMemoryCaseRepository } from '../../../src/cases/memoryCaseRepository.js';
import { MemoryInsights } from '../../../src/insights/insights.js';
import { silentLogger } from '../../support/logs.js';
import type { RoutingTable } from '../../../src/cases/routing.js';
import type { KnowledgeService } from '../../../src/knowledge/knowledgeService.js';
import type { SearchIndex } from '../../../src/search/searchIndex.js';
import type { ManualClock } from '../../support/manualClock.js';
import { startRealKnowledge } from '../realKnowledgeServices.js';
import { createHarness } from '../conversationHarness.js';
import type { Journey } from './personas.js';
import { playJourney, type JourneyResult } from './simulatedResident.js';

/**
 * The conversation on the shipped sociale kaart (knowledge/), the real search and the real routing
 * file, through the adapter the composition root uses: what a resident meets.
 */
export interface RealServices {
  readonly knowledge: KnowledgeService<SearchIndex>;
  readonly routing: RoutingTable;
  /** Fresh services (own case repository and insights) for one conversation or resident. */
  services(cases?: CaseRepository): ConversationServices;
  stop(): Promise<void>;
}

export async function startRealServices(clock: ManualClock): Promise<RealServices> {
  const { knowledge, routing } = await startRealKnowledge(clock);
  return {
    knowledge,
    routing,
    services: (cases) =>
      conversationServices({
        knowledge: () => knowledge.current(),
        cases:
          cases ??
          new InMemoryCaseRepository({ clock, referencePrefix: 'WW', logger: silentLogger() }),
        routing: () => routing,
        insights: new MemoryInsights(),
        clock,
        logger: silentLogger(),
        handoverWorkingDays: 3,
        retention: { contactDays: 30, caseDays: 180 },
        stateRetentionDays: 35,
      }),
    stop: () => knowledge.stop(),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** What one journey played: its own result, the earlier conversation's, and the stored cases. */
export interface PlayedJourney {
  readonly result: JourneyResult;
  readonly earlier: JourneyResult | undefined;
  readonly cases: readonly Case[];
}

/**
 * Plays one journey on the real knowledge with a fresh case store: first the earlier conversation
 * of a returning resident (same user, `daysLater` before), then the journey itself.
 */
export async function playOnRealKnowledge(
  real: RealServices,
  clock: ManualClock,
  journey: Journey,
): Promise<PlayedJourney> {
  const services = real.services();
  const harness = createHarness({
    knowledge: services.knowledge,
    routing: real.routing,
    cases: services.cases,
    clock,
  });
  const earlier =
    journey.before === undefined
      ? undefined
      : await playJourney(harness.chat({ conversation: 'before' }), journey.before);
  harness.clock.advance((journey.daysLater ?? 0) * DAY_MS);
  const result = await playJourney(harness.chat({ conversation: 'journey' }), journey.persona);
  return { result, earlier, cases: await harness.cases.list() };
}
