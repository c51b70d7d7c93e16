import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

export const FIXTURE_KNOWLEDGE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'search',
  'knowledge',
);
export const FIXTURE_TODAY = '2026-02-01';

/** The small knowledge directory of test/fixtures/search, loaded on 1 February 2026. */
export async function loadFixtureCatalogue(): Promise<Catalogue> {
  const loaded = await loadKnowledge(FIXTURE_KNOWLEDGE, {
    clock: { now: () => new Date(`${FIXTURE_TODAY}T10:00:00Z`) },
  });
  if (!loaded.ok) {
    throw new Error(
      loaded.errors.map((error) => `${error.file}:${error.line} ${error.message}`).join('\n'),
    );
  }
  return loaded.catalogue;
}

/** A knowledge folder (relative to the project root: "knowledge", "test/fixtures/kaart-…") as loaded on `today`. */
export async function loadCatalogueAt(folder: string, today: string): Promise<Catalogue> {
  const loaded = await loadKnowledge(path.join(findProjectRoot(), folder), {
    clock: { now: () => new Date(`${today}T10:00:00Z`) },
  });
  if (!loaded.ok) throw new Error(`${String(loaded.errors.length)} errors in ${folder}`);
  return loaded.catalogue;
}
