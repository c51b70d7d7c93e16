import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import type { SearchQuery } from '../../src/search/searchTypes.js';
import { loadCatalogueAt } from './fixtureIndex.js';

/**
 * The resident search over test/fixtures/kaart-andere-groep (entries for an age group or a group
 * that is no age), shared by the tests of who is let in and how they rank.
 */
const TODAY = '2026-12-01';

export type AndereGroepQuery = Omit<SearchQuery, 'audience' | 'today'>;

export interface AndereGroepSearch {
  readonly run: (query: AndereGroepQuery) => ReturnType<typeof search>;
  readonly ids: (query: AndereGroepQuery) => string[];
}

export async function andereGroepSearch(): Promise<AndereGroepSearch> {
  const index: SearchIndex = buildSearchIndex(
    await loadCatalogueAt('test/fixtures/kaart-andere-groep', TODAY),
  );
  const run = (query: AndereGroepQuery) =>
    search(index, { audience: 'resident', today: TODAY, top: 3, ...query });
  return { run, ids: (query) => run(query).results.map((hit) => hit.id) };
}
