import { areaFit, residentVisibility, type AreaFit } from '../knowledge/catalogue.js';
import { fitsAgeRange, type LifeStage } from './ageRange.js';
import { groupSignPositions, groupsNamedIn, type GroupBesideAge } from './otherGroups.js';
import { relationOf } from '../understanding/personWords.js';
import { OFFER_CONFIDENCE, SECOND_SHARE } from '../understanding/domainOffer.js';
import { askerRoles, roleFit, type Role } from './forWhom.js';
import { OUT_OF_SCOPE, VAGUE } from '../understanding/needs.js';
import { calibratedConfidence, isNoGoodMatch } from './calibration.js';
import { detectDomains, MIN_DOMAIN_CONFIDENCE, STRONG_DOMAIN_CONFIDENCE } from './domains.js';
import { explain } from './explain.js';
import { FIELDS, type FieldName } from './fields.js';
import { analyseQuery, type AnalysedQuery, type QueryTerm } from './queryAnalysis.js';
import { CARER_NEED_PREFIX, GROUP_NEEDS } from './needIndex.js';
import type { SearchIndex, SearchIndexInternals } from './searchIndex.js';
import type {
  DomainScore,
  SearchHit,
  SearchQuery,
  SearchResult,
  TermMatch,
} from './searchTypes.js';
import { sortedIndexOf } from '../shared/sortedIndexOf.js';
import { readingsFor } from '../understanding/textReadings.js';
import { rangeMeetsSpans, type AgeSpan } from '../understanding/childNamed.js';
import { wijkteamEntryOf } from './wijkteamEntry.js';

export const DEFAULT_TOP = 3;
export const MAX_TOP = 20;

/**
 * Boosts on top of BM25F. Entries of the resident's own wijk or stadsdeel rank above city-wide
 * ones of about the same relevance; national lines come after local help of about the same
 * relevance. Entries for other areas are left out entirely (see AREA_FILTERED).
 */
export const AREA_BOOST: Readonly<Record<AreaFit, number>> = {
  'own-wijk': 1.3,
  'own-stadsdeel': 1.2,
  city: 1.0,
  national: 0.9,
  // A local entry while we do not know where the resident lives: maybe theirs, maybe not.
  'location-unknown': 0.9,
  'other-area': 0,
};
/** The resident's age is inside the entry's age range. */
export const AGE_FIT_BOOST = 1.6;
/**
 * The entry names a role the resident has (ADR 0013, "for whom"): help for parents when a parent
 * asks about a child, help for mantelzorgers when the resident cares for the person. The same boost
 * as an age that fits, and not on top of it: a parent asking about a 15-year-old saw the youth
 * club (jongeren, 12–27) boosted and the help for parents not, which has no age.
 */
export const ROLE_FIT_BOOST = AGE_FIT_BOOST;

/**
 * "No good match" for another age (ADR 0013, session 15): when an entry left out for the person's
 * age outscores the best entry shown by at least this factor (the shown entry's own AGE_FIT_BOOST
 * included), the question is about help for other ages ("ik ben 34 en zoek een voorleesuurtje"),
 * and what would be shown is only what is left. Then the resident hears that the help found is
 * for another age, not three unrelated entries. 1.5 was chosen on the dev kaarten: it refuses no
 * answerable dev question there, where 1.3 and 1.1 refused one or two. Only entries left out for
 * age that could have reached the list are weighed (the others are skipped before their age is
 * read): on the first message those score below the best entry shown anyway; after the intake an
 * entry outside the chosen levensgebied that could not reach the list does not count either.
 */
export const AGE_OUTSCORED = 1.5;
/**
 * ...and only for a question of at least this many content words: one word ("ik wil bewegen")
 * names a topic, not one entry, and a children's entry that carries that word is no sign the
 * question was about it.
 */
export const AGE_OUTSCORED_MIN_WORDS = 2;
/**
 * The resident's age is outside the entry's age range. Used by the MiniSearch baseline of the
 * benchmarks; our own search leaves such entries out of the results (ADR 0013: an entry whose age
 * range excludes the person never ranks above one that fits) and says how many it left out. The
 * age is the age of the person the question is about: the intake asks it that way.
 */
export const AGE_OUTSIDE_PENALTY = 0.3;
/**
 * An entry for one stage of life (a youth club for 12 to 23, a soos from 55; `lifeStageOf`) while
 * the search knows neither the person's age nor, from the question, that stage: it may well not
 * be for this person, as a local entry may not be in their wijk ('location-unknown' above). Before
 * (ADR 0013, amendment session 11) such an entry ranked on a par with help for everyone, so
 * "eenzaam" or a pile of unopened letters got the youth club or the young people's money course
 * first whenever its text happened to score a little higher. The stage counts as known when the
 * model reads the levensgebied of that stage at STAGE_SIGNAL or more (`opvoeden` for the young,
 * `ouder-worden` for the older) or, for the young, when the question names a child ("de
 * kinderen", "mijn zoon"). An age that is known decides instead (AGE_FIT_BOOST, or left out).
 */
export const STAGE_UNKNOWN_FACTOR = 0.85;
export const STAGE_SIGNAL = 0.4;
/** The levensgebieden of the taxonomy that say the question is about a stage of life. */
const STAGE_DOMAIN: Readonly<Record<LifeStage, string>> = {
  young: 'opvoeden',
  older: 'ouder-worden',
};
/**
 * The learned layer (ADR 0013): each need of the question adds NEED_WEIGHT × its probability ×
 * the entry's share of that need, in units of the index's reference score (one strong keyword).
 * Needs below MIN_NEED_PROBABILITY are ignored. Tuned on the train and dev splits of the golden
 * set (docs/adr/0013-understanding-residents-words.md). 1.5 → 3 on 2026-12-02: on a kaart whose
 * partners wrote other words than the residents', the words match by accident and the needs carry
 * the answer (corpus dev: a result of the right levensgebied first 79.5% → 86.1%; golden
 * train+dev hit@3 97.3% → 96.6%, one question; ADR 0013, third amendment).
 */
export const NEED_WEIGHT = 3;
export const MIN_NEED_PROBABILITY = 0.03;
/**
 * How far the model's levensgebied probability counts next to the everyday-word rules. 0.9 → 1 on
 * 2026-12-02, with the English need words and corpus round 15 (corpus dev levensgebied top two
 * 89.7% → 90.1%, golden train+dev unchanged, no kaart worse; ADR 0013, fourth amendment).
 */
export const MODEL_DOMAIN_TRUST = 1;
/**
 * In the levensgebieden offered after a search, the everyday-word rules count for this share, and
 * the model's best levensgebied stays among the two when it gives it at least MODEL_KEEP_IN_OFFER
 * (ADR 0013, round 16: 5-fold CV search levensgebied top two 88.5% → 89.6%; corpus dev, golden
 * train+dev, Hengelo, Vechtstede and Reggedal none worse; tried 0.3–0.7 and 0.2–0.5).
 * RULE_SHARE_IN_OFFER 0.5 → 0.4 with MODEL_WITNESSES_IN_OFFER (ADR 0013, tenth amendment).
 */
export const RULE_SHARE_IN_OFFER = 0.4;
export const MODEL_KEEP_IN_OFFER = 0.2;
/** The levensgebied of caring for someone close (knowledge/levensgebieden.yaml). */
export const CARING_DOMAIN = 'mantelzorg';
/**
 * In the offer the model's levensgebied probability p counts as this many independent witnesses
 * in the noisy or (1 − (1 − p)^n): the results were found through the question's words too, so
 * beside the rules and the results the model was outvoted where a person, money or a place is
 * named in passing. 1 → 2 in the tenth amendment of ADR 0013 (the five dev kaarten +8 questions
 * in the top two, none worse; corpus dev +4 of 694; training/offerFusion.ts).
 */
export const MODEL_WITNESSES_IN_OFFER = 2;
/**
 * Levensgebieden the resident chose in the intake: entries in them rank above others of about the
 * same relevance (a boost, not a filter: a wrong click must not hide the right entry).
 */
export const CHOSEN_DOMAIN_BOOST = 4;
/**
 * The chosen levensgebied's boost for an entry the question's own words do not find, divided by
 * the n levensgebieden it is filed under: 1 + (CHOSEN_DOMAIN_BOOST − 1) / n^CHOSEN_SPREAD_ALPHA. An
 * entry filed under one levensgebied is about that one; an entry filed under five (the wijkteam,
 * a spreekuur) is about none of them in particular, and with the full boost it outranked the
 * specific help of the chosen levensgebied for a question that named neither. An entry the
 * question's own words find (among the first CHOSEN_OWN_WORDS_TOP of the same search without the
 * chosen levensgebied) keeps the full boost: a resident who asks where the wijkteam is and picks
 * Geld still gets the wijkteam. Chosen on the dev set among k = 3 and 5, α = 0.3 and 0.5 (after
 * the intake +9 questions, whole conversation +9; docs/adr/0013, session 17).
 */
export const CHOSEN_SPREAD_ALPHA = 0.5;
export const CHOSEN_OWN_WORDS_TOP = 3;
/**
 * What a chosen levensgebied tells the search besides the boost: the resident's need lies inside
 * it. Its needs are added like the question's own, at CHOSEN_NEED_WEIGHT in units of the
 * reference score, spread as the model reads the question within that levensgebied (evenly when
 * it has no idea). So a vague question still finds the levensgebied's entries, in the order of
 * their needs, and the chosen levensgebied is never turned into words: its name ("Geld, schulden
 * en administratie") would match debt help above the job centre the question asked for
 * (docs/adr/0013, "after the intake").
 */
export const CHOSEN_NEED_WEIGHT = 1;
/** Within a chosen levensgebied, every need keeps at least this share of the evidence. */
const CHOSEN_NEED_FLOOR = 0.02;
/**
 * Entries in a levensgebied the question clearly names ("schulden", "eenzaam", "mijn puber") move
 * up: the boost is 1 + DOMAIN_PRIOR × the confidence of that levensgebied, measured on the words
 * of the question alone (not on the results, which would only reinforce themselves).
 */
export const DOMAIN_PRIOR = 0.5;

/**
 * The honesty threshold on match quality (0..1): below it the answer is noGoodMatch. Chosen on the
 * golden set (docs/adr/0009-dutch-search.md).
 */
export const MIN_MATCH_QUALITY = 0.52;
/**
 * Match quality divides by the number of content words, but never by more than this: a long story
 * has many words that only set the scene ("sinds mijn man is overleden"), and three or four
 * strong words are enough to know what it is about.
 */
export const QUALITY_WORD_CAP = 4;
/**
 * A word counts as fully matched when its score reaches this share of the index's reference score
 * (the median best term score of an entry): a clear keyword, not necessarily the name.
 */
export const STRONG_MATCH_SHARE = 0.5;
/** The strength one word must reach before levensgebied agreement counts for match quality. */
export const AGREEMENT_MIN_STRENGTH = 0.5;
/** A word matched only through the shared levensgebied words counts this much towards coverage. */
const WEAK_COVERAGE = 0.4;
const LEVENSGEBIED_BIT = 1 << FIELDS.findIndex((field) => field.name === 'levensgebied');

function fieldsOf(mask: number): FieldName[] {
  return FIELDS.filter((_, f) => (mask & (1 << f)) !== 0).map((field) => field.name);
}

interface TermHit {
  readonly term: QueryTerm;
  readonly mask: number;
}

function termHits(
  internals: SearchIndexInternals,
  terms: readonly QueryTerm[],
  doc: number,
): TermHit[] {
  const hits: TermHit[] = [];
  for (const term of terms) {
    const id = internals.termIds.get(term.term);
    if (id === undefined) continue;
    const at = sortedIndexOf(internals.postingDocs[id] as Int32Array, doc);
    if (at >= 0)
      hits.push({ term, mask: (internals.postingFields[id] as Uint8Array)[at] as number });
  }
  return hits;
}

/**
 * How much of the question one entry answers, 0..1: every content word scores the strength of its
 * best match with the entry (1 for a match as strong as a typical keyword match, less for a weak
 * one, a match only through levensgebied words at most WEAK_COVERAGE), and the sum is divided by
 * the number of content words, capped at QUALITY_WORD_CAP.
 */
function coverage(
  internals: SearchIndexInternals,
  query: AnalysedQuery,
  doc: number,
): { readonly share: number; readonly strongest: number } {
  const words = query.contentPositions.length;
  if (words === 0) return { share: 0, strongest: 0 };
  const strength = new Map<number, number>();
  // A compound counts as matched in proportion to its parts that matched: "huiswerkbegeleiding"
  // is not answered by an entry that only offers "begeleiding".
  const partsAt = new Map<number, number>();
  const partStrength = new Map<number, number>();
  for (const term of query.terms) {
    if (term.via.kind !== 'part') continue;
    for (const origin of term.origins) partsAt.set(origin, (partsAt.get(origin) ?? 0) + 1);
  }
  for (const term of query.terms) {
    const id = internals.termIds.get(term.term);
    if (id === undefined) continue;
    const at = sortedIndexOf(internals.postingDocs[id] as Int32Array, doc);
    if (at < 0) continue;
    const mask = (internals.postingFields[id] as Uint8Array)[at] as number;
    const contribution =
      term.weight * ((internals.postingScores[id] as Float32Array)[at] as number);
    let value = Math.min(1, contribution / (STRONG_MATCH_SHARE * internals.referenceScore));
    if ((mask & ~LEVENSGEBIED_BIT) === 0) value = Math.min(value, WEAK_COVERAGE);
    for (const origin of term.origins) {
      if (term.via.kind === 'part') {
        const share = value / (partsAt.get(origin) ?? 1);
        partStrength.set(origin, (partStrength.get(origin) ?? 0) + share);
      } else strength.set(origin, Math.max(strength.get(origin) ?? 0, value));
    }
  }
  for (const [origin, value] of partStrength) {
    strength.set(origin, Math.max(strength.get(origin) ?? 0, Math.min(1, value)));
  }
  let sum = 0;
  let strongest = 0;
  for (const value of strength.values()) {
    sum += value;
    strongest = Math.max(strongest, value);
  }
  return { share: Math.min(1, sum / Math.min(words, QUALITY_WORD_CAP)), strongest };
}

/**
 * How well the best entry answers the question, 0..1: the larger of
 * - coverage: the share of the question's words it matches (see `coverage`), and
 * - agreement: when one of its words matches strongly, the confidence of the question's own
 *   levensgebied that the entry belongs to. "Ik voel me somber en heb nergens zin in" covers one
 *   word in three, but "somber" names the levensgebied of the entry it found.
 */
function matchQuality(
  internals: SearchIndexInternals,
  query: AnalysedQuery,
  doc: number,
  questionDomains: ReadonlyMap<string, number>,
): number {
  const { share, strongest } = coverage(internals, query, doc);
  if (strongest < AGREEMENT_MIN_STRENGTH) return share;
  let agreement = 0;
  for (const slug of internals.docs[doc]?.levensgebieden ?? []) {
    agreement = Math.max(agreement, questionDomains.get(slug) ?? 0);
  }
  return Math.max(share, agreement);
}

function toMatches(hits: readonly TermHit[]): TermMatch[] {
  const byKey = new Map<string, { match: TermMatch; mask: number }>();
  for (const { term, mask } of hits) {
    const key =
      term.via.kind === 'synonym'
        ? `s:${term.via.phrase}`
        : term.via.kind === 'part'
          ? `p:${term.word}:${term.via.whole}`
          : `w:${term.word}`;
    const existing = byKey.get(key);
    const merged = (existing?.mask ?? 0) | mask;
    byKey.set(key, {
      match: { word: term.word, via: term.via, fields: fieldsOf(merged) },
      mask: merged,
    });
  }
  return [...byKey.values()].map((value) => value.match);
}

/** The question's needs and levensgebieden as the learned layer reads them. */
interface QuestionNeeds {
  readonly probabilities: Float64Array;
  /** Labels at or above MIN_NEED_PROBABILITY that belong to a levensgebied. */
  readonly active: readonly number[];
  readonly domains: ReadonlyMap<string, number>;
  readonly outOfScope: number;
  readonly vague: number;
  /** The model's probability of the mantelzorg needs: whether the resident cares for someone. */
  readonly carer: number;
}

function questionNeeds(
  internals: SearchIndexInternals,
  text: string,
  given: Float64Array | undefined,
): QuestionNeeds {
  const { model, labelDomain } = internals.needs;
  const probabilities =
    given !== undefined && given.length === model.labels.length ? given : model.predict(text);
  const active: number[] = [];
  const domains = new Map<string, number>();
  let outOfScope = 0;
  let vague = 0;
  let carer = 0;
  labelDomain.forEach((domain, label) => {
    const p = probabilities[label] as number;
    if (model.labels[label]?.startsWith(CARER_NEED_PREFIX) === true) carer += p;
    if (domain === undefined) {
      if (model.labels[label] === OUT_OF_SCOPE) outOfScope = p;
      if (model.labels[label] === VAGUE) vague = p;
      return;
    }
    domains.set(domain, (domains.get(domain) ?? 0) + p);
    if (p >= MIN_NEED_PROBABILITY) active.push(label);
  });
  return { probabilities, active, domains, outOfScope, vague, carer };
}

/** Whether the question shows the stage of life of the person it is about (STAGE_UNKNOWN_FACTOR). */
function knownStages(
  query: SearchQuery,
  needs: QuestionNeeds,
  analysed: AnalysedQuery,
): Readonly<Record<LifeStage, boolean>> {
  const names = (stage: LifeStage) => (needs.domains.get(STAGE_DOMAIN[stage]) ?? 0) >= STAGE_SIGNAL;
  const child =
    query.asker?.forWhom === 'kind' ||
    analysed.words.some((word) => relationOf(word.word) === 'kind');
  return { young: child || names('young'), older: names('older') };
}

/** One candidate of the top list. */
interface Candidate {
  readonly doc: number;
  readonly score: number;
  readonly fit: AreaFit;
  /**
   * `group`: outside the entry's age groups, but the resident names its other group. `child`:
   * outside the asked age, but a child the question names is of the entry's ages.
   */
  readonly age?: 'fits' | 'group' | 'child';
  readonly role?: { readonly fits: Role } | { readonly excludes: Role };
}

/** Puts a candidate into a list sorted best first (ties by id), keeping at most `top`. */
function insertCandidate(
  list: Candidate[],
  candidate: Candidate,
  top: number,
  idOf: (doc: number) => string,
): void {
  let at = list.length;
  while (at > 0) {
    const previous = list[at - 1] as Candidate;
    const before =
      previous.score > candidate.score ||
      (previous.score === candidate.score && idOf(previous.doc) < idOf(candidate.doc));
    if (before) break;
    at -= 1;
  }
  list.splice(at, 0, candidate);
  if (list.length > top) list.pop();
}

/** How combineDomains reads the levensgebieden: for the offer or for what is present, and caring. */
interface CombineOptions {
  /** For the two offered (true) or for which levensgebieden are clearly present (false). */
  readonly forOffer?: boolean;
  /** The message reads as the resident caring for someone close: Mantelzorg takes the second seat. */
  readonly caring?: boolean;
}

/**
 * Rules, results and model together: the chance that at least one of them is right (noisy or).
 * A question that names no subject yet ("kunt u mij helpen?") has no levensgebied: the model's
 * vagueness damps the model's and the results' evidence, not an everyday word the gemeente listed.
 *
 * In the offer (results found, ADR 0013 round 16) the everyday words count for
 * RULE_SHARE_IN_OFFER only: the results were found through the same words and already bring their
 * levensgebieden, so the words counted twice and outvoted the model on a kaart in other words ("de
 * kinderen", "geld" in a question about something else). And the model's own best levensgebied,
 * when it gives it at least MODEL_KEEP_IN_OFFER, stays among the two offered. Which levensgebieden
 * are clearly present (`forOffer` false: the wijkwijzer rule of several levensgebieden at once) still counts the
 * words in full: a story that names debts, loneliness and violence touches all three.
 */
function combineDomains(
  rules: readonly DomainScore[],
  fromResults: readonly DomainScore[] | undefined,
  model: ReadonlyMap<string, number>,
  known: ReadonlySet<string>,
  vague: number,
  { forOffer = true, caring = false }: CombineOptions = {},
): DomainScore[] {
  // An offer with no results behaves as the question's own reading.
  const offer = forOffer && (fromResults?.length ?? 0) > 0;
  const ruleShare = offer ? RULE_SHARE_IN_OFFER : 1;
  const doubt = new Map<string, number>();
  const add = (slug: string, confidence: number) => {
    if (!known.has(slug)) return;
    doubt.set(slug, (doubt.get(slug) ?? 1) * (1 - confidence));
  };
  for (const { slug, confidence } of rules) add(slug, ruleShare * confidence);
  for (const { slug, confidence } of fromResults ?? []) add(slug, (1 - vague) * confidence);
  const witnesses = offer ? MODEL_WITNESSES_IN_OFFER : 1;
  for (const [slug, p] of model) {
    add(slug, (1 - vague) * (1 - (1 - MODEL_DOMAIN_TRUST * p) ** witnesses));
  }
  const combined = [...doubt.entries()]
    .map(([slug, left]) => ({ slug, confidence: Math.round((1 - left) * 100) / 100 }))
    .filter((domain) => domain.confidence >= MIN_DOMAIN_CONFIDENCE)
    .sort((a, b) => b.confidence - a.confidence || (a.slug < b.slug ? -1 : 1));
  if (!offer) return combined;
  let best: [string, number] | undefined;
  for (const entry of model) if (best === undefined || entry[1] > best[1]) best = entry;
  if (best !== undefined && best[1] >= MODEL_KEEP_IN_OFFER) {
    const at = combined.findIndex((domain) => domain.slug === best[0]);
    if (at >= 2) combined.splice(1, 0, ...combined.splice(at, 1));
  }
  // A carer's story (the tasks, the illness, their own strain) asks for the carer's own help, not
  // only for the cared-for person's condition: the levensgebied of caring gets the second seat.
  // Its confidence is raised to what the intake offers beside the first (domainOffer.ts), so
  // the resident sees the seat, never above the first's.
  if (caring && known.has(CARING_DOMAIN)) {
    const at = combined.findIndex((domain) => domain.slug === CARING_DOMAIN);
    const first = combined[0];
    if (at !== 0 && first !== undefined) {
      const own = at < 0 ? 0 : (combined[at]?.confidence ?? 0);
      const seat = Math.max(
        own,
        OFFER_CONFIDENCE,
        Math.ceil(SECOND_SHARE * first.confidence * 100) / 100,
      );
      if (at > 0) combined.splice(at, 1);
      combined.splice(1, 0, { slug: CARING_DOMAIN, confidence: Math.min(first.confidence, seat) });
    }
  }
  return combined;
}

/** How much the best entry's needs agree with the question's (0..1). */
function needAgreement(internals: SearchIndexInternals, needs: QuestionNeeds, doc: number): number {
  const profile = internals.needs.profiles[doc];
  if (profile === undefined) return 0;
  let agreement = 0;
  for (const [label, share] of profile) {
    agreement += (needs.probabilities[label] as number) * share;
  }
  return agreement;
}

/**
 * What a search reads from the question itself, before it ranks: the same with a levensgebied
 * chosen in the intake or without one, so the search after the intake reads it once for both of
 * its rankings (the question's own words, then with the choice).
 */
interface QuestionReading {
  readonly analysed: AnalysedQuery;
  readonly knownDomains: ReadonlySet<string>;
  readonly needs: QuestionNeeds;
  readonly questionDomains: ReadonlyMap<string, number>;
  /** Per combination of levensgebieden: the boost for the question's own levensgebieden. */
  readonly questionFactors: Float64Array;
  /**
   * Per group need (needIndex.ts, GROUP_NEEDS): the boost of its levensgebied for an entry that
   * serves it from outside, in the share the question reads that need of the levensgebied.
   */
  readonly groupFactors: ReadonlyMap<number, number>;
  readonly stageKnown: Readonly<Record<LifeStage, boolean>>;
  /** The groups beside age the resident's words name, and the terms of the words that name them. */
  readonly otherGroups: OtherGroups;
  /** The words tell the resident caring for someone close (src/understanding/caringRead.ts). */
  readonly caring: boolean;
  /** The words ask for the wijkteam itself (src/understanding/wijkteamAskedFor.ts). */
  readonly asksForWijkteam: boolean;
  /**
   * The children the words name with an age and say the help is for (`childAgesHelpIsFor`,
   * src/understanding/childNamed.ts; not a child told of beside the resident's own wish).
   */
  readonly childAges: readonly AgeSpan[];
}

/**
 * An age group OR another group (ADR 0013, amendments sessions 21 and 22): the groups beside age
 * (otherGroups.ts) the resident's own words name, read only when the age is known (the one case
 * they change), and the index's terms that come only from the words naming them ("rolstoel").
 */
interface OtherGroups {
  readonly named: ReadonlySet<GroupBesideAge>;
  readonly signTerms: readonly { readonly id: number; readonly weight: number }[];
}

const NO_OTHER_GROUPS: OtherGroups = { named: new Set(), signTerms: [] };

function otherGroupsOf(
  internals: SearchIndexInternals,
  query: SearchQuery,
  analysed: AnalysedQuery,
): OtherGroups {
  if (query.age === undefined) return NO_OTHER_GROUPS;
  const named = groupsNamedIn(query.text);
  if (named.size === 0) return NO_OTHER_GROUPS;
  const signs = groupSignPositions(
    analysed.words.map((word) => word.typed),
    named,
  );
  const signTerms = analysed.terms.flatMap((term) => {
    const id = internals.termIds.get(term.term);
    return id !== undefined && term.origins.every((at) => signs.has(at))
      ? [{ id, weight: term.weight }]
      : [];
  });
  return { named, signTerms };
}

/**
 * What the words naming the group gave an entry let in through that group: the search takes it
 * off again, so those words open the entry but do not also lift it above entries that answer the
 * rest of the question (ADR 0013, amendment session 22).
 */
function signScoreOf(internals: SearchIndexInternals, groups: OtherGroups, doc: number): number {
  let sum = 0;
  for (const { id, weight } of groups.signTerms) {
    const at = sortedIndexOf(internals.postingDocs[id] as Int32Array, doc);
    if (at >= 0) sum += weight * ((internals.postingScores[id] as Float32Array)[at] as number);
  }
  return sum;
}

/**
 * A need that names a group (ADR 0013, amendment session 25, touwhoven25): an entry for that group
 * filed outside the need's levensgebieden D gets D's prior in the share the need G has of what the
 * question reads in D: 1 + DOMAIN_PRIOR × confidence(D) × p(G) / Σ p(needs of D). "A place for
 * teens" lifts a youth centre almost as a homework place; "my child skips school" hardly.
 */
function groupFactorsOf(
  internals: SearchIndexInternals,
  needs: QuestionNeeds,
  questionDomains: ReadonlyMap<string, number>,
): ReadonlyMap<number, number> {
  const factors = new Map<number, number>();
  const { model, labelDomain, domainLabels } = internals.needs;
  for (const need of Object.keys(GROUP_NEEDS)) {
    const label = model.labels.indexOf(need);
    const domain = labelDomain[label];
    if (label < 0 || domain === undefined) continue;
    const confidence = questionDomains.get(domain) ?? 0;
    let total = 0;
    for (const other of domainLabels.get(domain) ?? []) {
      total += needs.probabilities[other] as number;
    }
    if (confidence <= 0 || total <= 0) continue;
    const share = (needs.probabilities[label] as number) / total;
    factors.set(label, 1 + DOMAIN_PRIOR * confidence * share);
  }
  return factors;
}

function readQuestion(index: SearchIndex, query: SearchQuery): QuestionReading {
  const internals = index.internals;
  const analysed = analyseQuery(internals, query.text, query.language);
  const knownDomains = new Set(index.catalogue.levensgebieden.map((domain) => domain.id));
  const needs = questionNeeds(internals, query.text, query.needProbabilities);
  const questionDomains = new Map(
    combineDomains(
      detectDomains(analysed.phraseMatches, [], knownDomains),
      undefined,
      needs.domains,
      knownDomains,
      needs.vague,
    ).map((domain) => [domain.slug, domain.confidence]),
  );
  // Per combination: 1 + DOMAIN_PRIOR × the highest confidence among its levensgebieden (0 for
  // those the question does not read). Only the combinations of the levensgebieden read are
  // visited; the highest of the same numbers, whatever their order.
  const questionFactors = new Float64Array(internals.domainSets.length);
  for (const [slug, confidence] of questionDomains) {
    for (const set of internals.domainSetsWith.get(slug) ?? []) {
      questionFactors[set] = Math.max(questionFactors[set] as number, confidence);
    }
  }
  for (let set = 0; set < questionFactors.length; set += 1) {
    questionFactors[set] = 1 + DOMAIN_PRIOR * (questionFactors[set] as number);
  }
  const groupFactors = groupFactorsOf(internals, needs, questionDomains);
  const stageKnown = knownStages(query, needs, analysed);
  const otherGroups = otherGroupsOf(internals, query, analysed);
  const readings = readingsFor(query.text, query.readings);
  return {
    analysed,
    knownDomains,
    needs,
    questionDomains,
    questionFactors,
    groupFactors,
    stageKnown,
    otherGroups,
    caring: readings.caring,
    asksForWijkteam: readings.asksForWijkteam,
    childAges: readings.childAges,
  };
}

/** The best entries of one ranking, and what the age rule needs to know about it. */
interface Ranking {
  /** Best first: the entries that fit, then those only for a role the resident lacks. */
  readonly best: readonly Candidate[];
  /** The scores of the entries left out for the person's age. */
  readonly leftOutForAge: readonly number[];
  /** The best score of an entry left out for age, without the chosen levensgebied's boost. */
  readonly bestLeftOutForAge: number;
  /** The chosen levensgebied's boost of an entry (1 when none is chosen). */
  readonly chosenFactorOf: (doc: number) => number;
}

/**
 * The documents a search has scored so far: the first `count` of the index's `touched` list, each
 * with its score in the index's `scratch` array.
 */
interface Scored {
  count: number;
}

/** Adds `factor` × each value of one posting list to the scores. */
function addPostings(
  internals: SearchIndexInternals,
  scored: Scored,
  docs: Int32Array,
  values: Float32Array,
  factor: number,
): void {
  const scores = internals.scratch;
  const touched = internals.touched;
  let count = scored.count;
  for (let i = 0; i < docs.length; i += 1) {
    const doc = docs[i] as number;
    if (scores[doc] === 0) {
      touched[count] = doc;
      count += 1;
    }
    scores[doc] = (scores[doc] as number) + factor * (values[i] as number);
  }
  scored.count = count;
}

/** Adds `amount` × each entry's weight for one need of the learned layer to the scores. */
function addNeedPostings(
  internals: SearchIndexInternals,
  scored: Scored,
  label: number,
  amount: number,
): void {
  const docs = internals.needs.postingDocs[label] as Int32Array;
  addPostings(
    internals,
    scored,
    docs,
    internals.needs.postingWeights[label] as Float32Array,
    amount,
  );
}

/** 1. BM25F and the learned layer: what the question's own words and needs give each entry. */
function scoreQuestion(
  internals: SearchIndexInternals,
  reading: QuestionReading,
  scored: Scored,
): void {
  const { analysed, needs } = reading;
  // Each term's precomputed contribution to every document that has it.
  for (const term of analysed.terms) {
    const id = internals.termIds.get(term.term);
    if (id === undefined) continue;
    const docs = internals.postingDocs[id] as Int32Array;
    addPostings(internals, scored, docs, internals.postingScores[id] as Float32Array, term.weight);
  }
  // The learned layer: the question's needs reach entries with the same needs, whatever words
  // either of them uses. Only for a question with at least one word that carries meaning: "niet"
  // or "ok" alone must not find anything.
  const meaningful = analysed.contentPositions.length > 0;
  for (const label of meaningful ? needs.active : []) {
    const amount = NEED_WEIGHT * internals.referenceScore * (needs.probabilities[label] as number);
    addNeedPostings(internals, scored, label, amount);
  }
}

/** The needs of the levensgebieden chosen in the intake (CHOSEN_NEED_WEIGHT). */
function scoreChosen(
  internals: SearchIndexInternals,
  reading: QuestionReading,
  chosen: ReadonlySet<string>,
  scored: Scored,
): void {
  const { needs } = reading;
  for (const slug of chosen) {
    const labels = internals.needs.domainLabels.get(slug) ?? [];
    let mass = 0;
    for (const label of labels) mass += needs.probabilities[label] as number;
    const spread = mass + CHOSEN_NEED_FLOOR * labels.length;
    for (const label of labels) {
      const within = ((needs.probabilities[label] as number) + CHOSEN_NEED_FLOOR) / spread;
      const amount = CHOSEN_NEED_WEIGHT * internals.referenceScore * within;
      addNeedPostings(internals, scored, label, amount);
    }
  }
}

/**
 * 2. Filters and boosts over the scored documents, keeping only the best `top` in a small sorted
 * list. `ownWords` marks (1 per document) the entries the question's own words find: they keep the
 * chosen levensgebied's full boost.
 */
function select(
  index: SearchIndex,
  query: SearchQuery,
  reading: QuestionReading,
  chosen: ReadonlySet<string>,
  ownWords: Uint8Array,
  top: number,
  scored: Scored,
): Ranking {
  const internals = index.internals;
  const today = query.today ?? internals.loadedOn;
  const { needs, questionFactors, groupFactors, stageKnown, otherGroups } = reading;
  // The question's levensgebied prior of an entry, or of a group need it serves from outside
  // (a sparse map: this runs for every scored entry, and without it a search cost a third more).
  const groupNeedsOf = groupFactors.size === 0 ? undefined : internals.needs.groupNeeds;
  const questionFactorOf = (doc: number): number => {
    const factor = questionFactors[internals.domainSetOf[doc] as number] as number;
    const crossing = groupNeedsOf?.get(doc);
    if (crossing === undefined) return factor;
    let best = factor;
    for (const label of crossing) best = Math.max(best, groupFactors.get(label) ?? 1);
    return best;
  };
  const scores = internals.scratch;
  const touched = internals.touched;
  const count = scored.count;
  const best: Candidate[] = [];
  // Entries only for a role the resident does not have (ADR 0013, "for whom"): they come after
  // every entry that fits, and fill the list only when too few fit.
  const notForAsker: Candidate[] = [];
  // A resident who chose the levensgebied of caring asks about caring, whatever the words said.
  const choseCaring = [...chosen].some((slug) => internals.needs.caringDomains.has(slug));
  // A resident whose words tell the caring (the tasks, the illness, their own strain) is a
  // mantelzorger though they never said so (ADR 0013, session 22, "the carer read from the caring").
  const asker = reading.caring ? { ...query.asker, caresFor: true } : query.asker;
  const roles = askerRoles(asker, choseCaring ? 1 : needs.carer);
  const idOf = (doc: number) => internals.docs[doc]?.id ?? '';
  const leftOutForAge: number[] = [];
  // An entry for 65-plussers and people with a limitation does not leave out a wheelchair user
  // of 49 (ADR 0013, sessions 21 and 22, "an age group or another group").
  const { named } = reading.otherGroups;
  const belongsBesideAge = (doc: number) =>
    named.size > 0 && (internals.groupsBesideAge[doc] ?? []).some((group) => named.has(group));
  // The best score of an entry left out for age, and the part of each entry's score the
  // levensgebied chosen in the intake gave: the age rule below weighs an entry left out for age by
  // the question, not by the choice (that boosts a chosen entry for another age as much as one
  // that fits).
  let bestLeftOutForAge = 0;
  // Per combination of levensgebieden: the boost of the chosen levensgebied for an entry the
  // question's own words do not find (1 when none of them is chosen); `chosenFactorOf` gives the
  // full boost to an entry they do find. Exact per document, so it also tightens the bound below.
  const chosenFactors = new Float64Array(internals.domainSets.length).fill(1);
  for (const slug of chosen) {
    for (const set of internals.domainSetsWith.get(slug) ?? []) {
      const slugs = internals.domainSets[set] as readonly string[];
      chosenFactors[set] = 1 + (CHOSEN_DOMAIN_BOOST - 1) / slugs.length ** CHOSEN_SPREAD_ALPHA;
    }
  }
  const chosenFactorOf = (doc: number) => {
    const factor = chosenFactors[internals.domainSetOf[doc] as number] as number;
    return factor !== 1 && ownWords[doc] === 1 ? CHOSEN_DOMAIN_BOOST : factor;
  };
  // The highest area and age boost this query can give, so documents that cannot reach the top
  // are skipped before their filters are checked.
  const maxBoost =
    (query.area === undefined ? AREA_BOOST.city : Math.max(...Object.values(AREA_BOOST))) *
    Math.max(
      query.age === undefined ? 1 : AGE_FIT_BOOST,
      roles.has.size === 0 ? 1 : ROLE_FIT_BOOST,
    );
  // The score a document must beat: the last of a full list, else 0.
  let floor = 0;
  for (let t = 0; t < count; t += 1) {
    const doc = touched[t] as number;
    const domainFactor = questionFactorOf(doc) * chosenFactorOf(doc);
    const raw = (scores[doc] as number) * domainFactor;
    if (raw * maxBoost <= floor) continue;
    const entry = internals.docs[doc];
    if (entry === undefined) continue;
    const visibility = residentVisibility(entry, today);
    if (
      !visibility.visible &&
      (query.audience === 'resident' || visibility.reason !== 'staff-only')
    ) {
      continue;
    }
    const fit = areaFit(entry, query.area);
    const areaBoost = AREA_BOOST[fit];
    if (areaBoost === 0) continue;
    let score = raw * areaBoost;
    let age: 'fits' | 'group' | 'child' | undefined;
    const ageRange = query.age === undefined ? undefined : internals.ageRanges[doc];
    if (query.age !== undefined && ageRange !== undefined) {
      if (fitsAgeRange(ageRange, query.age)) age = 'fits';
      // Another age, but a child the question asks for is of this age: the help may be for them.
      // Let in as a neutral fit, without the age boost (ADR 0013, session 24, candidate B).
      else if (rangeMeetsSpans(ageRange, reading.childAges)) age = 'child';
      else if (belongsBesideAge(doc)) {
        age = 'group';
        const without = (scores[doc] as number) - signScoreOf(internals, otherGroups, doc);
        score = Math.max(0, without) * domainFactor * areaBoost;
      } else {
        leftOutForAge.push(score);
        bestLeftOutForAge = Math.max(bestLeftOutForAge, score / chosenFactorOf(doc));
        continue;
      }
    }
    if (query.age === undefined) {
      const stage = internals.lifeStages[doc];
      if (stage !== undefined && !stageKnown[stage]) score *= STAGE_UNKNOWN_FACTOR;
    }
    const role = roleFit(internals.roles[doc] ?? { named: [] }, roles);
    // A member of the entry's other group is let in as a neutral fit: no age boost, and (above)
    // without what the words naming the group gave it, since they already opened it.
    if (age === 'fits') score *= AGE_FIT_BOOST;
    else if (role.fits !== undefined) score *= ROLE_FIT_BOOST;
    const candidate: Candidate = {
      doc,
      score,
      fit,
      ...(age === undefined ? {} : { age }),
      ...(role.fits === undefined ? {} : { role: { fits: role.fits } }),
      ...(role.excludes === undefined ? {} : { role: { excludes: role.excludes } }),
    };
    if (role.excludes !== undefined) {
      // Only while fewer than `top` entries fit; the list's own floor keeps it short.
      const lowest = notForAsker.length === top ? (notForAsker[top - 1] as Candidate).score : 0;
      if (best.length < top && score > lowest) insertCandidate(notForAsker, candidate, top, idOf);
      continue;
    }
    if (score <= floor) continue;
    insertCandidate(best, candidate, top, idOf);
    floor = best.length === top ? (best[top - 1] as Candidate).score : 0;
  }

  // Entries that fit first; those only for a role the resident lacks fill what is left.
  best.push(...notForAsker.slice(0, top - best.length));
  return { best, leftOutForAge, bestLeftOutForAge, chosenFactorOf };
}

/** The kaart's own wijkteam entry per index, as its document number (-1: the kaart has none). */
const wijkteamDocs = new WeakMap<SearchIndex, number>();

function wijkteamDocOf(index: SearchIndex): number {
  let doc = wijkteamDocs.get(index);
  if (doc === undefined) {
    const entry = wijkteamEntryOf(index.catalogue);
    doc = entry === undefined ? -1 : index.internals.docs.findIndex((e) => e.id === entry.id);
    wijkteamDocs.set(index, doc);
  }
  return doc;
}

/**
 * The wijkteam itself asked for (ADR 0013, session 22; called only then): the kaart's own wijkteam
 * entry first, how the resident reaches it, whatever the words around it found; the rest keeps its
 * order. Only an entry the resident may see, in their area and for their age: otherwise the ranking
 * as it was.
 */
function withWijkteamFirst(
  index: SearchIndex,
  query: SearchQuery,
  ranking: Ranking,
  top: number,
): Ranking {
  const doc = wijkteamDocOf(index);
  const entry = index.internals.docs[doc];
  if (entry === undefined || ranking.best[0]?.doc === doc) return ranking;
  if (!residentVisibility(entry, query.today ?? index.internals.loadedOn).visible) return ranking;
  const fit = areaFit(entry, query.area);
  if (AREA_BOOST[fit] === 0) return ranking;
  const ageRange = query.age === undefined ? undefined : index.internals.ageRanges[doc];
  if (query.age !== undefined && ageRange !== undefined && !fitsAgeRange(ageRange, query.age)) {
    return ranking;
  }
  const found = ranking.best.find((candidate) => candidate.doc === doc);
  const first: Candidate = {
    ...(found ?? { doc, fit }),
    score: Math.max(found?.score ?? 0, ranking.best[0]?.score ?? 0),
  };
  const rest = ranking.best.filter((candidate) => candidate.doc !== doc);
  return { ...ranking, best: [first, ...rest].slice(0, top) };
}

/** No entry marked: with no levensgebied chosen every chosen factor is 1 and the marks are not read. */
const NONE_FOUND = new Uint8Array(0);

/**
 * The entries a ranking without the chosen levensgebied found, marked 1 per document (one look-up
 * for each of the thousands of entries of a chosen levensgebied). The rule is about their ids:
 * when two entries share an id, every entry with the id of one found counts as found.
 */
function foundEntries(internals: SearchIndexInternals, found: readonly Candidate[]): Uint8Array {
  const marks = new Uint8Array(internals.docs.length);
  const docs = found.map((candidate) => candidate.doc);
  for (const doc of docs) marks[doc] = 1;
  if (!internals.idsUnique) {
    const ids = new Set(docs.map((doc) => internals.docs[doc]?.id ?? ''));
    internals.docs.forEach((entry, doc) => {
      if (ids.has(entry.id)) marks[doc] = 1;
    });
  }
  return marks;
}

/**
 * Searches the index for a resident's question. Pure: the same index and query give the same
 * result. Applies, in order: BM25F over the weighted fields plus the needs of the learned layer;
 * the filters (staff-only entries for residents, closed and expired entries, entries for other
 * areas, entries whose age range excludes the person); the boosts (own wijk or stadsdeel, age,
 * levensgebied of the question or chosen by the resident); then the calibrated confidence.
 */
export function search(index: SearchIndex, query: SearchQuery): SearchResult {
  const internals = index.internals;
  const top = Math.max(1, Math.min(MAX_TOP, Math.floor(query.top ?? DEFAULT_TOP)));
  const reading = readQuestion(index, query);
  const { analysed, knownDomains, needs, questionDomains } = reading;
  const chosen = new Set((query.levensgebieden ?? []).filter((slug) => knownDomains.has(slug)));
  // The documents this search scored, in a list allocated once per index (a search at 10,000
  // entries touches thousands; a growing array was most of what a search allocated).
  const scored: Scored = { count: 0 };
  let ranking: Ranking;
  try {
    scoreQuestion(internals, reading, scored);
    // What the question's own words find (the entries that keep the chosen levensgebied's full
    // boost): the first CHOSEN_OWN_WORDS_TOP of the same ranking without the chosen levensgebied,
    // neither its boost nor its needs. Those needs are added after the question's own, so the
    // scores so far are that ranking's scores, each the same sum in the same order.
    const ownWords =
      chosen.size === 0
        ? NONE_FOUND
        : foundEntries(
            internals,
            select(index, query, reading, new Set(), NONE_FOUND, CHOSEN_OWN_WORDS_TOP, scored).best,
          );
    scoreChosen(internals, reading, chosen, scored);
    ranking = select(index, query, reading, chosen, ownWords, top, scored);
    if (reading.asksForWijkteam) ranking = withWijkteamFirst(index, query, ranking, top);
  } finally {
    // Leave the shared scratch array all zero again, whatever happened.
    for (let t = 0; t < scored.count; t += 1) internals.scratch[internals.touched[t] as number] = 0;
  }
  const { best, leftOutForAge, bestLeftOutForAge, chosenFactorOf } = ranking;

  // 3. Explanations, confidence of the best result, levensgebieden.
  const results: SearchHit[] = best.map(({ doc, score, fit, age, role }) => {
    const voorziening = internals.docs[doc] as (typeof internals.docs)[number];
    const matches = toMatches(termHits(internals, analysed.terms, doc));
    return {
      id: voorziening.id,
      score: Math.round(score * 1000) / 1000,
      why: explain(matches, {
        areaFit: fit,
        ...(age === undefined ? {} : { age }),
        ...(role === undefined ? {} : { role }),
        staffOnly: voorziening.toegang === 'alleen-via-wijkteam',
      }),
      matches,
      areaFit: fit,
      voorziening,
    };
  });
  const first = best[0];
  const quality =
    first === undefined ? 0 : matchQuality(internals, analysed, first.doc, questionDomains);
  const agreement = first === undefined ? 0 : needAgreement(internals, needs, first.doc);
  let domainFit = 0;
  for (const slug of first === undefined ? [] : (internals.docs[first.doc]?.levensgebieden ?? [])) {
    domainFit = Math.max(domainFit, chosen.has(slug) ? 1 : (questionDomains.get(slug) ?? 0));
  }
  const signals = {
    quality,
    agreement,
    domain: domainFit,
    outOfScope: needs.outOfScope,
    vague: needs.vague,
  };
  const confidence = first === undefined ? 0 : calibratedConfidence(signals);
  const outscoredForAge =
    first !== undefined &&
    analysed.contentPositions.length >= AGE_OUTSCORED_MIN_WORDS &&
    bestLeftOutForAge >= (AGE_OUTSCORED * first.score) / chosenFactorOf(first.doc);
  const noGoodMatch = first === undefined || outscoredForAge || isNoGoodMatch(confidence, signals);
  // Entries that would have been shown but for the age of the person.
  const cut = results.length === top ? (best[top - 1]?.score ?? 0) : 0;
  const ageLeftOut = leftOutForAge.filter((score) => score > cut).length;
  const ruleDomains = detectDomains(analysed.phraseMatches, [], knownDomains);
  const resultDomains = detectDomains([], results, knownDomains);
  const domains = combineDomains(
    ruleDomains,
    resultDomains,
    needs.domains,
    knownDomains,
    needs.vague,
    { forOffer: true, caring: reading.caring },
  );
  const present = combineDomains(
    ruleDomains,
    resultDomains,
    needs.domains,
    knownDomains,
    needs.vague,
    { forOffer: false },
  );
  return {
    results,
    domains,
    strongDomains: present
      .filter((domain) => domain.confidence >= STRONG_DOMAIN_CONFIDENCE)
      .map((domain) => domain.slug),
    noGoodMatch,
    matchQuality: Math.round(quality * 1000) / 1000,
    confidence: Math.round(confidence * 1000) / 1000,
    ageLeftOut,
    noAgeFit: query.age !== undefined && ageLeftOut > 0 && (noGoodMatch || results.length === 0),
    signals,
  };
}
