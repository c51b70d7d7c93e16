import type { Catalogue, Voorziening } from '../knowledge/catalogue.js';
import { localDate } from '../shared/gemeenteTime.js';
import {
  createAnalyzer,
  isContentToken,
  PART_WEIGHT,
  partTerm,
  type Analyzer,
  type WordAnalysis,
} from './analyzer.js';
import { typoIndexSteps, type TypoIndex } from './typoIndex.js';
import { realWordList } from './realWords.js';
import { domainFieldText, FIELD_COUNT, FIELDS, ownFieldTexts } from './fields.js';
import { tokenize } from '../text/normalise.js';
import { buildPhraseTable, compilePhrase, type Phrase, type PhraseTable } from './phrases.js';
import { shippedModel, type LinearModel } from '../understanding/linearModel.js';
import { needIndexSteps, type NeedIndex } from './needIndex.js';
import { runInSlices, runToEnd, type Pause } from '../shared/timeSlicer.js';
import {
  ageRangeOf,
  groupsBesideAgeOf,
  lifeStageOf,
  type AgeRange,
  type LifeStage,
} from './ageRange.js';
import type { GroupBesideAge } from './otherGroups.js';
import { entryRoles, type EntryRoles } from './forWhom.js';

/**
 * BM25 saturation: how quickly repeating a word stops adding to the score. 1.2 is the textbook
 * value (Robertson and Zaragoza 2009); our fields are short, so it was not worth tuning.
 */
export const BM25_K1 = 1.2;

/** Everything search needs about one catalogue, built once and never changed. */
export interface SearchIndex {
  /** The catalogue version this index was built from (a hot reload swaps both together). */
  readonly version: string;
  readonly size: number;
  readonly catalogue: Catalogue;
  /** For src/search only; the shape may change without notice. */
  readonly internals: SearchIndexInternals;
}

export interface SearchIndexInternals {
  readonly analyzer: Analyzer;
  readonly termIds: ReadonlyMap<string, number>;
  /** Per term: the documents that contain it, ascending. */
  readonly postingDocs: readonly Int32Array[];
  /** Per term and document: idf × saturated BM25F term frequency. */
  readonly postingScores: readonly Float32Array[];
  /** Per term and document: bit f set when the term occurs in FIELDS[f]. */
  readonly postingFields: readonly Uint8Array[];
  readonly docs: readonly Voorziening[];
  /** Folded words of the knowledge with how often they occur: the typo vocabulary. */
  readonly wordFrequency: ReadonlyMap<string, number>;
  readonly typoIndex: TypoIndex;
  readonly phrases: PhraseTable;
  /** The words a synonym leads to, per synonym term, analysed. */
  readonly synonymTerms: ReadonlyMap<string, readonly WordAnalysis[]>;
  /**
   * What one strong word match is worth in this index: the median over entries of their best
   * term score. Match quality measures each query word against it, so the threshold does not
   * depend on the size of the knowledge.
   */
  readonly referenceScore: number;
  readonly loadedOn: string;
  /**
   * One score per document, all zero between searches: a search adds into it and clears what it
   * touched before it returns, so no query allocates (and the garbage collector stays quiet).
   * Searches are synchronous, so two never share it at the same time.
   */
  readonly scratch: Float64Array;
  /** The documents a search has touched so far (see `scratch`): each at most once. */
  readonly touched: Int32Array;
  /**
   * Per document: which combination of levensgebieden it has (an index into `domainSets`), so a
   * search weighs each combination once instead of every document's list.
   */
  readonly domainSetOf: Int32Array;
  readonly domainSets: readonly (readonly string[])[];
  /**
   * Per levensgebied: the combinations in `domainSets` that include it, so a search weighs only the
   * combinations of the levensgebieden it reads or was given, not all of them (hundreds at 10,000
   * entries).
   */
  readonly domainSetsWith: ReadonlyMap<string, readonly number[]>;
  /**
   * No two entries share an id (the loader refuses that, but the index does not depend on it): a
   * search may then know an entry by its number where the rule is about its id.
   */
  readonly idsUnique: boolean;
  /** Per document: the ages it is for (ageRangeOf), read once. */
  readonly ageRanges: readonly (AgeRange | undefined)[];
  /** Per document: the stage of life its ages make it for (lifeStageOf), read once. */
  readonly lifeStages: readonly (LifeStage | undefined)[];
  /**
   * Per document: the groups beside age it names next to the age groups of its range
   * (groupsBesideAgeOf, ADR 0013 session 21), read once; a member of one is not left out for age.
   */
  readonly groupsBesideAge: readonly (readonly GroupBesideAge[])[];
  /** Per document: the roles its kenmerken name (entryRoles, ADR 0013 "for whom"), read once. */
  readonly roles: readonly EntryRoles[];
  /** The learned layer: needs per entry (see needIndex.ts). */
  readonly needs: NeedIndex;
}

export interface BuildOptions {
  /** The understanding model; the one shipped in models/ when left out. */
  readonly model?: LinearModel;
}

/**
 * Builds the search index of a catalogue: pure (no clock, no I/O), so the KnowledgeService can
 * build the next index beside the one that is serving and swap them in one step. In one piece,
 * for start-up, the command line and tests.
 */
export function buildSearchIndex(catalogue: Catalogue, options: BuildOptions = {}): SearchIndex {
  return runToEnd(searchIndexSteps(catalogue, options));
}

/**
 * The same index, built in slices that give the event loop a turn whenever `pause` says so: a
 * reload at 10,000 entries takes about a second of work (mostly reading every entry's needs), and
 * a resident's turn must not wait for it (docs/adr/0015-security-posture.md §6). Same steps, same result.
 */
export function buildSearchIndexInSlices(
  catalogue: Catalogue,
  pause: Pause,
  options: BuildOptions = {},
): Promise<SearchIndex> {
  return runInSlices(searchIndexSteps(catalogue, options), pause);
}

/** Rounds of a cheap inner loop between two yields: a few hundred microseconds of work. */
const CHEAP_STEPS = 4096;

/**
 * The build as a generator: it yields between pieces of work of well under a millisecond, and
 * returns the index. Nothing outside the generator changes while it is suspended.
 */
function* searchIndexSteps(
  catalogue: Catalogue,
  options: BuildOptions,
): Generator<void, SearchIndex, void> {
  const analyzer = createAnalyzer();
  const docs = catalogue.voorzieningen;
  const n = docs.length;

  // 1. Every word once: an id per distinct word, and per document and field the ids of its
  // words, in one flat array (field (doc, f) spans fieldStart[doc * OWN + f] up to the next
  // start). The levensgebied field is the same for every entry with the same levensgebieden, so
  // it is tokenised once per combination and kept apart.
  const OWN = FIELD_COUNT - 1;
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const frequency: number[] = [];
  let flat = new Int32Array(1 << 16);
  let flatLength = 0;
  const wordsOf = (text: string, keep: (id: number) => void): void => {
    for (const token of tokenize(text)) {
      if (!isContentToken(token)) continue;
      let id = wordIds.get(token);
      if (id === undefined) {
        id = words.length;
        wordIds.set(token, id);
        words.push(token);
        frequency.push(0);
      }
      frequency[id] = (frequency[id] as number) + 1;
      keep(id);
    }
  };
  const append = (id: number): void => {
    if (flatLength === flat.length) flat = grow(flat);
    flat[flatLength] = id;
    flatLength += 1;
  };
  const ignore = (): void => undefined;
  const fieldStart = new Int32Array(n * OWN + 1);
  const domainOf = new Int32Array(n);
  const domainKeys = new Map<string, number>();
  const domainWords: Int32Array[] = [];
  const domainSets: (readonly string[])[] = [];
  for (let doc = 0; doc < n; doc += 1) {
    const entry = docs[doc] as Voorziening;
    ownFieldTexts(entry).forEach((text, f) => {
      fieldStart[doc * OWN + f] = flatLength;
      wordsOf(text, append);
    });
    const key = entry.levensgebieden.join('\u0000');
    let domain = domainKeys.get(key);
    if (domain === undefined) {
      const ids: number[] = [];
      wordsOf(domainFieldText(entry.levensgebieden, catalogue), (id) => ids.push(id));
      domain = domainWords.length;
      domainKeys.set(key, domain);
      domainWords.push(Int32Array.from(ids));
      domainSets.push(entry.levensgebieden);
    }
    domainOf[doc] = domain;
    yield;
  }
  fieldStart[n * OWN] = flatLength;
  for (const synoniem of catalogue.synoniemen) {
    wordsOf(synoniem.term, ignore);
    for (const woord of synoniem.woorden) wordsOf(woord, ignore);
  }
  for (const domain of catalogue.levensgebieden) {
    wordsOf(domain.label, ignore);
    for (const woord of domain.woorden) wordsOf(woord, ignore);
  }
  /** Calls `visit` with every word id of field f of a document. */
  const forEachWord = (doc: number, f: number, visit: (id: number) => void): void => {
    if (f === OWN) {
      for (const id of domainWords[domainOf[doc] as number] as Int32Array) visit(id);
      return;
    }
    const end = fieldStart[doc * OWN + f + 1] as number;
    for (let i = fieldStart[doc * OWN + f] as number; i < end; i += 1) visit(flat[i] as number);
  };

  // 2. The vocabulary first, so compound splitting sees every word of the knowledge; then per
  // word its term ids (stem, compound parts) and its length (1, plus PART_WEIGHT per part).
  for (const word of words) {
    analyzer.learnWord(word);
    yield;
  }
  const termIds = new Map<string, number>();
  const termOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
    }
    return id;
  };
  const wordStem = new Int32Array(words.length);
  const wordParts: Int32Array[] = [];
  const wordLength = new Float64Array(words.length);
  for (let id = 0; id < words.length; id += 1) {
    const analysis = analyzer.analyseWord(words[id] as string);
    wordStem[id] = termOf(analysis.stem);
    wordParts.push(Int32Array.from(analysis.parts, (part) => termOf(partTerm(part))));
    wordLength[id] = 1 + PART_WEIGHT * analysis.parts.length;
    yield;
  }
  const termCount = termIds.size;

  // 3. Field lengths and their averages, for BM25F's length normalisation.
  const lengths = new Float64Array(n * FIELD_COUNT);
  const averages = new Float64Array(FIELD_COUNT);
  for (let doc = 0; doc < n; doc += 1) {
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      let length = 0;
      forEachWord(doc, f, (id) => {
        length += wordLength[id] as number;
      });
      lengths[doc * FIELD_COUNT + f] = length;
      averages[f] = (averages[f] as number) + length;
    }
    yield;
  }
  for (let f = 0; f < FIELD_COUNT; f += 1) {
    averages[f] = Math.max(1, (averages[f] as number) / Math.max(1, n));
  }

  // 4. BM25F per document: one pseudo term frequency over the weighted, length-normalised
  // fields (Robertson, Zaragoza and Taylor 2004). Postings are appended in document order, then
  // grouped by term with a counting sort into one flat array.
  let postingTerm = new Int32Array(1024);
  let postingDoc = new Int32Array(1024);
  let postingValue = new Float64Array(1024);
  let postingMask = new Uint8Array(1024);
  let total = 0;
  const stamp = new Int32Array(termCount).fill(-1);
  const slotOf = new Int32Array(termCount);
  const norms = new Float64Array(FIELD_COUNT);
  let doc = 0;
  const add = (term: number, f: number, weight: number): void => {
    const value = weight * (norms[f] as number);
    if (stamp[term] === doc) {
      const slot = slotOf[term] as number;
      postingValue[slot] = (postingValue[slot] as number) + value;
      postingMask[slot] = (postingMask[slot] as number) | (1 << f);
      return;
    }
    if (total === postingTerm.length) {
      postingTerm = grow(postingTerm);
      postingDoc = grow(postingDoc);
      postingValue = grow(postingValue);
      postingMask = grow(postingMask);
    }
    stamp[term] = doc;
    slotOf[term] = total;
    postingTerm[total] = term;
    postingDoc[total] = doc;
    postingValue[total] = value;
    postingMask[total] = 1 << f;
    total += 1;
  };
  for (doc = 0; doc < n; doc += 1) {
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const field = FIELDS[f] as (typeof FIELDS)[number];
      const relative = (lengths[doc * FIELD_COUNT + f] as number) / (averages[f] as number);
      norms[f] = field.weight / (1 - field.b + field.b * relative);
    }
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      forEachWord(doc, f, (id) => {
        add(wordStem[id] as number, f, 1);
        for (const part of wordParts[id] as Int32Array) add(part, f, PART_WEIGHT);
      });
    }
    yield;
  }

  // 5. Saturation and idf. Document frequency counts only the primary fields: the levensgebied
  // words are shared by every entry of a domain and would otherwise make those words look common.
  const primaryMask = FIELDS.reduce(
    (mask, field, f) => (field.primary ? mask | (1 << f) : mask),
    0,
  );
  const offsets = new Int32Array(termCount + 1);
  const primaryDf = new Int32Array(termCount);
  for (let i = 0; i < total; i += 1) {
    const term = postingTerm[i] as number;
    offsets[term + 1] = (offsets[term + 1] as number) + 1;
    if (((postingMask[i] as number) & primaryMask) !== 0) {
      primaryDf[term] = (primaryDf[term] as number) + 1;
    }
    if (i % CHEAP_STEPS === 0) yield;
  }
  for (let t = 0; t < termCount; t += 1) {
    offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
  }
  const idf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t += 1) {
    const all = (offsets[t + 1] as number) - (offsets[t] as number);
    const df = (primaryDf[t] as number) > 0 ? (primaryDf[t] as number) : all;
    idf[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
  const allDocs = new Int32Array(total);
  const allScores = new Float32Array(total);
  const allFields = new Uint8Array(total);
  const cursor = offsets.slice(0, termCount);
  const bestPerDoc = new Float64Array(n);
  for (let i = 0; i < total; i += 1) {
    const term = postingTerm[i] as number;
    const at = cursor[term] as number;
    cursor[term] = at + 1;
    const value = postingValue[i] as number;
    const score = ((idf[term] as number) * value * (BM25_K1 + 1)) / (BM25_K1 + value);
    const doc = postingDoc[i] as number;
    allDocs[at] = doc;
    allScores[at] = score;
    allFields[at] = postingMask[i] as number;
    if (score > (bestPerDoc[doc] as number)) bestPerDoc[doc] = score;
    if (i % CHEAP_STEPS === 0) yield;
  }
  const postingDocs: Int32Array[] = [];
  const postingScores: Float32Array[] = [];
  const postingFields: Uint8Array[] = [];
  for (let t = 0; t < termCount; t += 1) {
    const from = offsets[t] as number;
    const to = offsets[t + 1] as number;
    postingDocs.push(allDocs.subarray(from, to));
    postingScores.push(allScores.subarray(from, to));
    postingFields.push(allFields.subarray(from, to));
    if (t % CHEAP_STEPS === 0) yield;
  }
  const wordFrequency = new Map(words.map((word, id) => [word, frequency[id] as number]));

  // 6. Everyday phrases: synonyms lead to a term; levensgebied words point to a domain.
  const phrases: Phrase[] = [];
  const synonymTerms = new Map<string, readonly WordAnalysis[]>();
  for (const synoniem of catalogue.synoniemen) {
    synonymTerms.set(
      synoniem.term,
      tokenize(synoniem.term)
        .filter(isContentToken)
        .map((token) => analyzer.analyseWord(token)),
    );
    const source = {
      kind: 'synonym' as const,
      term: synoniem.term,
      ...(synoniem.levensgebied === undefined ? {} : { levensgebied: synoniem.levensgebied }),
    };
    for (const woord of synoniem.woorden) {
      const phrase = compilePhrase(woord, source, analyzer);
      if (phrase !== undefined) phrases.push(phrase);
    }
  }
  for (const domain of catalogue.levensgebieden) {
    const source = { kind: 'domain' as const, levensgebied: domain.id };
    for (const woord of [domain.label, ...domain.woorden]) {
      const phrase = compilePhrase(woord, source, analyzer);
      if (phrase !== undefined) phrases.push(phrase);
    }
  }

  // 7. Typo vocabulary: words long enough to be corrected at all. The everyday words that are
  // never corrected into one of them are read once, by the first index built (realWords.ts).
  realWordList();
  const typoIndex = yield* typoIndexSteps(
    [...wordFrequency.keys()].filter((word) => word.length >= 4 && !/[0-9]/.test(word)),
  );
  const needs = yield* needIndexSteps(options.model ?? shippedModel(), docs);
  analyzer.freeze();

  const ageRanges = docs.map((entry) => ageRangeOf(entry));
  const domainSetsWith = new Map<string, number[]>();
  domainSets.forEach((slugs, set) => {
    for (const slug of new Set(slugs)) {
      const sets = domainSetsWith.get(slug) ?? [];
      sets.push(set);
      domainSetsWith.set(slug, sets);
    }
  });
  const internals: SearchIndexInternals = Object.freeze({
    analyzer,
    termIds,
    postingDocs,
    postingScores,
    postingFields,
    docs,
    wordFrequency,
    typoIndex,
    phrases: buildPhraseTable(phrases),
    synonymTerms,
    referenceScore: median(bestPerDoc),
    loadedOn: localDate(catalogue.loadedAt),
    scratch: new Float64Array(n),
    touched: new Int32Array(n),
    domainSetOf: domainOf,
    domainSets,
    domainSetsWith,
    idsUnique: new Set(docs.map((entry) => entry.id)).size === n,
    ageRanges,
    lifeStages: ageRanges.map((range) => lifeStageOf(range)),
    groupsBesideAge: docs.map((entry) => groupsBesideAgeOf(entry)),
    roles: docs.map((entry) => entryRoles(entry)),
    needs,
  });
  return Object.freeze({ version: catalogue.version, size: n, catalogue, internals });
}

function median(values: Float64Array): number {
  if (values.length === 0) return 1;
  const sorted = Float64Array.from(values).sort();
  return Math.max(1e-6, sorted[Math.floor(sorted.length / 2)] as number);
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(array: T): T {
  const grown = new (array.constructor as new (length: number) => T)(array.length * 2);
  grown.set(array);
  return grown;
}
