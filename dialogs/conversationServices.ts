import type { CaseRepository } from '../src/cases/caseRepository.js';
import type { RetentionPolicy } from '../src/cases/retention.js';
import type { RoutingTable } from '../src/cases/routing.js';
import type { Insights } from '../src/insights/insights.js';
import type { KnowledgeSnapshot } from '../src/knowledge/knowledgeService.js';
import { search } from '../src/search/search.js';
import type { SearchIndex } from '../src/search/searchIndex.js';
import type { Clock } from '../src/shared/clock.js';
import type { ConcernModel } from '../src/safety/concernModel.js';
import type { Logger } from '../src/shared/logger.js';
import type { ConversationServices, KnowledgePort } from './ports.js';
import { generalisedTerms, vocabularyCache } from '../src/insights/generalisedTerms.js';
import { gemeenteNameOf, wijkteamPhoneOf } from '../src/knowledge/catalogue.js';
import { wijkteamEntryCache } from '../src/search/wijkteamEntry.js';

/** "Within 30 days" of the wijkwijzer rule (docs/adr/0010-conversation-design.md): how long an earlier visit counts. */
export const DEFAULT_RESIDENT_MEMORY_DAYS = 30;

/** The knowledge port on the KnowledgeService: every call reads the snapshot being served. */
export function knowledgePort(current: () => KnowledgeSnapshot<SearchIndex>): KnowledgePort {
  const vocabulary = vocabularyCache();
  const wijkteamEntry = wijkteamEntryCache();
  return {
    unmetTerms: (text) => generalisedTerms(text, vocabulary(current().catalogue)),
    search: (query) => search(current().index, { ...query, audience: 'resident' }),
    levensgebieden: () => current().catalogue.levensgebieden,
    wijken: () => current().catalogue.areas.wijken,
    gemeente: () => gemeenteNameOf(current().catalogue),
    examplePostcode: () => {
      const example = current().catalogue.areas.examplePostcode;
      return example === undefined ? undefined : String(example);
    },
    buurgemeenten: () => current().catalogue.areas.buurgemeenten,
    wijkteamPhone: () => wijkteamPhoneOf(current().catalogue),
    wijkteamWebsite: () => current().catalogue.areas.wijkteamWebsite,
    wijkteamEntry: () => wijkteamEntry(current().catalogue),
    lookupPostcode: (input) => current().catalogue.areas.lookupPostcode(input),
    voorziening: (id) => current().catalogue.voorziening(id),
    gemeenteDiensten: () => current().catalogue.gemeenteDiensten,
  };
}

export interface ConversationServicesInput {
  /** `() => knowledgeService.current()` */
  readonly knowledge: () => KnowledgeSnapshot<SearchIndex>;
  readonly cases: CaseRepository;
  readonly routing: () => RoutingTable;
  readonly insights: Insights;
  readonly clock: Clock;
  readonly logger: Logger;
  /** config.cases.handoverWorkingDays */
  readonly handoverWorkingDays: number;
  /** config.cases.retention */
  readonly retention: RetentionPolicy;
  /** config.stateRetentionDays: what the privacy answer promises about conversations. */
  readonly stateRetentionDays: number;
  readonly residentMemoryDays?: number;
  /** The safety check's concern model, loaded once at start-up (src/safety/concernModel.ts). */
  readonly concernModel?: ConcernModel;
}

/** Everything the conversation needs, from the real modules; for the composition root. */
export function conversationServices(input: ConversationServicesInput): ConversationServices {
  return {
    knowledge: knowledgePort(input.knowledge),
    cases: input.cases,
    routing: input.routing,
    insights: input.insights,
    clock: input.clock,
    logger: input.logger,
    settings: {
      handoverWorkingDays: input.handoverWorkingDays,
      retention: input.retention,
      residentMemoryDays: input.residentMemoryDays ?? DEFAULT_RESIDENT_MEMORY_DAYS,
      stateRetentionDays: input.stateRetentionDays,
    },
    ...(input.concernModel === undefined ? {} : { concernModel: input.concernModel }),
  };
}
