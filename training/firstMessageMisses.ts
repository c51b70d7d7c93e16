/**
 * `npx tsx training/firstMessageMisses.ts [kaart ...]`: every first-message miss of the dev kaarten
 * (default: all of DEV_KAART_FOLDERS) and golden train+dev, with what a reader needs to find its
 * general cause: the question's words as the search read them (status and stems), the needs the
 * model reads, the levensgebieden offered, the right entries (rank, filing, age, need profile's
 * strongest needs) and the three entries above, with the words that matched them and the sentences
 * of the description they matched in (an offer's or its frame's); a right entry that can never be
 * shown for the question ("SHUT OUT": only via the wijkteam, closed, expired, or outside the
 * person's age) says so. Dev sets only: it never reads a frozen split, Hengelo or the apart kaart.
 */
import path from 'node:path';
import { PROBE_ROOT, PROBE_TODAY, probeKaart } from './probeKaart.js';
import {
  ageOfCase,
  DEV_KAART_FOLDERS,
  goldenSets,
  missCause,
  readCases,
  searchAsResident,
  type BenchCase,
} from '../bench/benchSupport.js';
import { analyseQuery, type AnalysedQuery } from '../src/search/queryAnalysis.js';
import { MIN_NEED_PROBABILITY, NEED_WEIGHT } from '../src/search/search.js';
import type { SearchIndex } from '../src/search/searchIndex.js';
import { sortedIndexOf } from '../src/shared/sortedIndexOf.js';
import { residentVisibility } from '../src/knowledge/catalogue.js';
import { fitsAgeRange } from '../src/search/ageRange.js';
import { matchedSentences } from './matchedSentences.js';

const args = process.argv.slice(2);
const kaarten = args.length > 0 ? args : DEV_KAART_FOLDERS;
// Dev kaarten only: a name on the command line never opens Hengelo, the apart kaart or another.
for (const kaart of kaarten) {
  if (!DEV_KAART_FOLDERS.includes(kaart)) {
    console.error(`${kaart}: not a dev kaart (one of ${DEV_KAART_FOLDERS.join(', ')})`);
    process.exit(2);
  }
}

function topNeeds(index: SearchIndex, probabilities: Float64Array | ReadonlyMap<number, number>) {
  const labels = index.internals.needs.model.labels;
  const pairs: [string, number][] =
    probabilities instanceof Map
      ? [...probabilities].map(([label, p]) => [labels[label] ?? '?', p])
      : [...(probabilities as Float64Array)].map((p, label) => [labels[label] ?? '?', p]);
  return pairs
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([label, p]) => `${label} ${p.toFixed(2)}`)
    .join(', ');
}

/**
 * One entry's score in parts, as search() adds them: the BM25F words, the needs, and what the
 * boosts (levensgebied of the question, area, age, role, stage) multiplied their sum by.
 */
function scoreParts(
  index: SearchIndex,
  analysed: AnalysedQuery,
  probabilities: Float64Array,
  doc: number,
  score: number | undefined,
): string {
  const internals = index.internals;
  let words = 0;
  for (const term of analysed.terms) {
    const id = internals.termIds.get(term.term);
    if (id === undefined) continue;
    const at = sortedIndexOf(internals.postingDocs[id] as Int32Array, doc);
    if (at >= 0)
      words += term.weight * ((internals.postingScores[id] as Float32Array)[at] as number);
  }
  let needs = 0;
  for (const [label, share] of internals.needs.profiles[doc] ?? []) {
    const p = probabilities[label] as number;
    if (p >= MIN_NEED_PROBABILITY && internals.needs.labelDomain[label] !== undefined) {
      needs += NEED_WEIGHT * internals.referenceScore * p * share;
    }
  }
  const boosts =
    score === undefined || words + needs === 0 ? '?' : (score / (words + needs)).toFixed(2);
  return `words ${words.toFixed(1)} needs ${needs.toFixed(1)} boosts x${boosts}`;
}

/**
 * Why a right entry outside the results can never be shown for this question, or '': never to a
 * resident ("alleen via het wijkteam", closed, expired) or left out for the person's age. These
 * misses are the kaart's filing or the age rule, not the ranking (ADR 0013, session 23: two of
 * Slikkerwaard's expected entries are only via the wijkteam).
 */
function shutOut(index: SearchIndex, doc: number, age: number | undefined): string {
  const entry = index.internals.docs[doc];
  if (entry === undefined) return '';
  const visibility = residentVisibility(entry, PROBE_TODAY);
  if (!visibility.visible) return ` SHUT OUT: ${visibility.reason}`;
  const range = index.internals.ageRanges[doc];
  if (age !== undefined && range !== undefined && !fitsAgeRange(range, age)) {
    return ` SHUT OUT: age ${age} outside ${range.min ?? ''}–${range.max ?? ''}`;
  }
  return '';
}

/** The description's sentences the question's words matched in: the offer's, or its frame's. */
function sentenceLines(index: SearchIndex, analysed: AnalysedQuery, description: string): string[] {
  return matchedSentences(index.internals.analyzer, description, analysed.terms).map(
    ({ sentence, words }) => `     in «${sentence}» ← ${words.join(', ')}`,
  );
}

async function misses(dir: string, cases: readonly BenchCase[], name: string) {
  const { catalogue, index } = await probeKaart(dir);
  const internals = index.internals;
  const docOf = new Map(internals.docs.map((doc, i) => [doc.id, i]));
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    const result = searchAsResident(index, c, PROBE_TODAY);
    const cause = missCause(catalogue, c, result);
    if (cause === undefined) continue;
    const analysed = analyseQuery(internals, c.text);
    const probabilities = internals.needs.model.predict(c.text);
    const words = analysed.words
      .filter((w) => w.content)
      .map((w) => `${w.typed}${w.word === w.typed ? '' : `→${w.word}`}[${w.status[0]}]`)
      .join(' ');
    const terms = analysed.terms.map((t) => `${t.term}:${t.weight.toFixed(2)}`).join(' ');
    console.log(
      `\n### ${name} | ${cause} | ${c.category ?? ''} | label ${c.levensgebied ?? '-'} | age ${ageOfCase(c) ?? '-'} | for ${c.for ?? '-'}`,
    );
    console.log(`Q: ${c.text}`);
    console.log(`  words: ${words}`);
    console.log(`  terms: ${terms}`);
    console.log(`  needs: ${topNeeds(index, probabilities)}`);
    console.log(
      `  offered: ${result.domains
        .slice(0, 3)
        .map((d) => `${d.slug} ${d.confidence}`)
        .join(', ')}`,
    );
    for (const id of c.expected) {
      const rank = result.results.findIndex((hit) => hit.voorziening.id === id);
      const entry = catalogue.voorziening(id);
      const doc = docOf.get(id);
      const profile = doc === undefined ? undefined : internals.needs.profiles[doc];
      const hit = rank >= 0 ? result.results[rank] : undefined;
      console.log(
        `  RIGHT #${rank < 0 ? '>10' : rank + 1} ${id} "${entry?.naam}" [${entry?.levensgebieden.join(',')}] ${hit === undefined ? '' : `score ${hit.score} why: ${hit.why}`}${rank < 0 && doc !== undefined ? shutOut(index, doc, ageOfCase(c)) : ''}`,
      );
      console.log(`     ${(entry?.omschrijving ?? '').slice(0, 300).replace(/\s+/g, ' ')}`);
      if (profile !== undefined) console.log(`     profile: ${topNeeds(index, profile)}`);
      if (doc !== undefined) {
        console.log(`     ${scoreParts(index, analysed, probabilities, doc, hit?.score)}`);
      }
      for (const line of sentenceLines(index, analysed, entry?.omschrijving ?? ''))
        console.log(line);
    }
    result.results.slice(0, 3).forEach((hit, i) => {
      const doc = docOf.get(hit.voorziening.id);
      const profile = doc === undefined ? undefined : internals.needs.profiles[doc];
      console.log(
        `  #${i + 1} ${hit.voorziening.id} "${hit.voorziening.naam}" [${hit.voorziening.levensgebieden.join(',')}] score ${hit.score} why: ${hit.why}`,
      );
      if (profile !== undefined) console.log(`     profile: ${topNeeds(index, profile)}`);
      if (doc !== undefined) {
        console.log(`     ${scoreParts(index, analysed, probabilities, doc, hit?.score)}`);
      }
      for (const line of sentenceLines(index, analysed, hit.voorziening.omschrijving)) {
        console.log(line);
      }
    });
  }
}

for (const kaart of kaarten) {
  const dir = path.join(PROBE_ROOT, 'test/fixtures', kaart);
  await misses(dir, readCases(path.join(dir, 'questions.jsonl')), kaart.replace('kaart-', ''));
}
if (args.length === 0) {
  await misses(path.join(PROBE_ROOT, 'knowledge'), goldenSets(PROBE_ROOT, 'dev').tuned, 'golden');
}
