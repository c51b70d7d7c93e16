/**
 * `npx tsx training/carerMisses.ts`: the dev questions about a carer's own need (labelled
 * Mantelzorg, or unlabelled with an expected entry of Mantelzorg) on golden train+dev and the dev
 * kaarten, with the bench's top two, first-message hit@3, whether the intake's carer reading
 * (`caresFor`) and the caring reading (src/understanding/caringRead.ts) read them. With
 * `FIRES=1`: every dev question the caring reading reads, with its label, to check it reads no
 * carer-free question. Dev sets only (never an apart kaart nor a frozen split).
 */
import path from 'node:path';
import {
  DEV_KAART_FOLDERS,
  answeredAsGemeente,
  goldenSets,
  loadCatalogue,
  readCases,
  rightLevensgebieden,
  searchAsResident,
  withGemeenteDiensten,
  type BenchCase,
} from '../bench/benchSupport.js';
import { extractFirstMessageFacts } from '../src/conversation/firstMessage.js';
import type { Catalogue } from '../src/knowledge/catalogue.js';
import { buildSearchIndex } from '../src/search/searchIndex.js';
import { readsCaring } from '../src/understanding/caringRead.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';
const fires = process.env.FIRES === '1';
const enschede = await loadCatalogue(path.join(root, 'knowledge'), TODAY);
const sets: { name: string; catalogue: Catalogue; cases: readonly BenchCase[] }[] = [
  { name: 'golden', catalogue: enschede, cases: goldenSets(root, 'dev').tuned },
];
for (const folder of DEV_KAART_FOLDERS) {
  const own = await loadCatalogue(path.join(root, 'test/fixtures', folder), TODAY);
  sets.push({
    name: folder.replace('kaart-', ''),
    catalogue: withGemeenteDiensten(own, enschede),
    cases: readCases(path.join(root, 'test/fixtures', folder, 'questions.jsonl')),
  });
}
const totals = { carer: 0, top2: 0, hit3: 0, caresFor: 0, reading: 0, wrongFires: 0 };
for (const set of sets) {
  const index = buildSearchIndex(set.catalogue);
  for (const c of set.cases) {
    if (c.expected.length === 0) continue;
    const wanted = rightLevensgebieden(set.catalogue, c);
    const carer = wanted.includes('mantelzorg');
    const reads = readsCaring(c.text);
    if (fires) {
      if (reads && !carer) {
        totals.wrongFires += 1;
        console.log(`${set.name} [${c.levensgebied ?? wanted.join('/')}] ${c.text}`);
      }
      continue;
    }
    if (!carer) continue;
    const gemeente = answeredAsGemeente(index, c, TODAY);
    const result = searchAsResident(index, c, TODAY);
    const two = gemeente ? [] : result.domains.slice(0, 2).map((d) => d.slug);
    const top2 = two.some((slug) => wanted.includes(slug));
    const rank = gemeente ? -1 : result.results.findIndex((hit) => c.expected.includes(hit.id));
    const hit3 = rank >= 0 && rank < 3;
    const caresFor = extractFirstMessageFacts(c.text).caresFor === true;
    totals.carer += 1;
    totals.top2 += top2 ? 1 : 0;
    totals.hit3 += hit3 ? 1 : 0;
    totals.caresFor += caresFor ? 1 : 0;
    totals.reading += reads ? 1 : 0;
    const flag = `${top2 ? 'T' : '-'}${hit3 ? 'H' : '-'}${caresFor ? 'C' : '-'}${reads ? 'R' : '-'}`;
    console.log(`${flag} ${set.name} [${c.levensgebied ?? 'exp'}] (${two.join(',')}) ${c.text}`);
  }
}
console.log(JSON.stringify(totals));
