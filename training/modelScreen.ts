/**
 * `npx tsx training/modelScreen.ts MODEL…`: a quick screen of retrained models on what may be tuned
 * on (ADR 0013, session 21): golden train+dev and the dev kaarten (`DEV_KAART_FOLDERS`), per model
 * file the levensgebied in the top two, hit@3 from the first message and after the intake, and
 * English hit@3, summed and per set (top2/hit3/after/en), as bench:understanding counts them
 * (without the conversation's routing). For choosing which retrain to bench; the bench decides.
 * Never reads a frozen split or an apart kaart.
 */
import path from 'node:path';
import {
  DEV_KAART_FOLDERS,
  loadCatalogue,
  readCases,
  rightLevensgebieden,
  searchAsResident,
  simulatedChoice,
} from '../bench/benchSupport.js';
import type { Catalogue } from '../src/knowledge/catalogue.js';
import { buildSearchIndex } from '../src/search/searchIndex.js';
import { splitOf } from '../src/understanding/corpus.js';
import { loadModelFile } from '../src/understanding/linearModel.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';

const sets: { name: string; catalogue: Catalogue; cases: ReturnType<typeof readCases> }[] = [];
sets.push({
  name: 'golden',
  catalogue: await loadCatalogue(path.join(root, 'knowledge'), TODAY),
  cases: readCases(path.join(root, 'test/golden/search.golden.jsonl')).filter(
    (c) => splitOf(c.text) !== 'test',
  ),
});
for (const folder of DEV_KAART_FOLDERS) {
  const dir = path.join(root, 'test/fixtures', folder);
  sets.push({
    name: folder.slice('kaart-'.length),
    catalogue: await loadCatalogue(dir, TODAY),
    cases: readCases(path.join(dir, 'questions.jsonl')),
  });
}

for (const file of process.argv.slice(2)) {
  const model = loadModelFile(file);
  const sum = { top2: 0, hit3: 0, after: 0, en: 0 };
  const parts: string[] = [];
  for (const { name, catalogue, cases } of sets) {
    const index = buildSearchIndex(catalogue, { model });
    let top2 = 0;
    let hit3 = 0;
    let after = 0;
    let en = 0;
    for (const c of cases) {
      if (c.expected.length === 0) continue;
      const result = searchAsResident(index, c, TODAY);
      const rank = result.results.findIndex((hit) => c.expected.includes(hit.voorziening.id));
      const ok3 = rank >= 0 && rank < 3;
      if (ok3) hit3 += 1;
      if (ok3 && c.category === 'english') en += 1;
      const wanted = rightLevensgebieden(catalogue, c);
      if (result.domains.slice(0, 2).some((d) => wanted.includes(d.slug))) top2 += 1;
      const chosen = simulatedChoice(catalogue, c, result.domains);
      const found = searchAsResident(index, c, TODAY, chosen);
      const at = found.results.findIndex((hit) => c.expected.includes(hit.voorziening.id));
      if (at >= 0 && at < 3) after += 1;
    }
    sum.top2 += top2;
    sum.hit3 += hit3;
    sum.after += after;
    sum.en += en;
    parts.push(`${name.slice(0, 6)} ${top2}/${hit3}/${after}/${en}`);
  }
  console.log(
    `${file}: top2 ${sum.top2} hit3 ${sum.hit3} after ${sum.after} en-hit3 ${sum.en}\n  ${parts.join(' ')}`,
  );
}
