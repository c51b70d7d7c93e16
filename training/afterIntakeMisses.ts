/**
 * `npx tsx training/afterIntakeMisses.ts`: every dev miss of hit@3 after the intake (the right
 * levensgebied chosen), as bench:understanding scores it, over golden train+dev and the dev
 * kaarten, with what decided it: where the right entry ranks with and without the chosen
 * levensgebied, its levensgebieden, and whether it was left out for age or for whom. For finding
 * failure classes only (ADR 0013); never reads the frozen split or an apart kaart.
 */
import path from 'node:path';
import { buildSearchIndex, type SearchIndex } from '../src/search/searchIndex.js';
import { search } from '../src/search/search.js';
import { recogniseWijkteamQuestion } from '../src/understanding/aboutWijkteam.js';
import {
  answeredAsGemeente,
  DEV_KAART_FOLDERS,
  goldenSets,
  loadCatalogue,
  readCases,
  searchAsResident,
  simulatedChoice,
  type BenchCase,
} from '../bench/benchSupport.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';

function report(name: string, index: SearchIndex, cases: readonly BenchCase[]): number {
  const catalogue = index.catalogue;
  let misses = 0;
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    const gemeente = answeredAsGemeente(index, c, TODAY);
    const wijkteam = recogniseWijkteamQuestion(c.text) !== undefined;
    const first = searchAsResident(index, c, TODAY);
    const chosen = simulatedChoice(catalogue, c, first.domains);
    const after = searchAsResident(index, c, TODAY, chosen);
    const ids = after.results.map((h) => h.id);
    const rank = ids.findIndex((id) => c.expected.includes(id));
    if (!gemeente && !wijkteam && rank >= 0 && rank < 3) continue;
    misses += 1;
    const firstRank = first.results.map((h) => h.id).findIndex((id) => c.expected.includes(id));
    // The same search with no age and no asker: is the right entry filtered for age or for whom?
    const bare = search(index, {
      audience: 'resident',
      today: TODAY,
      top: 10,
      text: c.text,
      ...(chosen === undefined ? {} : { levensgebieden: [chosen] }),
    });
    const bareRank = bare.results.map((h) => h.id).findIndex((id) => c.expected.includes(id));
    const right = c.expected
      .map((id) => `${id}[${catalogue.voorziening(id)?.levensgebieden.join('/') ?? '?'}]`)
      .join(' ');
    const top = after.results
      .slice(0, 3)
      .map((h) => `${h.id}(${h.score})[${h.voorziening.levensgebieden.join('/')}]`)
      .join(' ');
    const rightHit = after.results.find((h) => c.expected.includes(h.id));
    console.log(
      `${name} | ${gemeente ? 'GEMEENTE ' : ''}${wijkteam ? 'WIJKTEAM ' : ''}${c.category}${c.age === undefined ? '' : ` age=${c.age}`}${c.for === undefined ? '' : ` for=${c.for}`} | ${c.text}\n` +
        `   chose ${chosen} (label ${c.levensgebied ?? '-'}); right ${right}\n` +
        `   after rank ${rank} ${rightHit === undefined ? '' : `score ${rightHit.score}`} | first rank ${firstRank} | no age/asker rank ${bareRank} | ngm ${after.noGoodMatch} ageLeftOut ${after.ageLeftOut}\n` +
        `   top ${top}`,
    );
  }
  return misses;
}

const knowledge = await loadCatalogue(path.join(root, 'knowledge'), TODAY);
const { tuned } = goldenSets(root, 'dev');
let total = report('golden', buildSearchIndex(knowledge), tuned);
for (const folder of DEV_KAART_FOLDERS) {
  const catalogue = await loadCatalogue(path.join(root, 'test/fixtures', folder), TODAY);
  const cases = readCases(path.join(root, 'test/fixtures', folder, 'questions.jsonl'));
  total += report(folder.replace('kaart-', ''), buildSearchIndex(catalogue), cases);
}
console.log(`after-the-intake misses: ${total}`);
