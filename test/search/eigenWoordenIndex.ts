import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

/** The day the kaart in other words is read on, in the tests that search it. */
export const EIGEN_WOORDEN_TODAY = '2026-03-02';

/**
 * The search index of the kaart in other words (test/fixtures/kaart-eigen-woorden: entries that
 * share no word with the residents' phrasings, and no English anywhere), for the tests of words a
 * resident uses that no entry does.
 */
export async function loadEigenWoordenIndex(): Promise<SearchIndex> {
  const loaded = await loadKnowledge(
    path.join(findProjectRoot(), 'test/fixtures/kaart-eigen-woorden'),
    { clock: { now: () => new Date(`${EIGEN_WOORDEN_TODAY}T10:00:00Z`) } },
  );
  if (!loaded.ok) throw new Error(`${String(loaded.errors.length)} errors in the fixture kaart`);
  return buildSearchIndex(loaded.catalogue);
}
