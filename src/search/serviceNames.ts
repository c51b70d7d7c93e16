import { tokenize } from '../text/normalise.js';
import { partTerm } from './analyzer.js';
import { FIELDS } from './fields.js';
import type { AnalysedQuery } from './queryAnalysis.js';
import { isRealWord } from './realWords.js';
import type { SearchIndex } from './searchIndex.js';
import { stemWord } from './stem.js';

/**
 * A resident who names a service by its own name ("het wijkteam", "een wijkcoach", "het
 * Geldhuis") means that service (ADR 0013, session 18, "a name that is no word of the language").
 * As plain BM25F words such names weigh little: "wijkteam" stands in sixteen of Enschede's entries
 * and the rest of the sentence ("hoe kom ik in contact met ...") pulls elsewhere. A bonus for every
 * word in the name of one or two entries was scored in session 17 and lost the bench: most kaarten
 * name their entries after their subject ("Zwemles voor volwassenen", "Schuldhulp"), so ordinary
 * words named entries. What marks a name is that it is no word of the language: not in the
 * everyday Dutch and English lists, not a place of the kaart, not a need word of the model.
 */

/** The bonus of a named entry, in units of the index's reference score (one strong keyword). */
export const NAME_HINT_WEIGHT = 0.5;
/** A word in the names of more entries than this names a kind of help, not one service. */
export const MAX_NAMED_ENTRIES = 2;

const PART_PREFIX = partTerm('');
const NAAM_BIT = 1 << FIELDS.findIndex((field) => field.name === 'naam');

/** One entry a question names, with the amount it adds to the entry's score. */
export interface NamedEntry {
  readonly doc: number;
  readonly bonus: number;
}

/** Words that are no name even when the language lists lack them: places and need words. */
interface NotNames {
  readonly words: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
}

const notNamesByIndex = new WeakMap<SearchIndex, NotNames>();

/**
 * The kaart's place names (the gemeente, its neighbours, stadsdelen, wijken, buurten: "Ossendijk"
 * stands in an entry's name because the entry is there) and the need words the model was trained
 * with ("mantelzorger", "zwemles": the lists lack them, yet they name a kind of help). Built once
 * per index, when a question first holds a word the lists do not know.
 */
function notNamesOf(index: SearchIndex): NotNames {
  const cached = notNamesByIndex.get(index);
  if (cached !== undefined) return cached;
  const words = new Set<string>();
  const stems = new Set<string>();
  const addText = (text: string) => {
    for (const token of tokenize(text)) {
      words.add(token);
      stems.add(stemWord(token));
    }
  };
  const { areas } = index.catalogue;
  if (areas.gemeente !== undefined) addText(areas.gemeente);
  for (const place of areas.buurgemeenten ?? []) addText(place);
  for (const stadsdeel of areas.stadsdelen) addText(stadsdeel.naam);
  for (const wijk of areas.wijken) {
    addText(wijk.naam);
    for (const buurt of wijk.buurten) addText(buurt);
  }
  for (const needWords of Object.values(index.internals.needs.model.vocabulary)) {
    for (const needWord of needWords) addText(needWord);
  }
  const notNames = { words, stems };
  notNamesByIndex.set(index, notNames);
  return notNames;
}

/** The entries whose `naam` holds the term, or undefined when more than MAX_NAMED_ENTRIES do. */
function entriesNamedBy(index: SearchIndex, term: string): number[] | undefined {
  const { termIds, postingDocs, postingFields } = index.internals;
  const id = termIds.get(term);
  if (id === undefined) return [];
  const docs = postingDocs[id] as Int32Array;
  const fields = postingFields[id] as Uint8Array;
  const named: number[] = [];
  for (let i = 0; i < docs.length; i += 1) {
    if (((fields[i] as number) & NAAM_BIT) === 0) continue;
    if (named.length === MAX_NAMED_ENTRIES) return undefined;
    named.push(docs[i] as number);
  }
  return named;
}

/**
 * The entries the question names by a word that is no word of the language (see above), each with
 * its bonus: NAME_HINT_WEIGHT × the reference score × the word's weight (a corrected typo counts
 * less), the largest per entry. Only a word as the resident wrote it or as the typo corrector read
 * it: a compound's part, a synonym's term or an English word's Dutch is the kaart's or the
 * glossary's word, not the resident's name for the service.
 */
export function namedEntries(index: SearchIndex, query: AnalysedQuery): NamedEntry[] {
  const bonus = new Map<number, number>();
  for (const term of query.terms) {
    if (term.via.kind !== 'word' && term.via.kind !== 'typo') continue;
    // The word itself, not its key as a part of the kaart's compounds.
    if (term.term.startsWith(PART_PREFIX) || isRealWord(term.word)) continue;
    const named = entriesNamedBy(index, term.term);
    if (named === undefined || named.length === 0) continue;
    const notNames = notNamesOf(index);
    if (notNames.words.has(term.word) || notNames.stems.has(term.term)) continue;
    const amount = NAME_HINT_WEIGHT * index.internals.referenceScore * term.weight;
    for (const doc of named) bonus.set(doc, Math.max(bonus.get(doc) ?? 0, amount));
  }
  return [...bonus].map(([doc, amount]) => ({ doc, bonus: amount }));
}
