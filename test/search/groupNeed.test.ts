import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../src/search/search.js';
import { loadCatalogueAt } from './fixtureIndex.js';
import { GROUP_NEEDS } from '../../src/search/needIndex.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';

/**
 * A need that names a group of people, not a subject (ADR 0013, amendment session 25,
 * touwhoven25): the model files a teenager's boredom and wish for a place of their own under
 * `opvoeden.jongeren`, while partners file the youth centre under ontmoeting. An entry for young
 * people serves that need wherever it is filed, and gets the question's opvoeden prior in the
 * share the question reads that need. The phrasings are written for this test, over four dev
 * kaarten. Of the eight teen-place phrasings written, none moved into or out of the top three by
 * the rule (five were found before it and still are, three are not found with it either, pinned
 * below as `it.fails`); the rule shows in the need profile and in first place.
 */
const TODAY = '2026-12-01';
const KAARTEN = ['kaart-vechtstede', 'kaart-hazelbrink', 'kaart-tichelhorst', 'kaart-rietmonde'];
const indexes = new Map<string, SearchIndex>();

beforeAll(async () => {
  for (const folder of KAARTEN) {
    indexes.set(folder, buildSearchIndex(await loadCatalogueAt(`test/fixtures/${folder}`, TODAY)));
  }
});

function indexOf(folder: string): SearchIndex {
  const index = indexes.get(folder);
  if (index === undefined) throw new Error(`${folder} not loaded`);
  return index;
}

function ranked(folder: string, text: string, age?: number): string[] {
  return search(indexOf(folder), {
    audience: 'resident',
    today: TODAY,
    text,
    top: 3,
    ...(age === undefined ? {} : { age }),
  }).results.map((hit) => hit.id);
}

/** The share of the young people's need in an entry's need profile (undefined: none). */
function youngShare(folder: string, id: string): number | undefined {
  const index = indexOf(folder);
  const { docs, needs } = index.internals;
  const doc = docs.findIndex((entry) => entry.id === id);
  if (doc < 0) throw new Error(`${id} not in ${folder}`);
  return needs.profiles[doc]?.get(needs.model.labels.indexOf('opvoeden.jongeren'));
}

describe('the need of young people in an entry filed elsewhere', () => {
  it('is one group need', () => {
    expect(Object.keys(GROUP_NEEDS)).toEqual(['opvoeden.jongeren']);
  });

  it.each([
    ['kaart-tichelhorst', 'th-jw-honk'],
    ['kaart-hazelbrink', 'hb-jw-inloop'],
    ['kaart-vechtstede', 'vs-jongerenplek'],
    ['kaart-rietmonde', 'rm-jw-jongerenhuis'],
  ])('%s: the youth place %s serves it', (folder, id) => {
    expect(youngShare(folder, id)).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['kaart-tichelhorst', 'th-dk-zondagtafel'],
    ['kaart-tichelhorst', 'th-sb-kaartmiddag'],
    ['kaart-hazelbrink', 'hb-wz-inloop'],
  ])('%s: %s, for other ages, does not', (folder, id) => {
    expect(youngShare(folder, id)).toBeUndefined();
  });
});

describe("a young person's own place, filed outside opvoeden", () => {
  it('comes first for a bored teenager at home', () => {
    expect(
      ranked(
        'kaart-tichelhorst',
        'mijn dochter van 13 zit zich elke middag thuis te vervelen, is er een plek met andere jongeren',
        13,
      )[0],
    ).toBe('th-jw-honk');
  });

  it.each([
    [
      'kaart-rietmonde',
      'rm-jw-jongerenhuis',
      'my daughter is 14 and has nowhere to go with her friends in the afternoon',
      14,
    ],
    [
      'kaart-rietmonde',
      'rm-jw-jongerenhuis',
      'mijn zoon van 12 is net naar de middelbare en heeft nog geen vrienden, is er een inloop voor jongeren',
      12,
    ],
    [
      'kaart-hazelbrink',
      'hb-jw-inloop',
      'ik ben 14 en wil ergens heen waar ik gewoon kan chillen zonder dat er volwassenen op me letten',
      14,
    ],
    [
      'kaart-vechtstede',
      'vs-jongerenplek',
      'where do teenagers go around here when they are bored',
      undefined,
    ],
  ])('%s finds %s: %s', (folder, id, text, age) => {
    expect(ranked(folder, text, age)).toContain(id);
  });

  it.fails.each([
    [
      'kaart-vechtstede',
      'vs-jongerenplek',
      'waar kunnen pubers in deze buurt s middags samen zitten',
      undefined,
    ],
    [
      'kaart-hazelbrink',
      'hb-jw-inloop',
      'onze jongen van 15 kent hier niemand, waar gaan tieners naartoe',
      15,
    ],
    [
      'kaart-tichelhorst',
      'th-jw-honk',
      'waar kan een jongen van 16 na het eten nog ergens heen om te gamen en te kletsen',
      16,
    ],
  ])('not yet: %s finds %s: %s', (folder, id, text, age) => {
    expect(ranked(folder, text, age)).toContain(id);
  });
});

describe('the parenting question keeps the parenting help', () => {
  it.each([
    [
      'kaart-tichelhorst',
      'th-gp-opvoedspreekuur',
      'ons meisje van 14 geeft brutale antwoorden en doet niks meer wat ik vraag, hoe reageer ik daarop',
      14,
    ],
    [
      'kaart-hazelbrink',
      'hb-op-spreekuur',
      'mijn zoon van 15 schreeuwt tegen me en slaat met deuren, hoe ga ik daarmee om',
      15,
    ],
  ])('%s: %s first: %s', (folder, id, text, age) => {
    expect(ranked(folder, text, age)[0]).toBe(id);
  });
});
