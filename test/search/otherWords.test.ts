import { beforeAll, describe, expect, it } from 'vitest';
import { analyseQuery } from '../../src/search/queryAnalysis.js';
import { search } from '../../src/search/search.js';
import type { SearchIndex } from '../../src/search/searchIndex.js';
import { EIGEN_WOORDEN_TODAY, loadEigenWoordenIndex } from './eigenWoordenIndex.js';

/**
 * ADR 0013, third amendment: on a kaart whose partners described their help in their own words
 * (test/fixtures/kaart-eigen-woorden), an accidental shared word must not outrank the need the
 * question is about, and what the kaart does not offer is still "no good match". Phrasings
 * written for this test.
 */
const TODAY = EIGEN_WOORDEN_TODAY;
let index: SearchIndex;

beforeAll(async () => {
  index = await loadEigenWoordenIndex();
});

const ask = (text: string, age?: number) =>
  search(index, {
    text,
    audience: 'resident',
    today: TODAY,
    top: 3,
    ...(age === undefined ? {} : { age }),
  });

describe('search on a kaart in other words than the residents use', () => {
  // ADR 0013, session 6 (corpus round 17): children who belong to the neighbours make a neighbour
  // question. Before the round the youth sport entry stood first and the answer was "no good match".
  it('answers neighbour children who draw on the front door with the mediators first', () => {
    const result = ask(
      'de kinderen van hiernaast tekenen elke week met stoepkrijt op onze voordeur en hun moeder haalt haar schouders op',
    );
    expect(result.noGoodMatch).toBe(false);
    expect(result.results[0]?.id).toBe('ew-bemiddeling');
  });

  it('puts the mediators first for a neighbour who hammers, not the walk-in that shares a word', () => {
    expect(ask('Mijn onderbuurman timmert elke zondagochtend om zeven uur').results[0]?.id).toBe(
      'ew-bemiddeling',
    );
  });

  it('finds respite for a carer whose words the entry does not use', () => {
    // Top two: the dementia café for carers may stand first, the respite entry must be there.
    const result = ask('Ik verzorg mijn zus met een spierziekte en kom zelf nergens meer aan toe');
    expect(result.results.slice(0, 2).map((hit) => hit.id)).toContain('ew-adempauze');
  });

  it('says "no good match" for what the kaart does not offer', () => {
    const result = ask('Waar kan ik mijn kenteken overschrijven');
    expect(result.noGoodMatch).toBe(true);
  });

  it('leaves out the youth entry for a 70-year-old and says only other ages fit', () => {
    const result = ask('Ik ben 70 en wil graag sporten met anderen', 70);
    expect(result.results.map((hit) => hit.id)).not.toContain('ew-jeugdsport');
    expect(result.ageLeftOut).toBeGreaterThan(0);
    expect(result.noAgeFit).toBe(true);
  });

  // ADR 0013, session 15: a question about the youth entry by a grown-up gets "no good match" with
  // the age message, not the one entry left that shares a word.
  it('says "no good match" for another age when the youth entry outscores what is left', () => {
    const result = ask('ik ben 47 en wil woensdagmiddag in de gymzaal met de buurtsportcoach', 47);
    expect(result.results.map((hit) => hit.id)).not.toContain('ew-jeugdsport');
    expect(result.noGoodMatch).toBe(true);
    expect(result.noAgeFit).toBe(true);
    // The same words at an age the entry is for: its help, no age message.
    const child = ask('ik ben 11 en wil woensdagmiddag in de gymzaal met de buurtsportcoach', 11);
    expect(child.results[0]?.id).toBe('ew-jeugdsport');
    expect(child.noGoodMatch).toBe(false);
    expect(child.noAgeFit).toBe(false);
  });
});

/**
 * ADR 0013, fourth amendment: an everyday word of a levensgebied that names the person the
 * question is about, or that only matches a part of a compound, is weaker evidence of the subject.
 * Phrasings written for this test.
 */
describe('levensgebied words that say who, or only match part of a word', () => {
  const strengthOf = (text: string, levensgebied: string) =>
    analyseQuery(index.internals, text)
      .phraseMatches.filter(
        (match) =>
          match.phrase.source.kind === 'domain' &&
          match.phrase.source.levensgebied === levensgebied,
      )
      .map((match) => match.strength ?? 1);

  it('counts a neighbour named as the person at half, and a noisy neighbour in full', () => {
    expect(
      Math.max(...strengthOf('mijn buurman van 88 kan niet meer naar de tandarts', 'buren')),
    ).toBe(0.5);
    expect(Math.max(...strengthOf('mijn buurman maakt elke nacht herrie', 'buren'))).toBe(1);
  });

  it('counts a word found only inside a compound at half', () => {
    expect(strengthOf('de klep van de brievenbus klemt', 'geld')).toEqual([0.5]);
    expect(strengthOf('ik snap de brieven niet', 'geld')).toEqual([1]);
  });
});
