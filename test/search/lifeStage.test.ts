import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { lifeStageOf } from '../../src/search/ageRange.js';
import { AGE_FIT_BOOST, search, STAGE_UNKNOWN_FACTOR } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import type { SearchQuery } from '../../src/search/searchTypes.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

/**
 * An entry for one stage of life while the question shows neither the person's age nor that stage
 * (ADR 0013, amendment session 11). Over test/fixtures/kaart-levensfase: a youth inloop whose text
 * shares more words with a lonely resident's question than the coffee table for everyone does, a
 * soos from 60, and a money course for 16 to 25 beside help with the post for everyone. Phrasings
 * written for this test.
 */
const TODAY = '2026-12-01';
let index: SearchIndex;

beforeAll(async () => {
  const loaded = await loadKnowledge(
    path.join(findProjectRoot(), 'test/fixtures/kaart-levensfase'),
    { clock: { now: () => new Date(`${TODAY}T10:00:00Z`) } },
  );
  if (!loaded.ok) throw new Error(`${String(loaded.errors.length)} errors in the knowledge`);
  index = buildSearchIndex(loaded.catalogue);
});

const ids = (query: Omit<SearchQuery, 'audience' | 'today'>) =>
  search(index, { audience: 'resident', today: TODAY, top: 5, ...query }).results.map(
    (hit) => hit.id,
  );

describe('the stage of life of an entry', () => {
  it('is young when its ages end before 30 and older when they start at 50 or later', () => {
    expect(lifeStageOf({ min: 12, max: 23 })).toBe('young');
    expect(lifeStageOf({ min: 0, max: 17 })).toBe('young');
    expect(lifeStageOf({ max: 4 })).toBe('young');
    expect(lifeStageOf({ min: 55 })).toBe('older');
    expect(lifeStageOf({ min: 65, max: 99 })).toBe('older');
  });

  it('is no one stage for adults of every age, for a wide range, or without ages', () => {
    expect(lifeStageOf({ min: 18 })).toBeUndefined();
    expect(lifeStageOf({ min: 18, max: 67 })).toBeUndefined();
    expect(lifeStageOf({ min: 16, max: 40 })).toBeUndefined();
    expect(lifeStageOf(undefined)).toBeUndefined();
  });
});

describe('help for one stage of life while the question does not show it', () => {
  it('ranks help for everyone above the youth inloop and the soos for a lonely resident of unknown age', () => {
    // Before, the youth inloop came first: its text says "alleen" and "niemand kent" too.
    expect(ids({ text: 'ik voel me alleen, ik ken hier niemand' })[0]).toBe('lf-koffietafel');
    const found = ids({ text: 'ik ben vaak alleen en wil wat mensen leren kennen' });
    expect(found[0]).toBe('lf-koffietafel');
    expect(found.indexOf('lf-inloop-jong')).toBeGreaterThan(0);
  });

  it('gives the youth inloop first once the age is known and fits, and leaves it out when it does not', () => {
    expect(ids({ text: 'ik voel me alleen, ik ken hier niemand', age: 16 })[0]).toBe(
      'lf-inloop-jong',
    );
    expect(ids({ text: 'ik voel me alleen, ik ken hier niemand', age: 45 })).not.toContain(
      'lf-inloop-jong',
    );
  });

  it('keeps the youth inloop in full when the question is about a child', () => {
    const text = 'mijn zoon kent niemand in de nieuwe wijk en zit na school alleen op zijn kamer';
    const asChild = search(index, {
      audience: 'resident',
      today: TODAY,
      text,
      asker: { forWhom: 'kind' },
    });
    const plain = search(index, { audience: 'resident', today: TODAY, text });
    expect(asChild.results[0]?.id).toBe('lf-inloop-jong');
    // The child word alone ("mijn zoon") shows the stage: the same score as with the intake's answer.
    expect(plain.results[0]?.id).toBe('lf-inloop-jong');
    expect(plain.results[0]?.score).toBe(asChild.results[0]?.score);
  });

  it('lowers an entry for one stage by the factor, not more', () => {
    const text = 'ik krijg brieven die ik niet snap en verlies het overzicht over mijn rekeningen';
    const unknown = search(index, { audience: 'resident', today: TODAY, text });
    const course = (found: typeof unknown) =>
      found.results.find((hit) => hit.id === 'lf-geldcursus-jong')?.score ?? 0;
    const older = search(index, { audience: 'resident', today: TODAY, text, age: 30 });
    // At 30 the course for 16 to 25 is left out; help with the post for everyone is unchanged.
    expect(older.results.map((hit) => hit.id)).toEqual(['lf-administratie']);
    const fits = search(index, { audience: 'resident', today: TODAY, text, age: 19 });
    // Known and fitting: × AGE_FIT_BOOST; unknown: × STAGE_UNKNOWN_FACTOR.
    expect(course(unknown) / course(fits)).toBeCloseTo(STAGE_UNKNOWN_FACTOR / AGE_FIT_BOOST, 2);
  });
});
