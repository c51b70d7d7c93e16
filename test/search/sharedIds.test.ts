import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue, Voorziening } from '../../src/knowledge/catalogue.js';
import {
  CHOSEN_DOMAIN_BOOST,
  CHOSEN_OWN_WORDS_TOP,
  CHOSEN_SPREAD_ALPHA,
  search,
} from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import type { SearchQuery } from '../../src/search/searchTypes.js';
import { FIXTURE_TODAY, loadFixtureCatalogue } from './fixtureIndex.js';

/**
 * The loader refuses two entries with one id, but the index does not depend on it: built straight
 * from a catalogue whose entries share an id, the search keeps its rule about ids. After the
 * intake, an entry the question's own words find keeps the chosen levensgebied's full boost, and
 * so does every entry with the same id; every other score is what it is with the ids made unique.
 */
const FOUND = 'voedselbank';
const TWIN_NAME = 'Tweeling van de schuldhulp';
const QUESTION = 'ik heb geen eten';
const CHOSEN = 'geld';

let unique: SearchIndex;
let shared: SearchIndex;

/** The fixture with one more entry: the debt help again, under two levensgebieden, with `id`. */
function withTwin(catalogue: Catalogue, id: string): Catalogue {
  const original = catalogue.voorziening('schuldhulp') as Voorziening;
  const twin: Voorziening = {
    ...original,
    id,
    naam: TWIN_NAME,
    levensgebieden: [CHOSEN, 'ontmoeting'],
  };
  return { ...catalogue, voorzieningen: [...catalogue.voorzieningen, twin] };
}

beforeAll(async () => {
  const catalogue = await loadFixtureCatalogue();
  unique = buildSearchIndex(withTwin(catalogue, 'schuldhulp-tweeling'));
  shared = buildSearchIndex(withTwin(catalogue, FOUND));
});

const ask = (index: SearchIndex, extra: Partial<SearchQuery> = {}) =>
  search(index, { text: QUESTION, audience: 'resident', today: FIXTURE_TODAY, top: 20, ...extra });

/** Score per entry name: a name stays apart where an id does not. */
const scoresByName = (index: SearchIndex, extra: Partial<SearchQuery> = {}) =>
  new Map(ask(index, extra).results.map((hit) => [hit.voorziening.naam, hit.score]));

describe('entries that share an id, built through the index', () => {
  it('the index knows its ids are not unique', () => {
    expect(unique.internals.idsUnique).toBe(true);
    expect(shared.internals.idsUnique).toBe(false);
  });

  it('without a chosen levensgebied the shared id changes no score', () => {
    expect(scoresByName(shared)).toEqual(scoresByName(unique));
  });

  it('after the intake the twin of an entry the own words find keeps the full boost', () => {
    // The twin itself is not among what the question's own words find.
    const own = ask(unique, { top: CHOSEN_OWN_WORDS_TOP }).results.map((hit) => hit.id);
    expect(own).toContain(FOUND);
    expect(own).not.toContain('schuldhulp-tweeling');

    const withUnique = scoresByName(unique, { levensgebieden: [CHOSEN] });
    const withShared = scoresByName(shared, { levensgebieden: [CHOSEN] });
    expect([...withShared.keys()].sort()).toEqual([...withUnique.keys()].sort());
    const spread = 1 + (CHOSEN_DOMAIN_BOOST - 1) / 2 ** CHOSEN_SPREAD_ALPHA;
    const twinShared = withShared.get(TWIN_NAME) as number;
    const twinUnique = withUnique.get(TWIN_NAME) as number;
    expect(twinUnique).toBeGreaterThan(0);
    // Scores are shown to a thousandth, so the ratio holds to that.
    expect(twinShared).toBeCloseTo((twinUnique * CHOSEN_DOMAIN_BOOST) / spread, 2);
    for (const [name, score] of withUnique) {
      if (name !== TWIN_NAME) expect(withShared.get(name)).toBe(score);
    }
  });
});
