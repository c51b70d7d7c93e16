/**
 * What the first-message probes (`firstMessageProbe.ts`, `englishProbe.ts`) share: the repository
 * root, the fixed day the kaarten are read on (so an entry's dates never move a figure), and a
 * kaart loaded and indexed as the product does, with `PROBE_MODEL=<file>` to score another
 * understanding model than the shipped one.
 */
import path from 'node:path';
import type { Catalogue } from '../src/knowledge/catalogue.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import {
  buildSearchIndex,
  type BuildOptions,
  type SearchIndex,
} from '../src/search/searchIndex.js';
import { loadModelFile } from '../src/understanding/linearModel.js';

export const PROBE_ROOT = path.resolve(import.meta.dirname, '..');
export const PROBE_TODAY = '2026-12-01';

/** The kaart in `dir`, its catalogue and its search index; a kaart that does not load is an error. */
export async function probeKaart(
  dir: string,
): Promise<{ catalogue: Catalogue; index: SearchIndex }> {
  const loaded = await loadKnowledge(dir, {
    clock: { now: () => new Date(`${PROBE_TODAY}T10:00:00Z`) },
  });
  if (!loaded.ok)
    throw new WijkwijzerError('WW-4001', { detail: { errors: loaded.errors.length } });
  return {
    catalogue: loaded.catalogue,
    index: buildSearchIndex(loaded.catalogue, probeIndexOptions()),
  };
}

/** The model a probe indexes with: `PROBE_MODEL=<file>`, else the shipped one. */
export function probeIndexOptions(): BuildOptions {
  const model =
    process.env.PROBE_MODEL === undefined ? undefined : loadModelFile(process.env.PROBE_MODEL);
  return model === undefined ? {} : { model };
}
