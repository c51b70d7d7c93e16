import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { analyseQuery, TYPO_WEIGHT } from '../../src/search/queryAnalysis.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { NAME_HINT_WEIGHT, namedEntries } from '../../src/search/serviceNames.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

/**
 * A resident who names a service by a name that is no word of the language finds it; an entry
 * named after its subject gets nothing from ordinary words (src/search/serviceNames.ts; ADR 0013,
 * session 18). Over Enschede's knowledge and the Reggedal kaart (dev); phrasings written for this
 * test, none of the named-service probe's.
 */
const TODAY = '2026-12-01';
let enschede: SearchIndex;
let reggedal: SearchIndex;

async function indexOf(directory: string): Promise<SearchIndex> {
  const loaded = await loadKnowledge(path.join(findProjectRoot(), directory), {
    clock: { now: () => new Date(`${TODAY}T10:00:00Z`) },
  });
  if (!loaded.ok) throw new Error(`${String(loaded.errors.length)} errors in ${directory}`);
  return buildSearchIndex(loaded.catalogue);
}

beforeAll(async () => {
  enschede = await indexOf('knowledge');
  reggedal = await indexOf('test/fixtures/kaart-reggedal');
});

const named = (index: SearchIndex, text: string) =>
  namedEntries(index, analyseQuery(index.internals, text)).map((entry) => ({
    id: index.internals.docs[entry.doc]?.id,
    bonus: entry.bonus / index.internals.referenceScore,
  }));

const topOf = (index: SearchIndex, text: string) =>
  search(index, { text, audience: 'resident', today: TODAY }).results.map((hit) => hit.id);
const firstOf = (index: SearchIndex, text: string) => topOf(index, text)[0];

describe('a name that is no word of the language names its entry', () => {
  it('the gezinscoach, asked about by its name, is found first', () => {
    const text = 'kan de gezinscoach ook bij ons thuis langskomen';
    expect(named(reggedal, text)).toEqual([{ id: 'rd-gezinscoach', bonus: NAME_HINT_WEIGHT }]);
    expect(firstOf(reggedal, text)).toBe('rd-gezinscoach');
  });

  it('the ouderenadviseur, named in a question about a father at home, comes first', () => {
    // Without the name's bonus the words "thuis" and "vader" led to help for mantelzorgers, and
    // the ouderenadviseur was not among the three.
    const text = 'komt de ouderenadviseur ook thuis bij mijn vader';
    expect(named(reggedal, text).map((entry) => entry.id)).toEqual(['rd-ouderenadviseur']);
    expect(firstOf(reggedal, text)).toBe('rd-ouderenadviseur');
  });

  it('and reaches the three when a grandfather wants to talk to one', () => {
    const text = 'mijn opa van 80 wil graag eens praten met de ouderenadviseur';
    expect(topOf(reggedal, text)).toContain('rd-ouderenadviseur');
  });

  it("Enschede's wijkteam, named in a question about a son, comes first", () => {
    // Before, the playgrounds came first through "zoon".
    const text = 'kan ik het wijkteam bellen over mijn zoon';
    expect(named(enschede, text).map((entry) => entry.id)).toEqual(['wijkteam']);
    expect(firstOf(enschede, text)).toBe('wijkteam');
  });

  it('a misspelt name counts as the corrector reads it, with the weight of a correction', () => {
    const text = 'de gezinscoch heeft me doorverwezen';
    const [entry] = named(reggedal, text);
    expect(entry?.id).toBe('rd-gezinscoach');
    expect(entry?.bonus).toBeCloseTo(NAME_HINT_WEIGHT * TYPO_WEIGHT);
  });
});

describe('an entry named after its subject gets no name bonus from ordinary words', () => {
  it('"Zwemles voor volwassenen" for an adult who wants to learn to swim', () => {
    // "volwassene" and "zwemmen" are words of the language (and "zwemmen" a need word): they say
    // what the resident needs, not which service they mean.
    expect(named(reggedal, 'ik wil als volwassene nog leren zwemmen')).toEqual([]);
  });

  it('"Hulp bij huurachterstand" for a resident behind on the rent', () => {
    expect(named(reggedal, 'ik heb een huurachterstand van twee maanden')).toEqual([]);
  });

  it('a word in the names of more than two entries names a kind of help, not one service', () => {
    // "spreekuur" stands in the names of several of Reggedal's entries.
    expect(named(reggedal, 'wanneer is er een spreekuur')).toEqual([]);
  });
});
