import { beforeAll, describe, expect, it } from 'vitest';
import { fitsAge } from '../../src/knowledge/catalogue.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import type { SearchQuery } from '../../src/search/searchTypes.js';
import { loadCatalogueAt } from './fixtureIndex.js';

/**
 * Whose age counts when a child is named (ADR 0013, amendment session 24): a parent who gives
 * their own age and names a baby or a child with an age gets the help for that child; a resident
 * who names no child keeps the age rule as it was. Over the dev kaart Rietmonde; phrasings written
 * for this test.
 */
const TODAY = '2026-12-01';
let index: SearchIndex;

beforeAll(async () => {
  index = buildSearchIndex(await loadCatalogueAt('test/fixtures/kaart-rietmonde', TODAY));
});

const run = (query: Omit<SearchQuery, 'audience' | 'today' | 'top'>) =>
  search(index, { ...query, audience: 'resident', today: TODAY, top: 10 });

describe('a young parent who gives her own age', () => {
  it('gets the baby things when a baby is on the way', () => {
    const result = run({
      text: 'ik ben 23 en zwanger, we hebben nog geen bedje en geen kleren voor de baby',
      age: 23,
    });
    const top3 = result.results.slice(0, 3);
    const baby = top3.find((hit) => hit.id === 'rm-gz-babyspullen');
    expect(baby).toBeDefined();
    expect(baby?.why).toContain('past bij de leeftijd van het kind uit de vraag');
  });

  it('does not get the baby things when no child is named', () => {
    const ids = run({
      text: 'ik ben 23 en heb geen geld voor kleren en een bed',
      age: 23,
    }).results.map((hit) => hit.id);
    expect(ids).not.toContain('rm-gz-babyspullen');
  });
});

describe('a resident who asks for herself', () => {
  it('gets no entry outside her age when she names no child', () => {
    const result = run({
      text: 'ik ben 72 en zoek een groepje om samen te gymmen en te wandelen',
      age: 72,
    });
    expect(result.results.length).toBeGreaterThan(0);
    for (const hit of result.results) expect(fitsAge(hit.voorziening, 72)).toBe(true);
  });
});
