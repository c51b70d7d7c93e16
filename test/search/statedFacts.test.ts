import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

/**
 * ADR 0013, seventh amendment: the model reads a stated age as a fact of the person (an age band),
 * not as one more word. Over Enschede's own knowledge. Phrasings written for this test.
 */
const TODAY = '2026-12-01';
let index: SearchIndex;

beforeAll(async () => {
  const loaded = await loadKnowledge(path.join(findProjectRoot(), 'knowledge'), {
    clock: { now: () => new Date(`${TODAY}T10:00:00Z`) },
  });
  if (!loaded.ok) throw new Error(`${String(loaded.errors.length)} errors in the knowledge`);
  index = buildSearchIndex(loaded.catalogue);
});

const topThree = (text: string, age: number) =>
  search(index, { text, audience: 'resident', today: TODAY, top: 3, age }).results.map(
    (hit) => hit.id,
  );

describe('search with the age a resident states (class 6)', () => {
  it('reads an 82-year-old who can no longer carry the groceries as getting older, not as money', () => {
    // Before the round the food bank stood third: "boodschappen" read as food and money.
    const ids = topThree('ik ben 82 en de boodschappen sjouwen lukt niet meer', 82);
    expect(ids).not.toContain('voedselbank');
    expect(ids).toContain('wmo-vervoer');
  });
});
