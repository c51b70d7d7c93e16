import type { ConfidenceSignals } from './calibration.js';
import type { AreaFit, ResidentArea, Voorziening } from '../knowledge/catalogue.js';
import type { FieldName } from './fields.js';
import type { Language } from '../understanding/language.js';
import type { Asker } from './forWhom.js';
import type { TextReadings } from '../understanding/textReadings.js';

/**
 * Who is asking. Residents never see "alleen-via-wijkteam" entries; staff (the wijkteam, the
 * handover) do. Closed and expired entries are left out for both.
 */
export type Audience = 'resident' | 'staff';

export interface SearchQuery {
  readonly text: string;
  /** The resident's age in years, when the conversation knows it. */
  readonly age?: number;
  /** Where the resident lives (from the postcode lookup), when known. */
  readonly area?: ResidentArea;
  readonly audience: Audience;
  /** How many results to return (default 3, at most 20). */
  readonly top?: number;
  /**
   * Today's date (jjjj-mm-dd, Europe/Amsterdam) for closed and expired entries. Callers pass the
   * date of their Clock; without it, the date the knowledge was loaded is used.
   */
  readonly today?: string;
  /**
   * Levensgebieden the resident chose or confirmed in the intake: entries in them rank first
   * among entries of about the same relevance.
   */
  readonly levensgebieden?: readonly string[];
  /**
   * The understanding model's probabilities for this text (Understanding.probabilities), so one
   * pass per message serves both; computed here when left out.
   */
  readonly needProbabilities?: Float64Array;
  /**
   * The language the text shows, as the message's understanding pass decided it
   * (Understanding.textLanguage, Dutch when it showed none), so the search does not detect it
   * again; detected from the text when left out (the CLI, the benchmarks).
   */
  readonly language?: Language;
  /**
   * Who asks and for whom, as far as the conversation is sure (ADR 0013, "for whom"): help only
   * for parents never ranks above help that fits a 15-year-old asking for himself, and help for
   * parents counts as fitting a parent who asks about a child, as help for the child's age does.
   */
  readonly asker?: Asker;
  /**
   * What the message's understanding pass read of this text beside its words
   * (Understanding.searchReadings: the wijkteam asked for, the caring), so the search does not read
   * them again; taken only when read of this very text (`readings.text === text`), else read here.
   */
  readonly readings?: TextReadings;
}

/** How a query word reached the index: as typed, as a compound part, corrected, or a synonym. */
export type MatchVia =
  | { readonly kind: 'word' }
  | { readonly kind: 'part'; readonly whole: string }
  | { readonly kind: 'typo'; readonly typed: string }
  | { readonly kind: 'synonym'; readonly phrase: string; readonly term: string };

/** One query word that matched one entry, with the fields it was found in (for staff). */
export interface TermMatch {
  /** The word as the resident wrote it (or the synonym term it led to). */
  readonly word: string;
  readonly via: MatchVia;
  readonly fields: readonly FieldName[];
}

export interface SearchHit {
  readonly id: string;
  /** BM25F score times the boosts; comparable within one query only. */
  readonly score: number;
  /** A short Dutch explanation for staff: which words matched which fields, and boosts. */
  readonly why: string;
  readonly matches: readonly TermMatch[];
  readonly areaFit: AreaFit;
  readonly voorziening: Voorziening;
}

export interface DomainScore {
  /** Levensgebied id from knowledge/levensgebieden.yaml. */
  readonly slug: string;
  /** 0..1: how sure we are that the question touches this levensgebied. */
  readonly confidence: number;
}

export interface SearchResult {
  readonly results: readonly SearchHit[];
  /** Levensgebieden the question touches, most likely first (confidence ≥ 0.2 only). */
  readonly domains: readonly DomainScore[];
  /**
   * Levensgebieden with confidence ≥ STRONG_DOMAIN_CONFIDENCE. Two or more at once means the
   * question is not enkelvoudig: a signal to offer the wijkteam (domain.md §6).
   */
  readonly strongDomains: readonly string[];
  /** True when nothing fits well enough to show: the bot says so and offers a person. */
  readonly noGoodMatch: boolean;
  /** 0..1: how well the best result covers the question (see docs/adr/0009-dutch-search.md). */
  readonly matchQuality: number;
  /**
   * 0..1: calibrated chance that the results answer the question (docs/adr/0013); below
   * MIN_CONFIDENCE the answer is noGoodMatch.
   */
  readonly confidence: number;
  /** Entries left out because their age range excludes the person, that would have been shown. */
  readonly ageLeftOut: number;
  /**
   * True when what fits the question is for other ages and nothing for this age fits well: the
   * dialog can say so instead of showing unrelated help.
   */
  readonly noAgeFit: boolean;
  /** What the confidence was computed from (for calibration and for staff). */
  readonly signals: ConfidenceSignals;
}
