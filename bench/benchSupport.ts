import MiniSearch from 'minisearch';
import type { Catalogue, ResidentArea } from '../src/knowledge/catalogue.js';
import { FIELDS, fieldTexts } from '../src/search/fields.js';
import { isStopWord } from '../src/search/stopWords.js';
import { foldText } from '../src/text/normalise.js';

/** Shared by the benchmarks. */

/** The p-th percentile of ascending numbers (0 for none). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** The resident's area from a postcode, as the dialogs look it up. */
export function areaOf(
  catalogue: Catalogue,
  postcode: string | undefined,
): ResidentArea | undefined {
  if (postcode === undefined) return undefined;
  const found = catalogue.areas.lookupPostcode(postcode);
  return typeof found === 'string' ? undefined : { wijk: found.wijk, stadsdeel: found.stadsdeel };
}

/**
 * The library baseline of the search benchmarks: MiniSearch 7 over the same six fields with the
 * same weights, folded text, our stop words, fuzzy (0.2) and prefix search. Callers add the same
 * filters and boosts the wijkwijzer uses.
 */
export function miniSearchIndex(catalogue: Catalogue): MiniSearch<Record<string, string>> {
  const names = FIELDS.map((field) => field.name);
  const mini = new MiniSearch<Record<string, string>>({
    fields: names,
    idField: 'id',
    processTerm: (term) => {
      const folded = foldText(term);
      return isStopWord(folded) ? null : folded;
    },
    searchOptions: {
      boost: Object.fromEntries(FIELDS.map((field) => [field.name, field.weight])),
      fuzzy: 0.2,
      prefix: true,
      combineWith: 'OR',
    },
  });
  mini.addAll(
    catalogue.voorzieningen.map((entry) => ({
      id: entry.id,
      ...Object.fromEntries(fieldTexts(entry, catalogue).map((text, f) => [names[f], text])),
    })),
  );
  return mini;
}
