import type { ConcernModel } from '../src/safety/concernModel.js';
import type { CaseRepository } from '../src/cases/caseRepository.js';
import type { RetentionPolicy } from '../src/cases/retention.js';
import type { RoutingTable } from '../src/cases/routing.js';
import type { PostcodeLookup, Wijk } from '../src/knowledge/areas.js';
import type { ResidentArea, Voorziening, WijkteamPhone } from '../src/knowledge/catalogue.js';
import type { GemeenteDiensten } from '../src/knowledge/schema.js';
import type { Insights } from '../src/insights/insights.js';
import type { Clock } from '../src/shared/clock.js';
import type { Logger } from '../src/shared/logger.js';
import type { Language } from '../src/understanding/language.js';
import type { Asker } from '../src/search/forWhom.js';
import type { ConfidenceSignals } from '../src/search/calibration.js';
import type { TextReadings } from '../src/understanding/textReadings.js';

/**
 * What the conversation needs from the rest of the product, as small ports. The composition root
 * adapts the real modules (knowledge service, search, case repository, routing, insights) to
 * these; tests pass fakes. Nothing here imports botbuilder.
 */

export interface IntakeSearchQuery {
  readonly text: string;
  readonly age?: number;
  readonly area?: ResidentArea;
  /** jjjj-mm-dd (Europe/Amsterdam) of the conversation's clock. */
  readonly today: string;
  /** Levensgebieden the resident chose or confirmed: they count in the ranking (ADR 0013). */
  readonly levensgebieden?: readonly string[];
  /** The model's probabilities from the message's understanding pass, reused by the search. */
  readonly needProbabilities?: Float64Array;
  /** The text's language from the same pass (Understanding.textLanguage; Dutch when none). */
  readonly language?: Language;
  /** How many results (the search's default, 3, when absent). */
  readonly top?: number;
  /** Who asks and for whom, as far as the conversation is sure (ADR 0013, "for whom"). */
  readonly asker?: Asker;
  /** What the same pass read of the text beside its words (Understanding.searchReadings). */
  readonly readings?: TextReadings;
}

/** The part of src/search's SearchResult the conversation uses (a SearchResult fits as is). */
export interface IntakeSearchResult {
  readonly results: readonly { readonly id: string; readonly voorziening: Voorziening }[];
  /** Levensgebieden the question touches, most likely first, with 0..1 confidence. */
  readonly domains: readonly { readonly slug: string; readonly confidence: number }[];
  readonly strongDomains: readonly string[];
  readonly noGoodMatch: boolean;
  /** What fits the question is for another age, and nothing for this age fits (ADR 0013). */
  readonly noAgeFit?: boolean;
  /**
   * The search's signals: the match quality tells a gemeente question apart (ADR 0013), and the
   * search after the intake reads the words' own out-of-scope doubt (src/understanding/afterIntake.ts).
   */
  readonly signals?: { readonly quality: number } & Partial<ConfidenceSignals>;
}

export interface LevensgebiedInfo {
  readonly id: string;
  /** The Dutch label residents see (knowledge/levensgebieden.yaml). */
  readonly label: string;
}

/** The sociale kaart as the conversation sees it; read fresh on every call (hot reload). */
export interface KnowledgePort {
  /** Search for residents: `search(index, { ...query, audience: 'resident' })`. */
  search(query: IntakeSearchQuery): IntakeSearchResult;
  levensgebieden(): readonly LevensgebiedInfo[];
  wijken(): readonly Wijk[];
  /**
   * The gemeente's name for the texts residents read ("ligt niet in Enschede"): gebieden.yaml
   * `gemeente`, else gemeentediensten.yaml's. Optional, and undefined when the knowledge names
   * none: the texts then say "deze gemeente".
   */
  gemeente?(): string | undefined;
  /**
   * The postcode the where question gives as its example ("bijvoorbeeld 7544"): gebieden.yaml
   * `voorbeeldpostcode`, else the first wijk's. Optional: without it the question gives none.
   */
  examplePostcode?(): string | undefined;
  /**
   * Places near the gemeente that count as outside it (gebieden.yaml `buurgemeenten`); optional,
   * see src/conversation/places.ts for what counts without them.
   */
  buurgemeenten?(): readonly string[] | undefined;
  /**
   * The number residents call to reach the wijkteam themselves, and whose line it is:
   * gebieden.yaml `wijkteamtelefoon` (the wijkteam's), else the gemeente's number in
   * gemeentediensten.yaml. Optional, and undefined when the knowledge gives none: the texts then
   * name no number.
   */
  wijkteamPhone?(): WijkteamPhone | undefined;
  /**
   * A site with the wijkteams' contact details (gebieden.yaml `wijkteamwebsite`, https only).
   * Optional, and undefined when the knowledge gives none: the texts then name no site.
   */
  wijkteamWebsite?(): string | undefined;
  /**
   * The kaart's own entry for its wijkteam (src/search/wijkteamEntry.ts), shown with its own
   * contact when the resident asks about the wijkteam. Optional, and undefined when the kaart has
   * none: then only the ways above.
   */
  wijkteamEntry?(): Voorziening | undefined;
  lookupPostcode(input: string): PostcodeLookup;
  voorziening(id: string): Voorziening | undefined;
  /**
   * The words of a question in the sociale kaart's own vocabulary, for counting an unmet need
   * without the resident's text (src/insights/generalisedTerms.ts). Optional: without it, misses
   * are counted per levensgebied only.
   */
  unmetTerms?(text: string): readonly string[];
  /**
   * The gemeente's own services (knowledge/gemeentediensten.yaml, ADR 0013, gemeente amendment).
   * Optional: without them a question about a passport is searched like any other.
   */
  gemeenteDiensten?(): GemeenteDiensten | undefined;
}

export interface ConversationSettings {
  /** The promise made at the handover (HANDOVER_WORKING_DAYS). */
  readonly handoverWorkingDays: number;
  readonly retention: RetentionPolicy;
  /**
   * How long an earlier conversation counts for the wijkwijzer rule and the follow-up ("within 30
   * days", docs/adr/0010-conversation-design.md). Visits older than this are dropped from the resident's memory.
   */
  readonly residentMemoryDays: number;
  /** After this many idle days the state store deletes conversation and user state (STATE_RETENTION_DAYS). */
  readonly stateRetentionDays: number;
}

export interface ConversationServices {
  readonly knowledge: KnowledgePort;
  readonly cases: CaseRepository;
  /** The current routing table (knowledge/routering.yaml). */
  readonly routing: () => RoutingTable;
  readonly insights: Insights;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly settings: ConversationSettings;
  /** The safety check's concern model (loaded at start-up); the shipped one when left out. */
  readonly concernModel?: ConcernModel;
}
