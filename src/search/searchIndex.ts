import type { Catalogue, Voorziening } from '../knowledge/catalogue.js';
import { localDate } from '../knowledge/dates.js';
import { createAnalyzer, isContentToken, type Analyzer, type WeightedTerm } from './analyzer.js';
import { buildBkTree, type BkTree } from './bkTree.js';
import { FIELD_COUNT, FIELDS, fieldTexts } from './fields.js';
import { tokenize } from './normalise.js';
import { buildPhraseTable, compilePhrase, type Phrase, type PhraseTable } from './phrases.js';

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
  readonly bkTree: BkTree;
  readonly phrases: PhraseTable;
  /** The terms a synonym leads to, per synonym term. */
  readonly synonymTerms: ReadonlyMap<string, readonly WeightedTerm[]>;
  /**
   * What one strong word match is worth in this index: the median over entries of their best
   * term score. Match quality measures each query word against it, so the threshold does not
   * depend on the size of the knowledge.
   */
  readonly referenceScore: number;
  readonly loadedOn: string;
}

interface DocTerms {
  readonly tf: Map<string, Float64Array>;
  readonly lengths: Float64Array;
}

/**
 * Builds the search index of a catalogue: pure (no clock, no I/O) and fast (well under a second
 * for 10,000 entries, see docs/benchmarks.md), so the KnowledgeService can build the next index
 * beside the one that is serving and swap them in one step.
 */
export function buildSearchIndex(catalogue: Catalogue): SearchIndex {
  const analyzer = createAnalyzer();
  const docs = catalogue.voorzieningen;
  const texts = docs.map((entry) => fieldTexts(entry, catalogue));

  // 1. Vocabulary first, so compound splitting sees every word the knowledge uses.
  const wordFrequency = new Map<string, number>();
  const countWords = (text: string): void => {
    for (const token of tokenize(text)) {
      if (!isContentToken(token)) continue;
      wordFrequency.set(token, (wordFrequency.get(token) ?? 0) + 1);
    }
  };
  for (const fields of texts) for (const text of fields) countWords(text);
  for (const synoniem of catalogue.synoniemen) {
    countWords(synoniem.term);
    for (const woord of synoniem.woorden) countWords(woord);
  }
  for (const domain of catalogue.levensgebieden) {
    countWords(domain.label);
    for (const woord of domain.woorden) countWords(woord);
  }
  for (const word of wordFrequency.keys()) analyzer.learn(word);

  // 2. Term frequencies per document and field.
  const perDoc: DocTerms[] = texts.map((fields) => {
    const tf = new Map<string, Float64Array>();
    const lengths = new Float64Array(FIELD_COUNT);
    fields.forEach((text, field) => {
      for (const { term, weight } of analyzer.documentTerms(text)) {
        let row = tf.get(term);
        if (row === undefined) {
          row = new Float64Array(FIELD_COUNT);
          tf.set(term, row);
        }
        row[field] = (row[field] as number) + weight;
        lengths[field] = (lengths[field] as number) + weight;
      }
    });
    return { tf, lengths };
  });

  const averages = new Float64Array(FIELD_COUNT);
  for (const { lengths } of perDoc) {
    for (let f = 0; f < FIELD_COUNT; f += 1)
      averages[f] = (averages[f] as number) + (lengths[f] as number);
  }
  for (let f = 0; f < FIELD_COUNT; f += 1) {
    averages[f] = Math.max(1, (averages[f] as number) / Math.max(1, docs.length));
  }

  // 3. Postings: documents per term, in document order.
  const termIds = new Map<string, number>();
  const postingLists: { docs: number[]; rows: Float64Array[] }[] = [];
  perDoc.forEach(({ tf }, doc) => {
    for (const [term, row] of tf) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = postingLists.length;
        termIds.set(term, id);
        postingLists.push({ docs: [], rows: [] });
      }
      const list = postingLists[id] as { docs: number[]; rows: Float64Array[] };
      list.docs.push(doc);
      list.rows.push(row);
    }
  });

  // 4. BM25F: one pseudo term frequency over the weighted, length-normalised fields, then one
  // saturation and the idf. Document frequency counts only the primary fields: the levensgebied
  // words are shared by every entry of a domain and would otherwise make those words look common.
  const n = docs.length;
  const postingDocs: Int32Array[] = [];
  const postingScores: Float32Array[] = [];
  const postingFields: Uint8Array[] = [];
  const bestPerDoc = new Float64Array(n);
  for (const list of postingLists) {
    let df = 0;
    for (const row of list.rows) {
      if (FIELDS.some((field, f) => field.primary && (row[f] as number) > 0)) df += 1;
    }
    if (df === 0) df = list.docs.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const scores = new Float32Array(list.docs.length);
    const masks = new Uint8Array(list.docs.length);
    list.rows.forEach((row, i) => {
      const lengths = (perDoc[list.docs[i] as number] as DocTerms).lengths;
      let pseudo = 0;
      let mask = 0;
      for (let f = 0; f < FIELD_COUNT; f += 1) {
        const tf = row[f] as number;
        if (tf === 0) continue;
        const field = FIELDS[f] as (typeof FIELDS)[number];
        const norm = 1 - field.b + (field.b * (lengths[f] as number)) / (averages[f] as number);
        pseudo += (field.weight * tf) / norm;
        mask |= 1 << f;
      }
      const score = (idf * pseudo * (BM25_K1 + 1)) / (BM25_K1 + pseudo);
      scores[i] = score;
      masks[i] = mask;
      const doc = list.docs[i] as number;
      if (score > (bestPerDoc[doc] as number)) bestPerDoc[doc] = score;
    });
    postingDocs.push(Int32Array.from(list.docs));
    postingScores.push(scores);
    postingFields.push(masks);
  }

  // 5. Everyday phrases: synonyms lead to a term; levensgebied words point to a domain.
  const phrases: Phrase[] = [];
  const synonymTerms = new Map<string, readonly WeightedTerm[]>();
  for (const synoniem of catalogue.synoniemen) {
    synonymTerms.set(synoniem.term, analyzer.documentTerms(synoniem.term));
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

  // 6. Typo vocabulary: words long enough to be corrected at all.
  const bkTree = buildBkTree(
    [...wordFrequency.keys()].filter((word) => word.length >= 4 && !/[0-9]/.test(word)),
  );
  analyzer.freeze();

  const internals: SearchIndexInternals = Object.freeze({
    analyzer,
    termIds,
    postingDocs,
    postingScores,
    postingFields,
    docs,
    wordFrequency,
    bkTree,
    phrases: buildPhraseTable(phrases),
    synonymTerms,
    referenceScore: median(bestPerDoc),
    loadedOn: localDate(catalogue.loadedAt),
  });
  return Object.freeze({ version: catalogue.version, size: n, catalogue, internals });
}

function median(values: Float64Array): number {
  if (values.length === 0) return 1;
  const sorted = Float64Array.from(values).sort();
  return Math.max(1e-6, sorted[Math.floor(sorted.length / 2)] as number);
}
