/**
 * `npx tsx training/levensMisses.ts`: the levensgebied top-two misses of chosen dev kaarten, one
 * block a miss, with what each signal of the offer said (ADR 0013, session 22 diagnosis). For
 * each miss: the labelled levensgebied, the two offered (the bench's top two), whether an offered
 * one is carried by an expected entry on that kaart ("leads"), where the model ranks the label and
 * with what probability, the model's three best needs, the everyday-word rules, the levensgebieden
 * of the first three results and whether the question is English or for someone else. Reads dev
 * kaarten only (`KAARTEN=kaart-a,kaart-b`; Rietmonde is dev since session 24; default Korfhuizen, Tichelhorst and Hazelbrink); never
 * an apart kaart or a frozen split. For sorting misses into classes by hand, not for fitting.
 */
import path from 'node:path';
import {
  DEV_KAART_FOLDERS,
  leadsToRightEntry,
  readCases,
  rightLevensgebieden,
  searchAsResident,
} from '../bench/benchSupport.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { detectDomains } from '../src/search/domains.js';
import { analyseQuery } from '../src/search/queryAnalysis.js';
import { buildSearchIndex } from '../src/search/searchIndex.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { modelByDomain } from './modelByDomain.js';
import { withoutPerson } from './withoutPerson.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';
const folders = (
  process.env.KAARTEN ?? 'kaart-korfhuizen,kaart-tichelhorst,kaart-hazelbrink'
).split(',');
for (const folder of folders) {
  // Only a dev kaart's misses may be read (never an apart kaart's).
  if (!DEV_KAART_FOLDERS.includes(folder))
    throw new WijkwijzerError('WW-1001', { detail: { folder, reason: 'not a dev kaart' } });
}
const fmt = (xs: readonly { slug: string; confidence: number }[], n = 3) =>
  xs
    .slice(0, n)
    .map((d) => `${d.slug}:${d.confidence.toFixed(2)}`)
    .join(' ');

for (const folder of folders) {
  const dir = path.join(root, 'test/fixtures', folder);
  const loaded = await loadKnowledge(dir, { clock: { now: () => new Date(`${TODAY}T10:00:00Z`) } });
  if (!loaded.ok)
    throw new WijkwijzerError('WW-4001', { detail: { errors: loaded.errors.length } });
  const catalogue = loaded.catalogue;
  const index = buildSearchIndex(catalogue);
  const known = new Set(catalogue.levensgebieden.map((d) => d.id));
  const { model } = index.internals.needs;
  let answerable = 0;
  let missed = 0;
  for (const c of readCases(path.join(dir, 'questions.jsonl'))) {
    if (c.expected.length === 0) continue;
    answerable += 1;
    const result = searchAsResident(index, c, TODAY);
    const wanted = rightLevensgebieden(catalogue, c);
    const two = result.domains.slice(0, 2);
    if (two.some((d) => wanted.includes(d.slug))) continue;
    missed += 1;
    const p = model.predict(c.text);
    const byDomain = modelByDomain(index, c.text);
    const modelRanked = [...byDomain.entries()]
      .filter(([slug]) => known.has(slug))
      .sort((a, b) => b[1] - a[1])
      .map(([slug, confidence]) => ({ slug, confidence }));
    const modelRank = modelRanked.findIndex((d) => wanted.includes(d.slug));
    // The same reading of the message without its person words (session 22): where the label
    // ranks when the person is taken out, "=" when the message names no person or age.
    const rest = withoutPerson(c.text);
    let situationRank = '=';
    if (rest !== undefined) {
      const situation = modelByDomain(index, rest);
      const ranked = [...situation.entries()]
        .filter(([slug]) => known.has(slug))
        .sort((a, b) => b[1] - a[1]);
      const at = ranked.findIndex(([slug]) => wanted.includes(slug));
      situationRank = at < 0 ? '-' : `${at + 1} (${(ranked[at]?.[1] ?? 0).toFixed(2)})`;
    }
    const needs = model.labels
      .map((label, i) => ({ slug: label, confidence: p[i] as number }))
      .sort((a, b) => b.confidence - a.confidence);
    const rules = detectDomains(analyseQuery(index.internals, c.text).phraseMatches, [], known);
    const leads = two.some((d) => leadsToRightEntry(catalogue, c.expected, d.slug));
    const searchRank = result.domains.findIndex((d) => wanted.includes(d.slug));
    const entryDomains = c.expected.map(
      (id) => catalogue.voorziening(id)?.levensgebieden.join('+') ?? '?',
    );
    console.log(
      [
        `${folder.replace('kaart-', '')} | want ${wanted.join('/')} | offered ${fmt(two, 2)} | ${leads ? 'LEADS' : 'no-lead'} | search rank ${searchRank < 0 ? '-' : searchRank + 1} | model rank ${modelRank < 0 ? '-' : modelRank + 1} (${(modelRanked[modelRank]?.confidence ?? 0).toFixed(2)}) without the person ${situationRank} | ${c.category}${c.for === undefined ? '' : ` for ${c.for}`}`,
        `   ${c.text}`,
        `   model ${fmt(modelRanked)} | needs ${fmt(needs)} | rules ${fmt(rules)}`,
        `   results ${result.results
          .slice(0, 3)
          .map((h) => h.voorziening.levensgebieden.join('+'))
          .join(' ')} | expected entries ${entryDomains.join(' ')}`,
      ].join('\n'),
    );
  }
  console.log(`== ${folder}: ${missed} misses of ${answerable}`);
}
