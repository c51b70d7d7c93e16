import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isEverydayWord } from '../../src/conversation/everydayWords.js';
import {
  buildPlaceIndex,
  findPlace,
  looksLikeStreet,
  MAX_PLACE_WORDS,
  placeNamesIn,
  type PlaceIndex,
} from '../../src/conversation/places.js';
import type { Areas } from '../../src/knowledge/areas.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { ManualClock } from '../support/manualClock.js';

/** Wijk recognition on the real knowledge/gebieden.yaml (ADR 0014, defect 3). */
describe('where a resident lives, in their own words', () => {
  let areas: Areas;
  let index: PlaceIndex;

  beforeAll(async () => {
    const loaded = await loadKnowledge(path.join(findProjectRoot(), 'knowledge'), {
      clock: new ManualClock('2026-03-02T09:00:00Z'),
    });
    if (!loaded.ok) throw new Error('the shipped knowledge must load');
    areas = loaded.catalogue.areas;
    // As the intake builds it (dialogs/intake/turnMessage.ts): with the gemeente's name.
    index = buildPlaceIndex({
      wijken: areas.wijken,
      lookupPostcode: (input) => areas.lookupPostcode(input),
      ...(areas.gemeente === undefined ? {} : { gemeente: areas.gemeente }),
      ...(areas.buurgemeenten === undefined ? {} : { buurgemeenten: areas.buurgemeenten }),
    });
  });

  it('knows every wijk and buurt name of the gebieden file, in a reply and in a sentence', () => {
    for (const wijk of areas.wijken) {
      for (const name of [wijk.naam, ...wijk.buurten]) {
        expect(findPlace(name, index, 'answer'), name).toMatchObject({
          kind: 'wijk',
          wijk: wijk.naam,
        });
        expect(findPlace(`ik woon in ${name} en zoek hulp`, index, 'mention'), name).toMatchObject({
          kind: 'wijk',
          wijk: wijk.naam,
        });
      }
    }
  });

  it.each([
    ['Roombeek', 'Roombeek-Roomveldje'],
    ['ik woon in de Roombeek', 'Roombeek-Roomveldje'],
    ['in het Lang', 'Wesselerbrink'],
    ['de wesselerbrinck', 'Wesselerbrink'],
    ['stroinkslande', 'Stroinkslanden'],
    ['Deppenbroeck', 'Deppenbroek'],
    ['t zwering', "'t Zwering"],
    ['Glanerbrug', 'Glanerbrug'],
    ['7544 AB', 'Wesselerbrink'],
    ['mijn postcode is 7523', 'Roombeek-Roomveldje'],
  ])('recognises the answer %j as %s', (text, wijk) => {
    expect(findPlace(text, index, 'answer')).toMatchObject({ kind: 'wijk', wijk });
  });

  it.each([
    ['Enschede zuid', 'zuid'],
    ['Enschede-Zuid', 'zuid'],
    ['stadsdeel West', 'west'],
    ['in het noorden van Enschede', 'noord'],
    ['Oost', 'oost'],
    ['centrum', 'centrum'],
  ])('recognises the stadsdeel in %j', (text, stadsdeel) => {
    expect(findPlace(text, index, 'answer')).toEqual({ kind: 'stadsdeel', stadsdeel });
  });

  it('names a postcode or town outside the gemeente as such, never as Enschede', () => {
    expect(findPlace('7550', index, 'answer')).toEqual({ kind: 'outside', place: '7550' });
    expect(findPlace('Hengelo', index, 'answer')).toEqual({ kind: 'outside', place: 'Hengelo' });
    expect(findPlace('ik woon in Oldenzaal', index, 'mention')).toEqual({
      kind: 'outside',
      place: 'Oldenzaal',
    });
  });

  it('says a postcode of Enschede without a wijk is Enschede, not a wijk', () => {
    expect(findPlace('7500', index, 'answer')).toEqual({ kind: 'gemeente', postcode: '7500' });
    expect(findPlace('heel Enschede', index, 'answer')).toEqual({ kind: 'gemeente' });
  });

  it('asks when a name belongs to more than one wijk', () => {
    expect(findPlace('Hogeland', index, 'answer')).toMatchObject({ kind: 'ambiguous' });
  });

  it('is cautious inside a longer message', () => {
    expect(findPlace('Ik heb 2024 euro schuld', index, 'mention')).toBeUndefined();
    expect(findPlace('ik wil naar het zuiden op vakantie', index, 'mention')).toBeUndefined();
    expect(findPlace('dat duurt lang', index, 'mention')).toBeUndefined();
    expect(findPlace('ik zoek taalles in de toekomst', index, 'mention')).toBeUndefined();
    // A small misspelling only right after "in".
    expect(findPlace('ik woon in de wesselerbrinck', index, 'mention')).toMatchObject({
      wijk: 'Wesselerbrink',
    });
  });

  it('reads a postcode that a comma or a full stop ends, never the digits of an amount', () => {
    expect(findPlace('wij wonen in 7543, wie helpt met de post?', index, 'mention')).toMatchObject({
      kind: 'wijk',
      wijk: 'Wesselerbrink',
    });
    expect(findPlace('Mijn adres is in 7523. Ik zoek een maatje', index, 'mention')).toMatchObject({
      kind: 'wijk',
      wijk: 'Roombeek-Roomveldje',
    });
    expect(findPlace('7544.', index, 'answer')).toMatchObject({ wijk: 'Wesselerbrink' });
    expect(findPlace('de rekening was 7512,50 euro', index, 'mention')).toBeUndefined();
    expect(findPlace('ik moet 7520.75 terugbetalen', index, 'mention')).toBeUndefined();
  });

  it('finds nothing in an answer that names no place', () => {
    expect(findPlace('weet ik niet', index, 'answer')).toBeUndefined();
    expect(findPlace('bij mij thuis', index, 'answer')).toBeUndefined();
  });
});

/** A street is a place the knowledge does not list (ADR 0014, amendment 2026-12-03). */
describe('a street typed as a reply', () => {
  it.each([
    'Hengelosestraat 12',
    'Lasondersingel',
    'de Kuipersdijk 3a',
    'Gronausevoetpad',
    'Oldenzaalseweg',
  ])('"%s" looks like a street', (reply) => {
    expect(looksLikeStreet(reply, isEverydayWord)).toBe(true);
  });

  it.each([
    'Ria',
    'onderweg',
    'mijn buurvrouw',
    'weg',
    'laan',
    'ik woon aan de straat',
    'Roombeek',
  ])('"%s" does not', (reply) => {
    expect(looksLikeStreet(reply, isEverydayWord)).toBe(false);
  });

  it('is a street up to MAX_PLACE_WORDS words, the cap the "Voor wie?" question reads too', () => {
    expect(MAX_PLACE_WORDS).toBe(4);
    expect(looksLikeStreet('aan de Lasondersingel 12', isEverydayWord)).toBe(true);
    expect(looksLikeStreet('wij zitten aan de Lasondersingel', isEverydayWord)).toBe(false);
  });

  it('a long sentence that ends in a street name is a sentence', () => {
    expect(looksLikeStreet('mijn moeder woont aan de Hengelosestraat', isEverydayWord)).toBe(false);
  });
});

/** The same recognition on another gemeente's gebieden (test/fixtures/kaart-lindewaard). */
describe('where a resident lives, on another gemeente’s gebieden', () => {
  let index: PlaceIndex;
  let named: PlaceIndex;

  beforeAll(async () => {
    const loaded = await loadKnowledge(
      path.join(findProjectRoot(), 'test/fixtures/kaart-lindewaard'),
      { clock: new ManualClock('2026-03-02T09:00:00Z') },
    );
    if (!loaded.ok) throw new Error('the Lindewaard kaart must load');
    const areas = loaded.catalogue.areas;
    const source = {
      wijken: areas.wijken,
      lookupPostcode: (input: string) => areas.lookupPostcode(input),
    };
    index = buildPlaceIndex(source);
    named = buildPlaceIndex({ ...source, gemeente: 'Lindewaard' });
  });

  it('reads a wijk with the stadsdeel slug of that kaart, by name and by postcode', () => {
    const bolwerk = { kind: 'wijk', wijk: 'Bolwerk', stadsdeel: 'lindewaard' };
    expect(findPlace('wij wonen in het Bolwerk', index, 'answer')).toEqual(bolwerk);
    expect(findPlace('7681', index, 'answer')).toEqual(bolwerk);
    expect(findPlace('7681 KD', index, 'answer')).toEqual(bolwerk);
    expect(findPlace('sinds kort woon ik in Bolwerk', index, 'mention')).toEqual(bolwerk);
    expect(findPlace('7687', index, 'answer')).toEqual({
      kind: 'wijk',
      wijk: 'Zwiepdijk',
      stadsdeel: 'zwiepdijk',
    });
  });

  it('a postcode outside its postcodereeksen is outside, one inside without a wijk is the gemeente', () => {
    expect(findPlace('7544', index, 'answer')).toEqual({ kind: 'outside', place: '7544' });
    expect(findPlace('7689', index, 'answer')).toEqual({ kind: 'gemeente', postcode: '7689' });
  });

  it('takes no Enschede compass word for a stadsdeel this kaart does not have', () => {
    expect(findPlace('zuid', index, 'answer')).toBeUndefined();
    expect(findPlace('ik woon in Enschede-Zuid', index, 'mention')).toBeUndefined();
  });

  it('reads a stadsdeel by the name in its gebieden.yaml', () => {
    expect(findPlace('in stadsdeel Lindewaard', index, 'answer')).toEqual({
      kind: 'stadsdeel',
      stadsdeel: 'lindewaard',
    });
  });

  it('reads the whole gemeente by the name the knowledge gives it', () => {
    expect(findPlace('heel Lindewaard', named, 'answer')).toEqual({ kind: 'gemeente' });
    expect(findPlace('de hele gemeente', named, 'answer')).toEqual({ kind: 'gemeente' });
  });
  it('does not take the towns around Enschede for its neighbours, only the large cities', () => {
    for (const built of [index, named]) {
      expect(findPlace('Hengelo', built, 'answer')).toBeUndefined();
      expect(findPlace('ik woon in Oldenzaal', built, 'mention')).toBeUndefined();
      expect(findPlace('Zwolle', built, 'answer')).toEqual({ kind: 'outside', place: 'Zwolle' });
    }
  });

  it('takes the neighbours its gebieden.yaml lists, and never the gemeente itself', () => {
    const areas = { buurgemeenten: ['Turfhoven', 'Oud-Linde'], gemeente: 'Deventer' };
    const listed = buildPlaceIndex({ ...named.source, ...areas });
    expect(findPlace('Turfhoven', listed, 'answer')).toEqual({
      kind: 'outside',
      place: 'Turfhoven',
    });
    expect(findPlace('wij komen uit Oud-Linde', listed, 'mention')).toEqual({
      kind: 'outside',
      place: 'Oud-Linde',
    });
    expect(findPlace('Hengelo', listed, 'answer')).toBeUndefined();
    // Deventer is a large city for everyone else; in its own knowledge it is the whole gemeente.
    expect(findPlace('Deventer', listed, 'answer')).toEqual({ kind: 'gemeente' });
    expect(findPlace('Utrecht', listed, 'answer')).toEqual({ kind: 'outside', place: 'Utrecht' });
  });
});

describe('a plain list of wijk names (no gebieden.yaml behind it)', () => {
  const plain = buildPlaceIndex({
    wijken: [{ naam: 'Bolwerk', stadsdeelId: '', buurten: [] }],
    lookupPostcode: () => 'unknown',
  });

  it('knows no neighbours, no gemeente and no stadsdelen: nothing is taken for Enschede', () => {
    expect(findPlace('Hengelo', plain, 'answer')).toBeUndefined();
    expect(findPlace('heel Enschede', plain, 'answer')).toBeUndefined();
    expect(findPlace('zuid', plain, 'answer')).toBeUndefined();
    expect(findPlace('Zwolle', plain, 'answer')).toEqual({ kind: 'outside', place: 'Zwolle' });
    expect(findPlace('de hele stad', plain, 'answer')).toEqual({ kind: 'gemeente' });
  });

  it('still reads its names, as the understanding pass does without the knowledge', () => {
    expect(placeNamesIn('wij wonen in het Bolwerk', ['Bolwerk'])).toEqual({ wijk: 'Bolwerk' });
    expect(placeNamesIn('ik woon in Hengelo', ['Bolwerk'])).toEqual({});
  });
});

describe('Enschede’s towns and words come from its gebieden.yaml', () => {
  it('reads its neighbours and compass words from the file, none from code', async () => {
    const loaded = await loadKnowledge(path.join(findProjectRoot(), 'knowledge'), {
      clock: new ManualClock('2026-03-02T09:00:00Z'),
    });
    if (!loaded.ok) throw new Error('the shipped knowledge must load');
    const areas = loaded.catalogue.areas;
    expect(areas.buurgemeenten).toContain('Hengelo');
    // 14 053 is the gemeente's own number (gemeentediensten.yaml), not a wijkteam's line.
    expect(areas.wijkteamPhone).toBeUndefined();
    const source = {
      wijken: areas.wijken,
      lookupPostcode: (input: string) => areas.lookupPostcode(input),
    };
    const withList = buildPlaceIndex({ ...source, gemeente: 'Enschede', buurgemeenten: ['Borne'] });
    // The file's list is the only list: a gemeente named Enschede without Hengelo in it has none.
    expect(findPlace('Hengelo', withList, 'answer')).toBeUndefined();
    expect(findPlace('Borne', withList, 'answer')).toEqual({ kind: 'outside', place: 'Borne' });
    expect(findPlace('ik woon in Enschede-Zuid', withList, 'mention')).toEqual({
      kind: 'stadsdeel',
      stadsdeel: 'zuid',
    });
    expect(findPlace('in het noorden van Enschede', withList, 'mention')).toEqual({
      kind: 'stadsdeel',
      stadsdeel: 'noord',
    });
  });
});
