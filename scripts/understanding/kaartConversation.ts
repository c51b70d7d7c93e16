import path from 'node:path';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { benchKnowledge } from '../../bench/understandingConversation.js';
import { loadCatalogue, withGemeenteDiensten } from '../../bench/benchSupport.js';

const ENSCHEDE = path.resolve(import.meta.dirname, '../../knowledge');

/**
 * A kaart loaded as the conversation probes play it: the catalogue, its search index, and the
 * knowledge port and clock the dialogs run on, all fixed at `today` so that every run is the same.
 * The same catalogue as bench:understanding scores. Shared by intakeParity.ts and conversationGap.ts, which compare the conversation with the bench.
 */
export async function kaartForConversation(dir: string, today: string) {
  const own = await loadCatalogue(dir, today);
  // As bench:understanding scores a kaart: Enschede's gemeentediensten where it has none.
  const catalogue: Catalogue =
    path.resolve(dir) === ENSCHEDE
      ? own
      : withGemeenteDiensten(own, await loadCatalogue(ENSCHEDE, today));
  const index: SearchIndex = buildSearchIndex(catalogue);
  return { catalogue, index, ...benchKnowledge(catalogue, index, today) };
}
