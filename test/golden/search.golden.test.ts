import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue, ResidentArea } from '../../src/knowledge/catalogue.js';
import { localDate } from '../../src/shared/gemeenteTime.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { systemClock } from '../../src/shared/clock.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { splitOf } from '../../src/understanding/corpus.js';
import { loadGoldenSet, scoreGolden, type GoldenCase, type GoldenScores } from './goldenSet.js';

/** The golden test fails below this hit@3 (docs/adr/0009-dutch-search.md, "Evaluation"). */
const MIN_HIT_AT_3 = 0.9;
/** Out-of-scope questions the search must call "no good match" (measured: 13 of 17). */
const MIN_NO_MATCH_RECALL = 0.75;
/** Answerable questions it may wrongly call "no good match" (measured: 9 of 179). */
const MAX_FALSE_NO_MATCH = 0.1;

let catalogue: Catalogue;
let index: SearchIndex;
let scores: GoldenScores;
const golden = loadGoldenSet();
const today = localDate(systemClock.now());

function areaOf(postcode: string | undefined): ResidentArea | undefined {
  if (postcode === undefined) return undefined;
  const found = catalogue.areas.lookupPostcode(postcode);
  return typeof found === 'string' ? undefined : { wijk: found.wijk, stadsdeel: found.stadsdeel };
}

function ask(golden: GoldenCase) {
  const area = areaOf(golden.postcode);
  return search(index, {
    text: golden.text,
    audience: 'resident',
    today,
    top: 10,
    ...(golden.age === undefined ? {} : { age: golden.age }),
    ...(area === undefined ? {} : { area }),
  });
}

beforeAll(async () => {
  const loaded = await loadKnowledge(path.join(findProjectRoot(), 'knowledge'), {
    clock: systemClock,
  });
  if (!loaded.ok) throw new Error(`knowledge/ is invalid: ${loaded.errors.length} errors`);
  catalogue = loaded.catalogue;
  index = buildSearchIndex(catalogue);
  scores = scoreGolden(golden, (c) => {
    const result = ask(c);
    return { ranked: result.results.map((hit) => hit.id), noGoodMatch: result.noGoodMatch };
  });
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log(
    [
      `Golden set: ${golden.length} phrasings (${scores.answerable} answerable, ${scores.noMatchCases} no match)`,
      `hit@1 ${pct(scores.hitAt1)}  hit@3 ${pct(scores.hitAt3)}  MRR ${scores.mrr.toFixed(3)}`,
      `answered hit@3 ${pct(scores.answeredHitAt3)}  no-match recall ${pct(scores.noMatchRecall)}  false no-match ${pct(scores.falseNoMatch)}`,
      ...Object.entries(scores.byCategory).map(
        ([name, value]) =>
          `  ${name.padEnd(9)} ${String(value.cases).padStart(3)}  ${pct(value.hitAt3)}`,
      ),
      // Only the misses of train and dev are shown: reading those of the frozen test split would be
      // tuning on it (docs/adr/0013).
      'Misses of train and dev (those of the frozen test split are neither shown nor counted):',
      ...scores.misses
        .filter((miss) => splitOf(miss.text) !== 'test')
        .map(
          (miss) =>
            `  "${miss.text.slice(0, 70)}" -> ${miss.got.join(', ') || '(nothing)'} (want ${miss.expected.slice(0, 3).join(', ') || 'no good match'})`,
        ),
    ].join('\n'),
  );
});

describe('golden set: resident phrasings over the real knowledge', () => {
  it('holds at least 150 phrasings of every kind, each expecting ids that exist', () => {
    expect(golden.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(golden.map((c) => c.category));
    for (const category of [
      'everyday',
      'typo',
      'nt2',
      'english',
      'story',
      'short',
      'age',
      'postcode',
      'nomatch',
    ]) {
      expect(categories, category).toContain(category);
    }
    for (const c of golden) {
      for (const id of c.expected)
        expect(catalogue.voorziening(id), `${c.text}: ${id}`).toBeDefined();
    }
  });

  it(`finds an expected voorziening in the top 3 for at least ${MIN_HIT_AT_3 * 100}% of phrasings`, () => {
    expect(scores.hitAt3).toBeGreaterThanOrEqual(MIN_HIT_AT_3);
  });

  it('says "no good match" for questions the sociale kaart does not answer', () => {
    expect(scores.noMatchRecall).toBeGreaterThanOrEqual(MIN_NO_MATCH_RECALL);
    // An out-of-scope question of golden train (ADR 0009's own example, the stolen bike, is a frozen
    // test question: pinning it here would invite tuning on it; ADR 0013 round 16).
    expect(
      ask({ text: 'ik wil een parkeervergunning aanvragen', expected: [], category: 'nomatch' })
        .noGoodMatch,
    ).toBe(true);
  });

  it('rarely says "no good match" when the knowledge does answer', () => {
    expect(scores.falseNoMatch).toBeLessThanOrEqual(MAX_FALSE_NO_MATCH);
  });
});
