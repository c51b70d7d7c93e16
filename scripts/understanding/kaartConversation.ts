import path from 'node:path';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { benchKnowledge } from '../../bench/understandingConversation.js';
import {
  DEV_KAART_FOLDERS,
  loadCatalogue,
  readCases,
  withGemeenteDiensten,
  type BenchCase,
} from '../../bench/benchSupport.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENSCHEDE = path.join(ROOT, 'knowledge');

/**
 * A kaart loaded as the conversation probes play it: the catalogue, its search index, and the
 * knowledge port and clock the dialogs run on, all fixed at `today` so that every run is the same.
 * The same catalogue as bench:understanding scores. Shared by the probes here that compare the
 * conversation with the bench.
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

/**
 * The folders named on a probe's command line (the arguments that are not flags), each a dev kaart
 * or, where `golden` allows it, golden train+dev: a probe never reads a frozen split, Hengelo or an
 * apart kaart.
 */
export function devFoldersOf(args: readonly string[], options: { golden: boolean }): string[] {
  const folders = args.filter((a) => !a.startsWith('--'));
  for (const folder of folders) {
    if (options.golden && folder === 'golden') continue;
    if (!DEV_KAART_FOLDERS.includes(folder)) {
      throw new Error(`${folder}: not a dev kaart${options.golden ? ' (nor golden)' : ''}`);
    }
  }
  return folders;
}

/**
 * A probe's folder and its questions: "golden" is golden train+dev over knowledge/ (never the
 * frozen test split), any other a kaart under test/fixtures with its questions.jsonl.
 */
export function casesOfFolder(folder: string): { dir: string; cases: BenchCase[] } {
  if (folder === 'golden') {
    return {
      dir: ENSCHEDE,
      cases: ['train', 'dev'].flatMap((part) =>
        readCases(path.join(ROOT, `test/golden/split/${part}.jsonl`)),
      ),
    };
  }
  const dir = path.join(ROOT, 'test/fixtures', folder);
  return { dir, cases: readCases(path.join(dir, 'questions.jsonl')) };
}
