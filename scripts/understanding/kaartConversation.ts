import { loadKnowledge } from '../../src/knowledge/loader.js';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { benchKnowledge } from '../../bench/understandingConversation.js';

/**
 * A kaart loaded as the conversation probes play it: the catalogue, its search index, and the
 * knowledge port and clock the dialogs run on, all fixed at `today` so that every run is the same.
 * Shared by intakeParity.ts and conversationGap.ts, which compare the conversation with the bench.
 */
export async function kaartForConversation(dir: string, today: string) {
  const loaded = await loadKnowledge(dir, { clock: { now: () => new Date(`${today}T10:00:00Z`) } });
  if (!loaded.ok) throw new Error(`${dir}: the knowledge does not load`);
  const catalogue: Catalogue = loaded.catalogue;
  const index: SearchIndex = buildSearchIndex(catalogue);
  return { catalogue, index, ...benchKnowledge(catalogue, index, today) };
}
