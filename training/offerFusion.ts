/**
 * `npx tsx training/offerFusion.ts`: how ways of combining the signals of the levensgebied offer
 * score on what may be decided on (ADR 0013, tenth amendment): the twenty-two dev kaarten, golden
 * train+dev with and without synonyms, and the corpus dev split. Each question is searched once;
 * the signals (the model's levensgebieden, the everyday-word rules, the best results) are kept and
 * every variant is scored on them, so trying a combination costs no search. `offerDomains` restates
 * the search's `combineDomains` with settings; with the shipped constants it must reproduce the
 * search's own `domains` exactly (checked and printed). Never reads a frozen split or Hengelo.
 *
 * Prints, per set: the label in the top two, a levensgebied of an expected entry in the top two
 * ("leads"), the label among what the intake offers (confidence ≥ 0.4, at most two) and how often
 * it offers one, two or the list; and whether vague corpus dev lines still get the list.
 * Options: `VARIANTS='[["name", {settings}], …]'` scores variants against the settings before the
 * tenth amendment; `DIAG=1` sorts the dev kaarten' misses by where the signals rank the label;
 * `PHRASES=file` ("levensgebied|text" a line) shows the offer of new phrasings over Enschede's
 * knowledge before and with `NEW_SETTINGS` (for writing tests). Each variant also prints the
 * questions it won and lost apart over the fourteen and golden train+dev (`SHOW_MOVED=1` lists
 * them). Session 18's settings: `companion` ('first': the first result's other levensgebied takes
 * the second place; 'three': one co-filed with the first place in the first three results) and
 * `filedShare` (a need's probability spread by how the kaart files that need's entries).
 */
import path from 'node:path';
import {
  DEV_KAART_FOLDERS,
  readCases,
  searchAsResident,
  type BenchCase,
} from '../bench/benchSupport.js';
import type { Catalogue } from '../src/knowledge/catalogue.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { detectDomains } from '../src/search/domains.js';
import { analyseQuery } from '../src/search/queryAnalysis.js';
import { MODEL_WITNESSES_IN_OFFER, RULE_SHARE_IN_OFFER, search } from '../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../src/search/searchIndex.js';
import type { DomainScore } from '../src/search/searchTypes.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { readCorpus, splitOf } from '../src/understanding/corpus.js';
import { levensgebiedOfNeed } from '../src/understanding/needs.js';

/** A levensgebied with a confidence 0..1 (the search's DomainScore, restated: no import cycle). */
interface ScoredDomain {
  readonly slug: string;
  readonly confidence: number;
}

/** What the offer after a search is made of (ADR 0013, round 16 and tenth amendment). */
interface OfferSignals {
  /** The everyday-word rules' levensgebieden (src/search/domains.ts, words only). */
  readonly rules: readonly ScoredDomain[];
  /** The best results, best first, with their levensgebieden as the partner filed them. */
  readonly results: readonly {
    readonly score: number;
    readonly levensgebieden: readonly string[];
    /**
     * Per levensgebied of the entry, how much of the question's needs the entry's need profile
     * meets there (Σ p(need) × profile share over that levensgebied's needs).
     */
    readonly agreement: ReadonlyMap<string, number>;
  }[];
  /** The model's probability per levensgebied (the sum of its needs). */
  readonly model: ReadonlyMap<string, number>;
  /**
   * The model's probability per levensgebied with each need spread over the levensgebieden the
   * kaart files that need's entries under (session 18, candidate C).
   */
  readonly filedModel: ReadonlyMap<string, number>;
  readonly known: ReadonlySet<string>;
  /** The model's probability that the message names no subject yet. */
  readonly vague: number;
  /** The search's calibrated confidence that its first result answers the question (0..1). */
  readonly confidence: number;
  /**
   * Per levensgebied, the share of the kaart's entries that carry it divided by the mean share over
   * the kaart's levensgebieden (1: as common as the average levensgebied).
   */
  readonly prevalence: ReadonlyMap<string, number>;
}

interface OfferSettings {
  /** Share of the everyday-word rules' confidence. */
  readonly ruleShare?: number;
  /** Evidence a result adds for its levensgebieden, at its share of the best score. */
  readonly resultEvidence?: number;
  /** How many results lend their levensgebieden. */
  readonly resultDepth?: number;
  /** Whether an entry's evidence is split over its levensgebieden (true) or given to each. */
  readonly resultSplit?: boolean;
  readonly modelTrust?: number;
  /** How the model's probability becomes evidence: 'linear' (trust × p, at most 0.99) or 'power' (1 − (1 − p)^trust). */
  readonly modelForm?: 'linear' | 'power';
  /** The model's best levensgebied stays among the two from this probability. */
  readonly modelKeep?: number;
  /** Power on the result's score share (1: linear). */
  readonly sharePower?: number;
  /** The list (nothing offered) when no everyday word names a levensgebied and the model's best is below this. */
  readonly listWhenModelBelow?: number;
  /**
   * Share of a result's evidence for the levensgebied its partner lists first (its main one),
   * the rest split over the others; undefined: split evenly.
   */
  readonly firstShare?: number;
  /**
   * Evidence the first result adds for every levensgebied it carries (not split), times the
   * search's calibrated confidence: a first result the search is sure of tells which
   * levensgebieden lead to the help (ADR 0013, session 12). 0: off.
   */
  readonly firstEntryEvidence?: number;
  /** Power on the confidence in firstEntryEvidence and resultConfidence (1: linear). */
  readonly confidencePower?: number;
  /**
   * When true, the results' evidence (resultEvidence) is scaled by twice the search's calibrated
   * confidence: results the search doubts lend their levensgebieden less, results it is sure of more.
   */
  readonly resultConfidence?: boolean;
  /**
   * How levensgebieden whose rounded confidence is equal are ordered: 'slug' (the alphabet, as
   * shipped) or 'exact' (the unrounded confidence, then the model's probability, then the alphabet).
   */
  readonly tieBreak?: 'slug' | 'exact';
  /**
   * The results' evidence for a levensgebied is divided by its prevalence on the kaart to this
   * power (0: off): a levensgebied that most entries carry says less when a result carries it.
   */
  readonly prevalencePower?: number;
  /**
   * How a result's evidence is split over its levensgebieden (session 15): 0 evenly (as shipped),
   * 1 in proportion to where the entry's need profile meets the question's needs (evenly when it
   * meets them nowhere), between: a mix.
   */
  readonly needSplit?: number;
  /** Per levensgebied, an offset added to its combined confidence before ranking (session 15). */
  readonly offsets?: Readonly<Record<string, number>>;
  /**
   * Session 18: which entries give the first place its companion in the second place: 'first'
   * (candidate A, the first result), 'three' (candidate B, co-filed in the first three), 'off'.
   */
  readonly companion?: 'off' | 'first' | 'three';
  /** Session 18, candidate C: share of a need's probability spread by the kaart's own filing (0: off). */
  readonly filedShare?: number;
  /**
   * Session 21: the results vote more when the model is unsure. With the model's best levensgebied
   * at probability m below `unsureBelow`, the results' evidence is multiplied by
   * 1 + unsureGain × (1 − m / unsureBelow) (0: off).
   */
  readonly unsureGain?: number;
  readonly unsureBelow?: number;
  /** Session 21: when unsure (as above), the results' evidence is not damped by the model's vagueness. */
  readonly unsureUndamped?: boolean;
  /**
   * Session 21: the model's second levensgebied takes the seat beside the model's best when its
   * probability is at least this (absolute, 0..1) and this share of the best's (`modelSecondShare`);
   * 2: off.
   */
  readonly modelSecondKeep?: number;
  readonly modelSecondShare?: number;
}

const DEFAULTS: Required<OfferSettings> = {
  ruleShare: 0.5,
  resultEvidence: 0.6,
  resultDepth: 3,
  resultSplit: true,
  modelTrust: 1,
  modelForm: 'linear',
  modelKeep: 0.2,
  sharePower: 1,
  firstShare: Number.NaN,
  listWhenModelBelow: 0,
  firstEntryEvidence: 0,
  confidencePower: 1,
  resultConfidence: false,
  tieBreak: 'slug',
  prevalencePower: 0,
  needSplit: 0,
  offsets: {},
  companion: 'off',
  filedShare: 0,
  unsureGain: 0,
  unsureBelow: 0.5,
  unsureUndamped: false,
  modelSecondKeep: 2,
  modelSecondShare: 0,
};
/** Levensgebieden below this confidence are not offered (src/search/domains.ts). */
const MIN_CONFIDENCE = 0.2;
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The levensgebieden offered after a search, most likely first: the rules, the results and the
 * model together, as the chance that at least one of them is right (noisy or), the model's and
 * the results' evidence damped by the model's vagueness.
 */
function offerDomains(given: OfferSignals, settings: OfferSettings = {}): ScoredDomain[] {
  const s = { ...DEFAULTS, ...settings };
  const signals =
    s.filedShare === 0 || given.results.length === 0
      ? given
      : { ...given, model: mixedModel(given, s.filedShare) };
  if (signals.rules.length === 0 && Math.max(0, ...signals.model.values()) < s.listWhenModelBelow) {
    return [];
  }
  const doubt = new Map<string, number>();
  const add = (slug: string, confidence: number) => {
    if (!signals.known.has(slug)) return;
    doubt.set(slug, (doubt.get(slug) ?? 1) * (1 - confidence));
  };
  const offer = signals.results.length > 0;
  for (const { slug, confidence } of signals.rules)
    add(slug, (offer ? s.ruleShare : 1) * confidence);
  const evidence = new Map<string, number>();
  const top = signals.results[0]?.score ?? 0;
  const sure = signals.confidence ** s.confidencePower;
  const modelBest = Math.max(0, ...signals.model.values());
  const unsure = s.unsureGain > 0 && modelBest < s.unsureBelow;
  const unsureFactor = unsure ? 1 + s.unsureGain * (1 - modelBest / s.unsureBelow) : 1;
  const resultEvidence =
    (s.resultConfidence ? 2 * sure * s.resultEvidence : s.resultEvidence) * unsureFactor;
  if (top > 0) {
    for (const result of signals.results.slice(0, s.resultDepth)) {
      const share = (result.score / top) ** s.sharePower;
      const count = result.levensgebieden.length;
      let met = 0;
      for (const slug of result.levensgebieden) met += result.agreement.get(slug) ?? 0;
      result.levensgebieden.forEach((slug, position) => {
        const even =
          !s.resultSplit || count === 1
            ? 1
            : Number.isNaN(s.firstShare)
              ? 1 / count
              : position === 0
                ? s.firstShare
                : (1 - s.firstShare) / (count - 1);
        const byNeed =
          met > 0 ? ((result.agreement.get(slug) ?? 0) / met) * (s.resultSplit ? 1 : count) : even;
        const part = count === 1 ? even : (1 - s.needSplit) * even + s.needSplit * byNeed;
        const common =
          s.prevalencePower === 0 ? 1 : (signals.prevalence.get(slug) ?? 1) ** s.prevalencePower;
        evidence.set(slug, (evidence.get(slug) ?? 0) + (resultEvidence * share * part) / common);
      });
    }
  }
  for (const [slug, amount] of evidence) {
    const confidence = round(1 - Math.exp(-amount));
    const damp = unsure && s.unsureUndamped ? 1 : 1 - signals.vague;
    if (confidence >= MIN_CONFIDENCE) add(slug, damp * confidence);
  }
  if (s.firstEntryEvidence > 0 && top > 0) {
    for (const slug of signals.results[0]?.levensgebieden ?? []) {
      add(slug, (1 - signals.vague) * (1 - Math.exp(-s.firstEntryEvidence * sure)));
    }
  }
  for (const [slug, p] of signals.model) {
    const evidence =
      s.modelForm === 'power' ? 1 - (1 - p) ** s.modelTrust : Math.min(0.99, s.modelTrust * p);
    add(slug, (1 - signals.vague) * evidence);
  }
  const exact = (slug: string) =>
    s.tieBreak === 'exact' ? 1 - (doubt.get(slug) ?? 1) + (signals.model.get(slug) ?? 0) * 1e-9 : 0;
  const combined = [...doubt.entries()]
    .map(([slug, left]) => ({ slug, confidence: round(1 - left + (s.offsets[slug] ?? 0)) }))
    .filter((domain) => domain.confidence >= MIN_CONFIDENCE)
    .sort(
      (a, b) =>
        b.confidence - a.confidence || exact(b.slug) - exact(a.slug) || (a.slug < b.slug ? -1 : 1),
    );
  if (!offer) return combined;
  if (s.companion !== 'off') companionSecond(combined, signals, s.companion === 'first' ? 1 : 3);
  let best: [string, number] | undefined;
  for (const entry of signals.model) if (best === undefined || entry[1] > best[1]) best = entry;
  if (best === undefined || best[1] < s.modelKeep) return combined;
  const at = combined.findIndex((domain) => domain.slug === best[0]);
  if (at >= 2) combined.splice(1, 0, ...combined.splice(at, 1));
  keepModelSecond(combined, signals.model, best, s);
  return combined;
}

/** Session 21: the model's second reading beside its best (see `modelSecondKeep`). */
function keepModelSecond(
  combined: ScoredDomain[],
  model: ReadonlyMap<string, number>,
  best: readonly [string, number],
  s: Required<OfferSettings>,
): void {
  let second: [string, number] | undefined;
  for (const entry of model) {
    if (entry[0] === best[0]) continue;
    if (second === undefined || entry[1] > second[1]) second = entry;
  }
  if (second === undefined || second[1] < s.modelSecondKeep) return;
  if (second[1] < s.modelSecondShare * best[1]) return;
  const bestAt = combined.findIndex((domain) => domain.slug === best[0]);
  const at = combined.findIndex((domain) => domain.slug === second[0]);
  // Only beside a model's best that holds the first place: a first place the rules or the results
  // gave is not moved.
  if (bestAt !== 0 || at < 2) return;
  combined.splice(1, 0, ...combined.splice(at, 1));
}

/** Candidate C: (1 − share) × the need's own levensgebied + share × the kaart's filing. */
function mixedModel(signals: OfferSignals, share: number): Map<string, number> {
  const mixed = new Map<string, number>();
  for (const [slug, p] of signals.model) mixed.set(slug, (1 - share) * p);
  for (const [slug, p] of signals.filedModel) mixed.set(slug, (mixed.get(slug) ?? 0) + share * p);
  return mixed;
}

/**
 * Candidates A and B: when the second place shares none of the first `depth` results with the
 * first place, the highest-ranked levensgebied that does moves to the second place.
 */
function companionSecond(combined: ScoredDomain[], signals: OfferSignals, depth: number): void {
  const first = combined[0]?.slug;
  const second = combined[1]?.slug;
  if (first === undefined || second === undefined) return;
  const companions = new Set<string>();
  for (const result of signals.results.slice(0, depth)) {
    if (!result.levensgebieden.includes(first)) continue;
    for (const slug of result.levensgebieden) if (slug !== first) companions.add(slug);
  }
  if (companions.has(second)) return;
  const at = combined.findIndex((domain, i) => i >= 2 && companions.has(domain.slug));
  if (at >= 2) combined.splice(1, 0, ...combined.splice(at, 1));
}

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';

interface Row {
  readonly set: string;
  readonly wanted: readonly string[];
  readonly leads: readonly string[];
  readonly signals: OfferSignals;
  readonly shipped: readonly { readonly slug: string; readonly confidence: number }[];
}

async function load(dir: string): Promise<Catalogue> {
  const loaded = await loadKnowledge(dir, { clock: { now: () => new Date(`${TODAY}T10:00:00Z`) } });
  if (!loaded.ok)
    throw new WijkwijzerError('WW-4001', { detail: { errors: loaded.errors.length } });
  return loaded.catalogue;
}

function signalsOf(
  index: SearchIndex,
  text: string,
  results: readonly {
    readonly score: number;
    readonly voorziening: { readonly id: string; readonly levensgebieden: readonly string[] };
  }[],
  confidence: number,
): OfferSignals {
  const internals = index.internals;
  const known = new Set(index.catalogue.levensgebieden.map((d) => d.id));
  const { model, labelDomain } = internals.needs;
  const probabilities = model.predict(text);
  const domains = new Map<string, number>();
  let vague = 0;
  labelDomain.forEach((domain, label) => {
    const p = probabilities[label] as number;
    if (domain === undefined) {
      if (model.labels[label] === 'vaag') vague = p;
      return;
    }
    domains.set(domain, (domains.get(domain) ?? 0) + p);
  });
  const rules: DomainScore[] = detectDomains(
    analyseQuery(internals, text).phraseMatches,
    [],
    known,
  );
  const filing = filingOf(index);
  const filedModel = new Map<string, number>();
  labelDomain.forEach((domain, label) => {
    if (domain === undefined) return;
    const p = probabilities[label] as number;
    const spread = filing.get(label) ?? new Map([[domain, 1]]);
    for (const [slug, part] of spread) filedModel.set(slug, (filedModel.get(slug) ?? 0) + p * part);
  });
  return {
    rules,
    filedModel,
    results: results.map((r) => {
      const doc = internals.docs.findIndex((d) => d.id === r.voorziening.id);
      const agreement = new Map<string, number>();
      for (const [label, share] of internals.needs.profiles[doc] ?? []) {
        const domain = labelDomain[label];
        if (domain === undefined) continue;
        agreement.set(
          domain,
          (agreement.get(domain) ?? 0) + (probabilities[label] as number) * share,
        );
      }
      return { score: r.score, levensgebieden: r.voorziening.levensgebieden, agreement };
    }),
    model: domains,
    known,
    vague,
    confidence,
    prevalence: prevalenceOf(index),
  };
}

const filings = new WeakMap<SearchIndex, ReadonlyMap<number, ReadonlyMap<string, number>>>();
/**
 * Per need (model label), how the kaart files the entries that carry it: Σ over entries of the
 * need's profile share × 1/count for each of the entry's levensgebieden, normalised to 1.
 */
function filingOf(index: SearchIndex): ReadonlyMap<number, ReadonlyMap<string, number>> {
  const known = filings.get(index);
  if (known !== undefined) return known;
  const sums = new Map<number, Map<string, number>>();
  index.internals.needs.profiles.forEach((profile, doc) => {
    const domains = index.internals.docs[doc]?.levensgebieden ?? [];
    if (domains.length === 0) return;
    for (const [label, share] of profile) {
      const sum = sums.get(label) ?? new Map<string, number>();
      for (const slug of domains) sum.set(slug, (sum.get(slug) ?? 0) + share / domains.length);
      sums.set(label, sum);
    }
  });
  const out = new Map<number, ReadonlyMap<string, number>>();
  for (const [label, sum] of sums) {
    const total = [...sum.values()].reduce((a, b) => a + b, 0);
    if (total > 0) out.set(label, new Map([...sum].map(([slug, v]) => [slug, v / total])));
  }
  filings.set(index, out);
  return out;
}

const prevalences = new WeakMap<SearchIndex, ReadonlyMap<string, number>>();
/** How common each levensgebied is among the kaart's entries, relative to the mean one. */
function prevalenceOf(index: SearchIndex): ReadonlyMap<string, number> {
  const known = prevalences.get(index);
  if (known !== undefined) return known;
  const counts = new Map<string, number>();
  for (const domain of index.catalogue.levensgebieden) counts.set(domain.id, 0);
  for (const entry of index.catalogue.voorzieningen) {
    for (const slug of entry.levensgebieden) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  const used = [...counts.values()].filter((n) => n > 0);
  const mean = used.reduce((a, b) => a + b, 0) / Math.max(1, used.length);
  const relative = new Map([...counts].map(([slug, n]) => [slug, Math.max(n, 1) / mean]));
  prevalences.set(index, relative);
  return relative;
}

function kaartRows(set: string, index: SearchIndex, cases: readonly BenchCase[]): Row[] {
  const catalogue = index.catalogue;
  const rows: Row[] = [];
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    const found = searchAsResident(index, c, TODAY);
    const leads = c.expected.flatMap((id) => catalogue.voorziening(id)?.levensgebieden ?? []);
    rows.push({
      set,
      wanted: c.levensgebied !== undefined ? [c.levensgebied] : leads,
      leads,
      signals: signalsOf(index, c.text, found.results, found.confidence),
      shipped: found.domains,
    });
  }
  return rows;
}

const rows: Row[] = [];
const vagueRows: { readonly text: string; readonly signals: OfferSignals }[] = [];
/** The dev kaarten (DEV_KAART_FOLDERS: twenty-two since session 25, with Touwhoven), by their name. */
const kaarten = DEV_KAART_FOLDERS.map((folder) => [folder.slice('kaart-'.length), folder] as const);
for (const [name, folder] of kaarten) {
  const dir = path.join(root, 'test/fixtures', folder);
  const catalogue = await load(dir);
  rows.push(
    ...kaartRows(name, buildSearchIndex(catalogue), readCases(path.join(dir, 'questions.jsonl'))),
  );
}
const enschede = await load(path.join(root, 'knowledge'));
const goldenTuned = readCases(path.join(root, 'test/golden/search.golden.jsonl')).filter(
  (c) => splitOf(c.text) !== 'test',
);
const full = buildSearchIndex(enschede);
rows.push(...kaartRows('golden', full, goldenTuned));
const bare = buildSearchIndex({
  ...enschede,
  synoniemen: [{ term: 'schulden', woorden: ['schulden'] }],
});
rows.push(...kaartRows('golden-bare', bare, goldenTuned));
// CORPUS_TRAIN=1 adds the corpus train split as a set of its own (the model was trained on it, so
// its probabilities there are in-sample: reported, not fitted on).
const corpusSplits = process.env.CORPUS_TRAIN === '1' ? ['dev', 'train'] : ['dev'];
for (const line of readCorpus(path.join(root, 'training/corpus')).filter((l) =>
  corpusSplits.includes(splitOf(l.text)),
)) {
  const split = splitOf(line.text);
  const wanted = line.needs.flatMap((n) => levensgebiedOfNeed(n) ?? []);
  if (split === 'dev' && line.needs.length === 1 && line.needs[0] === 'vaag') {
    // A message without a subject yet ("kunt u mij helpen?"): the offer must be the list.
    const found = search(full, { text: line.text, audience: 'resident', today: TODAY, top: 10 });
    vagueRows.push({
      text: line.text,
      signals: signalsOf(full, line.text, found.results, found.confidence),
    });
  }
  if (wanted.length === 0) continue;
  const found = search(full, { text: line.text, audience: 'resident', today: TODAY, top: 10 });
  rows.push({
    set: `corpus-${split}`,
    wanted,
    leads: wanted,
    signals: signalsOf(full, line.text, found.results, found.confidence),
    shipped: found.domains,
  });
}

const sets = [...new Set(rows.map((r) => r.set))];
interface SetScore {
  top2: number;
  leads: number;
  n: number;
  /** The label among what the intake offers (confidence >= 0.4, at most two). */
  conversation: number;
  one: number;
  two: number;
  list: number;
}

function scoreOf(settings: OfferSettings): Map<string, SetScore> {
  const out = new Map<string, SetScore>();
  for (const row of rows) {
    const ranked = offerDomains(row.signals, settings);
    const two = ranked.slice(0, 2).map((d) => d.slug);
    const offered = ranked
      .filter((d) => d.confidence >= 0.4)
      .slice(0, 2)
      .map((d) => d.slug);
    const s = out.get(row.set) ?? {
      top2: 0,
      leads: 0,
      n: 0,
      conversation: 0,
      one: 0,
      two: 0,
      list: 0,
    };
    s.n += 1;
    if (two.some((d) => row.wanted.includes(d))) s.top2 += 1;
    if (two.some((d) => row.leads.includes(d))) s.leads += 1;
    if (offered.some((d) => row.wanted.includes(d))) s.conversation += 1;
    if (offered.length === 0) s.list += 1;
    else if (offered.length === 1) s.one += 1;
    else s.two += 1;
    out.set(row.set, s);
  }
  return out;
}

const line = (s: SetScore | undefined) =>
  s === undefined
    ? ''
    : `${s.top2}/${s.n} leads ${s.leads} offered ${s.conversation} (one ${s.one}, two ${s.two}, list ${s.list})`;
/** The settings of main before the tenth amendment (RULE_SHARE_IN_OFFER 0.5, the model once). */
const base = scoreOf({});
console.log(`before: ${sets.map((s) => `${s} ${line(base.get(s))}`).join('; ')}`);
/** What src/search/search.ts ships now; must reproduce its offer exactly. */
const SHIPPED: OfferSettings = {
  ruleShare: RULE_SHARE_IN_OFFER,
  modelTrust: MODEL_WITNESSES_IN_OFFER,
  modelForm: 'power',
};
let differ = 0;
for (const row of rows) {
  const mine = offerDomains(row.signals, SHIPPED)
    .map((d) => `${d.slug} ${d.confidence}`)
    .join(',');
  if (mine !== row.shipped.map((d) => `${d.slug} ${d.confidence}`).join(',')) differ += 1;
}
console.log(`SHIPPED settings differ from the search on ${differ} of ${rows.length}`);
const listFor = (settings: OfferSettings) =>
  vagueRows.filter((row) => offerDomains(row.signals, settings).every((d) => d.confidence < 0.4));
console.log(
  `vague corpus dev lines that get the list: before ${listFor({}).length}, shipped ${listFor(SHIPPED).length} of ${vagueRows.length}`,
);
if (process.env.SHOW_VAGUE === '1') {
  const before = new Set(listFor({}).map((row) => row.text));
  for (const row of listFor(SHIPPED)) before.delete(row.text);
  for (const text of before) console.log(`  no longer the list: ${text}`);
}
const now = scoreOf(SHIPPED);
console.log(`shipped: ${sets.map((s) => `${s} ${line(now.get(s))}`).join('; ')}`);

const variants: [string, OfferSettings][] = JSON.parse(process.env.VARIANTS ?? '[]') as [
  string,
  OfferSettings,
][];
// Variants are settings on top of what ships (SHIPPED), scored against it (since session 12).
for (const [name, settings] of variants) {
  const s = scoreOf({ ...SHIPPED, ...settings });
  let gain = 0;
  let worst = 0;
  const parts = sets.map((set) => {
    const d = (s.get(set)?.top2 ?? 0) - (now.get(set)?.top2 ?? 0);
    const l = (s.get(set)?.leads ?? 0) - (now.get(set)?.leads ?? 0);
    if (kaarten.some(([k]) => k === set)) {
      gain += d;
      worst = Math.min(worst, d);
    }
    return `${set} ${d >= 0 ? '+' : ''}${d}/${l >= 0 ? '+' : ''}${l}`;
  });
  // Won and lost apart (the fourteen and golden train+dev), and the questions that moved (SHOW_MOVED=1).
  let won = 0;
  let lost = 0;
  for (const row of rows) {
    if (!kaarten.some(([k]) => k === row.set) && row.set !== 'golden') continue;
    const hit = (ranked: readonly ScoredDomain[]) =>
      ranked.slice(0, 2).some((d) => row.wanted.includes(d.slug));
    const before = hit(offerDomains(row.signals, SHIPPED));
    const after = hit(offerDomains(row.signals, { ...SHIPPED, ...settings }));
    if (before === after) continue;
    if (after) won += 1;
    else lost += 1;
    if (process.env.SHOW_MOVED === '1')
      console.log(`  ${after ? 'won' : 'lost'} ${row.set}: want ${row.wanted.join('/')}`);
  }
  console.log(
    `${name}: dev kaarten ${gain >= 0 ? '+' : ''}${gain} (worst ${worst}; won ${won}, lost ${lost} with golden) | ${parts.join('; ')} | offered ${sets.map((set) => s.get(set)?.conversation ?? 0).join('/')}`,
  );
}

if (process.env.DIAG === '1') {
  const tally = new Map<string, number>();
  const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  for (const row of rows) {
    if (!kaarten.some(([k]) => k === row.set)) continue;
    if (row.shipped.slice(0, 2).some((d) => row.wanted.includes(d.slug))) continue;
    const modelRank = [...row.signals.model.entries()]
      .sort((a, b) => b[1] - a[1])
      .findIndex(([slug]) => row.wanted.includes(slug));
    const resultRank = row.signals.results.findIndex((r) =>
      r.levensgebieden.some((d) => row.wanted.includes(d)),
    );
    const ruleHas = row.signals.rules.some((r) => row.wanted.includes(r.slug));
    bump(`model rank ${modelRank < 0 ? 'none' : modelRank < 4 ? modelRank : '4+'}`);
    bump(`first result with it ${resultRank < 0 ? 'none' : resultRank < 5 ? resultRank : '5+'}`);
    bump(`rules ${ruleHas ? 'have it' : 'not'}`);
    bump(`model top ${Math.max(...row.signals.model.values()) >= 0.5 ? '>=0.5' : '<0.5'}`);
  }
  console.log(
    [...tally.entries()]
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
  );
}

// PHRASES=file ("levensgebied|text" a line): the offer over Enschede's knowledge, shipped search
// beside the default (old) settings and the settings in NEW_SETTINGS, for writing tests.
if (process.env.PHRASES !== undefined) {
  const { readFileSync } = await import('node:fs');
  const fresh = JSON.parse(process.env.NEW_SETTINGS ?? '{}') as OfferSettings;
  for (const line of readFileSync(process.env.PHRASES, 'utf8').split('\n')) {
    const [wanted, text] = line.split('|');
    if (wanted === undefined || text === undefined) continue;
    const found = search(full, { text, audience: 'resident', today: TODAY, top: 10 });
    const signals = signalsOf(full, text, found.results, found.confidence);
    const fmt = (d: readonly { slug: string; confidence: number }[]) =>
      d
        .slice(0, 3)
        .map((x) => `${x.slug} ${x.confidence}`)
        .join(', ');
    const old = offerDomains(signals, {});
    const now = offerDomains(signals, fresh);
    const mark = (d: readonly { slug: string; confidence: number }[]) =>
      (d.slice(0, 2).some((x) => x.slug === wanted) ? 'ok' : 'MISS') +
      (d
        .filter((x) => x.confidence >= 0.4)
        .slice(0, 2)
        .some((x) => x.slug === wanted)
        ? '+offered'
        : '');
    console.log(
      `${mark(old)}→${mark(now)} ${wanted} | ${text}\n   old: ${fmt(old)}\n   new: ${fmt(now)}\n   search: ${fmt(found.domains)}`,
    );
  }
}

// FIT='{"param": [values, …], …}': a grid over settings on top of SHIPPED, scored ONLY on what
// may be fitted on (golden train+dev and corpus dev; corpus train printed beside when read). Never
// prints a dev kaart: the kaarten decide between at most three declared variants afterwards.
if (process.env.FIT !== undefined) {
  const grid = JSON.parse(process.env.FIT) as Record<string, readonly unknown[]>;
  // The shipped settings first: among settings that fit equally well, the first is kept.
  let combos: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(grid)) {
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [key]: value })));
  }
  combos.unshift({});
  // FIT_KAARTEN=1 (session 15): the dev kaarten join golden and corpus dev as fit sets, and
  // every kaart is also scored with the settings fitted without it (leave one kaart out).
  const withKaarten = process.env.FIT_KAARTEN === '1';
  const kaartSets = kaarten.map(([k]) => k);
  // FIT_ONLY_KAARTEN=1: the dev kaarten alone, in sample (how far any setting of this family can
  // reach on them, not a figure to decide by).
  const fitSets =
    process.env.FIT_ONLY_KAARTEN === '1'
      ? kaartSets
      : ['golden', 'corpus-dev', ...(withKaarten ? kaartSets : [])];
  const fitScore = (scores: Map<string, SetScore>, leftOut?: string) =>
    fitSets
      .filter((set) => set !== leftOut)
      .reduce((sum, set) => sum + (scores.get(set)?.top2 ?? 0), 0);
  const show = (scores: Map<string, SetScore>) =>
    ['golden', 'golden-bare', 'corpus-dev', 'corpus-train']
      .map(
        (set) =>
          `${set} ${scores.get(set)?.top2 ?? '-'} (offered ${scores.get(set)?.conversation ?? '-'})`,
      )
      .join('; ');
  const kaartGains = (scores: Map<string, SetScore>) =>
    kaartSets
      .map((set) => {
        const d = (scores.get(set)?.top2 ?? 0) - (now.get(set)?.top2 ?? 0);
        return `${d >= 0 ? '+' : ''}${d}`;
      })
      .join(' ');
  console.log(`fit shipped: ${fitScore(now)} | ${show(now)}`);
  const scored = combos.map((combo) => ({
    combo,
    scores: scoreOf({ ...SHIPPED, ...(combo as OfferSettings) }),
  }));
  const best = (leftOut?: string) =>
    scored.reduce((a, b) => (fitScore(b.scores, leftOut) > fitScore(a.scores, leftOut) ? b : a));
  const ranked = scored
    .map((x) => ({ ...x, fit: fitScore(x.scores) }))
    .sort((a, b) => b.fit - a.fit);
  for (const { combo, scores, fit } of ranked.slice(0, Number(process.env.FIT_SHOW ?? 12))) {
    console.log(
      `fit ${fit} ${JSON.stringify(combo)} | ${show(scores)} | kaarten ${kaartGains(scores)}`,
    );
  }
  if (withKaarten) {
    let outOfSample = 0;
    const parts: string[] = [];
    for (const set of kaartSets) {
      const chosen = best(set);
      const d = (chosen.scores.get(set)?.top2 ?? 0) - (now.get(set)?.top2 ?? 0);
      outOfSample += set === 'weversdal' ? 0 : d;
      parts.push(`${set} ${d >= 0 ? '+' : ''}${d} ${JSON.stringify(chosen.combo)}`);
    }
    const all = best();
    const golden = (all.scores.get('golden')?.top2 ?? 0) - (now.get('golden')?.top2 ?? 0);
    console.log(
      `leave one kaart out: the eleven ${outOfSample >= 0 ? '+' : ''}${outOfSample}, golden (fitted on all) ${golden >= 0 ? '+' : ''}${golden}\n  ${parts.join('\n  ')}`,
    );
  }
}

if (process.env.TIES === '1') {
  const ties = new Map<string, number>();
  for (const row of rows) {
    const ranked = offerDomains(row.signals, SHIPPED);
    if (ranked.length > 2 && ranked[1]?.confidence === ranked[2]?.confidence) {
      ties.set(row.set, (ties.get(row.set) ?? 0) + 1);
    }
  }
  console.log(`ties at the second place: ${[...ties].map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

/**
 * LOGIT=1: a learned fusion. Per question and levensgebied, the signals as evidence (the noisy
 * or's −ln of doubt), a score Σ w·f, and a softmax over the levensgebieden fitted on golden
 * train+dev and corpus dev only (the probability of the labelled levensgebied, L2 0.01). Prints
 * the weights and the fit sets' top two; the dev kaarten only with LOGIT_DEV=1.
 */
const FEATURE_NAMES = [
  'model',
  'rules',
  'results3',
  'results4-5',
  'first×conf',
  'modelBest',
  'results3×conf',
  'results3/prevalence',
  'first',
];
function featuresOf(signals: OfferSignals, slug: string): number[] {
  const v = 1 - signals.vague;
  const p = Math.min(0.99, signals.model.get(slug) ?? 0);
  const rule = Math.min(0.99, signals.rules.find((r) => r.slug === slug)?.confidence ?? 0);
  const top = signals.results[0]?.score ?? 0;
  let near = 0;
  let far = 0;
  if (top > 0) {
    signals.results.slice(0, 5).forEach((result, at) => {
      if (!result.levensgebieden.includes(slug)) return;
      const part = (0.6 * result.score) / top / result.levensgebieden.length;
      if (at < 3) near += part;
      else far += part;
    });
  }
  const prevalence = signals.prevalence.get(slug) ?? 1;
  const first = signals.results[0]?.levensgebieden.includes(slug) === true ? 1 : 0;
  let best: [string, number] | undefined;
  for (const entry of signals.model) if (best === undefined || entry[1] > best[1]) best = entry;
  return [
    -v * Math.log(1 - p),
    -Math.log(1 - rule),
    v * near,
    v * far,
    v * first * signals.confidence,
    best !== undefined && best[0] === slug && best[1] >= 0.2 ? 1 : 0,
    v * near * signals.confidence,
    (v * near) / prevalence,
    v * first,
  ];
}
/** Fits the softmax fusion's weights on these rows (likelihood of the labelled levensgebied). */
function fitLogit(fitRows: readonly Row[], log: boolean): number[] {
  const data = fitRows.map((row) => {
    const slugs = [...row.signals.known];
    return {
      x: slugs.map((slug) => featuresOf(row.signals, slug)),
      y: slugs.map((slug) => (row.wanted.includes(slug) ? 1 : 0)),
    };
  });
  const w = FEATURE_NAMES.map(() => 0);
  w[0] = 2;
  w[1] = 0.4;
  w[2] = 1;
  const rate = 0.5;
  const steps = Number(process.env.LOGIT_STEPS ?? 1500);
  for (let step = 0; step < steps; step += 1) {
    const grad = w.map((value) => -0.01 * value);
    let logLikelihood = 0;
    for (const { x, y } of data) {
      const scores = x.map((f) => f.reduce((sum, value, i) => sum + value * (w[i] as number), 0));
      const max = Math.max(...scores);
      const e = scores.map((score) => Math.exp(score - max));
      const z = e.reduce((a, b) => a + b, 0);
      const pAll = e.map((value) => value / z);
      const pWanted = pAll.reduce((sum, value, i) => sum + (y[i] === 1 ? value : 0), 0);
      if (pWanted <= 0) continue;
      logLikelihood += Math.log(pWanted);
      x.forEach((f, i) => {
        const posterior = y[i] === 1 ? (pAll[i] as number) / pWanted : 0;
        f.forEach((value, k) => {
          grad[k] = (grad[k] as number) + (value * (posterior - (pAll[i] as number))) / data.length;
        });
      });
    }
    grad.forEach((g, k) => (w[k] = (w[k] as number) + rate * g));
    if (log && (step % 500 === 0 || step === steps - 1))
      console.log(
        `logit step ${step}: mean log-likelihood ${(logLikelihood / data.length).toFixed(4)}`,
      );
  }
  return w;
}

/** Whether the softmax fusion with these weights has the label in its top two. */
function logitTopTwo(row: Row, w: readonly number[]): boolean {
  const ranked = [...row.signals.known]
    .map((slug) => ({
      slug,
      score: featuresOf(row.signals, slug).reduce((sum, v, i) => sum + v * (w[i] as number), 0),
    }))
    .sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : 1));
  return ranked.slice(0, 2).some((d) => row.wanted.includes(d.slug));
}

if (process.env.LOGIT === '1') {
  // LOGIT_KAARTEN=1 (session 15): the dev kaarten join the fit sets, and each kaart is scored
  // with weights fitted without it (leave one kaart out).
  const withKaarten = process.env.LOGIT_KAARTEN === '1';
  const kaartSets = kaarten.map(([k]) => k);
  const fitSets = ['golden', 'corpus-dev', ...(withKaarten ? kaartSets : [])];
  const w = fitLogit(
    rows.filter((row) => fitSets.includes(row.set)),
    true,
  );
  console.log(
    `logit weights: ${FEATURE_NAMES.map((n, i) => `${n} ${(w[i] as number).toFixed(3)}`).join(', ')}`,
  );
  const learned = new Map<string, { top2: number; n: number }>();
  for (const row of rows) {
    if (
      process.env.LOGIT_DEV !== '1' &&
      !withKaarten &&
      !['golden', 'golden-bare', 'corpus-dev'].includes(row.set)
    )
      continue;
    const s = learned.get(row.set) ?? { top2: 0, n: 0 };
    s.n += 1;
    if (logitTopTwo(row, w)) s.top2 += 1;
    learned.set(row.set, s);
  }
  console.log(
    `logit top two (in sample): ${[...learned].map(([set, s]) => `${set} ${s.top2}/${s.n} (shipped ${now.get(set)?.top2})`).join('; ')}`,
  );
  if (withKaarten) {
    let outOfSample = 0;
    const parts: string[] = [];
    for (const set of kaartSets) {
      const wOut = fitLogit(
        rows.filter((row) => fitSets.includes(row.set) && row.set !== set),
        false,
      );
      const hits = rows.filter((row) => row.set === set && logitTopTwo(row, wOut)).length;
      const d = hits - (now.get(set)?.top2 ?? 0);
      if (set !== 'weversdal') outOfSample += d;
      parts.push(`${set} ${d >= 0 ? '+' : ''}${d}`);
    }
    console.log(
      `logit leave one kaart out: the eleven ${outOfSample >= 0 ? '+' : ''}${outOfSample} | ${parts.join(' ')}`,
    );
  }
}

/**
 * OFFSETS=1 (session 15): one offset per levensgebied added to the shipped fusion's confidence,
 * fitted by coordinate ascent on golden train+dev, corpus dev and the dev kaarten (the label in the
 * top two), and scored leave one kaart out.
 */
function fitOffsets(fitRows: readonly Row[]): Record<string, number> {
  const slugs = [...new Set(fitRows.flatMap((row) => [...row.signals.known]))].sort();
  const offsets: Record<string, number> = {};
  const hits = () =>
    fitRows.filter((row) =>
      offerDomains(row.signals, { ...SHIPPED, offsets })
        .slice(0, 2)
        .some((d) => row.wanted.includes(d.slug)),
    ).length;
  let best = hits();
  for (let round = 0; round < 3; round += 1) {
    let moved = false;
    for (const slug of slugs) {
      let chosen = offsets[slug] ?? 0;
      for (const value of [-0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15]) {
        offsets[slug] = value;
        const score = hits();
        if (score > best) {
          best = score;
          chosen = value;
          moved = true;
        }
      }
      offsets[slug] = chosen;
    }
    if (!moved) break;
  }
  return offsets;
}
if (process.env.OFFSETS === '1') {
  const kaartSets = kaarten.map(([k]) => k);
  const fitSets = ['golden', 'corpus-dev', ...kaartSets];
  const all = fitOffsets(rows.filter((row) => fitSets.includes(row.set)));
  const inSample = scoreOf({ ...SHIPPED, offsets: all });
  console.log(`offsets (all fit sets): ${JSON.stringify(all)}`);
  console.log(
    `offsets in sample: ${[...kaartSets, 'golden', 'golden-bare', 'corpus-dev'].map((set) => `${set} ${(inSample.get(set)?.top2 ?? 0) - (now.get(set)?.top2 ?? 0)}`).join(' ')}`,
  );
  let outOfSample = 0;
  const parts: string[] = [];
  for (const set of kaartSets) {
    const fitted = fitOffsets(rows.filter((row) => fitSets.includes(row.set) && row.set !== set));
    const d =
      (scoreOf({ ...SHIPPED, offsets: fitted }).get(set)?.top2 ?? 0) - (now.get(set)?.top2 ?? 0);
    if (set !== 'weversdal') outOfSample += d;
    parts.push(`${set} ${d >= 0 ? '+' : ''}${d}`);
  }
  console.log(
    `offsets leave one kaart out: the eleven ${outOfSample >= 0 ? '+' : ''}${outOfSample} | ${parts.join(' ')}`,
  );
}
