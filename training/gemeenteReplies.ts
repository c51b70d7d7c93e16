/**
 * `npx tsx training/gemeenteReplies.ts`: on the dev kaarten (DEV_KAART_FOLDERS), which first messages get "a question for the gemeente itself" (ADR 0013,
 * gemeente amendment), as bench:understanding decides it: the service, what is left of the message
 * and how well that rest matches, answerable or out of scope. For reading the routing only; a fix
 * must be general, never a word of gemeentediensten.yaml taken from a kaart question.
 */
import path from 'node:path';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { buildSearchIndex } from '../src/search/searchIndex.js';
import {
  isGemeenteQuestion,
  recogniseGemeenteDienst,
} from '../src/understanding/gemeenteDienst.js';
import { DEV_KAART_FOLDERS, readCases, searchAsResident } from '../bench/benchSupport.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';
const load = async (dir: string) => {
  const loaded = await loadKnowledge(dir, { clock: { now: () => new Date(`${TODAY}T10:00:00Z`) } });
  if (!loaded.ok)
    throw new WijkwijzerError('WW-4001', { detail: { errors: loaded.errors.length } });
  return loaded.catalogue;
};
const diensten = (await load(path.join(root, 'knowledge'))).gemeenteDiensten;
for (const folder of DEV_KAART_FOLDERS) {
  const dir = path.join(root, 'test/fixtures', folder);
  const catalogue = await load(dir);
  const index = buildSearchIndex(catalogue);
  for (const c of readCases(path.join(dir, 'questions.jsonl'))) {
    const match = recogniseGemeenteDienst(c.text, diensten);
    if (match === undefined) continue;
    const search = (text: string) => searchAsResident(index, { ...c, text }, TODAY);
    const whole = search(c.text);
    const rest = search(match.rest);
    const replied = isGemeenteQuestion(match, c.text, search);
    const kind = c.expected.length === 0 ? 'OOS' : 'ANS';
    console.log(
      [
        folder,
        kind,
        replied ? 'GEMEENTE' : 'search',
        match.id,
        `whole ngm=${whole.noGoodMatch} q=${whole.signals?.quality.toFixed(2)}`,
        `rest ngm=${rest.noGoodMatch} q=${rest.signals?.quality.toFixed(2)} "${match.rest}"`,
        c.text,
        c.expected.join(','),
      ].join(' | '),
    );
  }
}
