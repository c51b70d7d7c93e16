import { beforeAll, describe, expect, it } from 'vitest';
import type { Voorziening } from '../../src/knowledge/catalogue.js';
import { ageRangeOf, fitsAgeRange } from '../../src/search/ageRange.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { loadCatalogueAt } from './fixtureIndex.js';

/**
 * A child named in passing is not the person the help is for (ADR 0013, amendment session 24,
 * forwhom24b, "age ignored"): a resident who asks for herself and tells of a child or a grandchild
 * with an age gets no entry whose age range excludes her above one that fits. Over the Enschede
 * knowledge; phrasings written for this test.
 */
const TODAY = '2026-12-01';
let index: SearchIndex;

beforeAll(async () => {
  index = buildSearchIndex(await loadCatalogueAt('knowledge', TODAY));
});

/** Whether an entry fits `age` by its range or its age groups (as the search reads it). */
const fits = (entry: Pick<Voorziening, 'doelgroep'>, age: number) => {
  const range = ageRangeOf(entry);
  return range === undefined || fitsAgeRange(range, age);
};

/** Whether an entry outside `age` ranks above one that fits it, in the top `top`. */
function outsideAboveFitting(text: string, age: number, top = 5): string[] {
  const results = search(index, { text, age, audience: 'resident', today: TODAY, top }).results;
  const faults: string[] = [];
  results.forEach((hit, rank) => {
    if (fits(hit.voorziening, age)) return;
    const fitterBelow = results.slice(rank + 1).find((below) => fits(below.voorziening, age));
    if (fitterBelow !== undefined) faults.push(`${hit.id} above ${fitterBelow.id}`);
  });
  return faults;
}

describe('a resident asking for herself who tells of a child with an age', () => {
  it('a 68-year-old looking for a swimming group for herself, her granddaughter of 6 swims', () => {
    expect(
      outsideAboveFitting(
        'ik ben 68 en zoek een zwemgroepje voor mezelf, mijn kleindochter van 6 heeft net haar zwemdiploma gehaald',
        68,
      ),
    ).toEqual([]);
  });

  it('a 70-year-old who wants to walk with others, her grandchildren of 5 and 9 stay over', () => {
    expect(
      outsideAboveFitting(
        'ik ben 70 en wil graag met anderen wandelen, mijn kleinkinderen van 5 en 9 logeren vaak bij mij',
        70,
      ),
    ).toEqual([]);
  });

  it('a 45-year-old who wants to run himself, his daughter of 11 already does athletics', () => {
    expect(
      outsideAboveFitting(
        'ik ben 45 en zoek een club om zelf te gaan hardlopen, mijn dochter van 11 zit al op atletiek',
        45,
      ),
    ).toEqual([]);
  });

  it('a 69-year-old who would like gym, her grandson of 7 does gymnastics', () => {
    expect(
      outsideAboveFitting(
        'ik ben 69 en zou graag op gym gaan, mijn kleinzoon van 7 zit op turnen en dat lijkt me ook wat',
        69,
      ),
    ).toEqual([]);
  });

  it('a 66-year-old who wants to learn chess at a club, his grandson of 9 plays it too', () => {
    expect(
      outsideAboveFitting(
        'ik ben 66 en wil leren schaken bij een club, mijn kleinzoon van 9 speelt het ook',
        66,
      ),
    ).toEqual([]);
  });

  it('a 74-year-old who wants a drawing course, her grandson of 10 draws a lot', () => {
    expect(
      outsideAboveFitting(
        'ik ben 74 en wil graag een cursus tekenen volgen, mijn kleinzoon van 10 tekent ook veel',
        74,
      ),
    ).toEqual([]);
  });
});
