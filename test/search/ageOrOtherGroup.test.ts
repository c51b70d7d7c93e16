import { beforeAll, describe, expect, it } from 'vitest';
import { andereGroepSearch, type AndereGroepSearch } from './andereGroepSearch.js';

/**
 * Help for an age group OR another group (ADR 0013, amendment session 21, "an age group or another
 * group"): "65-plussers en mensen met een beperking" serves anyone in either group, so a resident
 * whose own words show they belong to the other group is not left out for their age. Everyone else
 * is ranked as before: a 40-year-old who names no such group stays out of help for 65-plussers,
 * and help for one age group only stays closed to every other age. Over
 * test/fixtures/kaart-andere-groep; phrasings written for this test.
 *
 * The defect's cases were marked `it.fails` until the fix of session 22 (ADR 0013, "an age group
 * or another group, let in without the group's words"); the keep-out cases must stay green.
 */
let searchKaart: AndereGroepSearch;

beforeAll(async () => {
  searchKaart = await andereGroepSearch();
});

const run: AndereGroepSearch['run'] = (query) => searchKaart.run(query);
const ids: AndereGroepSearch['ids'] = (query) => searchKaart.ids(query);

describe('an age group or a group that is no age', () => {
  it('admits a wheelchair user of 49 to transport for older people and people with a limitation', () => {
    const text =
      'ik ben 49 en zit in een rolstoel, hoe kom ik met een taxibusje naar het ziekenhuis';
    expect(ids({ text, age: 49 })[0]).toBe('ag-vervoer-op-maat');
    expect(ids({ text, age: 49, levensgebieden: ['vervoer'] })[0]).toBe('ag-vervoer-op-maat');
  });

  it('admits a 30-year-old who sees badly to reading help for older people and people with a limitation', () => {
    const text = 'ik ben 30 en slechtziend, wie kan mijn brieven voorlezen';
    expect(ids({ text, age: 30 })).toContain('ag-voorleeshulp');
    expect(
      ids({ text: 'I am 30 and visually impaired, who can read my letters to me', age: 30 }),
    ).toContain('ag-voorleeshulp');
  });

  it('admits a 20-year-old with autism to a quiet group for older people and people with a limitation', () => {
    const text =
      'ik ben 20, heb autisme en zit veel alleen thuis, ik zoek een rustige groep om mensen te ontmoeten';
    expect(ids({ text, age: 20 })[0]).toBe('ag-ontmoetingsmiddag');
    expect(ids({ text, age: 20, levensgebieden: ['ontmoeting'] })[0]).toBe('ag-ontmoetingsmiddag');
  });

  it('admits a mantelzorger of 40 to rest for seniors or mantelzorgers', () => {
    const text =
      'ik ben 40 en zorg elke dag voor mijn zieke man, ik ben moe en wil even ontspannen';
    expect(ids({ text, age: 40 })).toContain('ag-even-op-adem');
  });

  it('admits a statushouder of 34 to a language buddy for young people and statushouders', () => {
    const text =
      'ik ben 34, statushouder, en wil elke week Nederlands oefenen met een vrijwilliger';
    expect(ids({ text, age: 34 })[0]).toBe('ag-taalmaatje');
    expect(
      ids({
        text: 'I am 34, a refugee, and want to practise Dutch every week with a volunteer',
        age: 34,
      }),
    ).toContain('ag-taalmaatje');
  });
});

describe('everyone else as before', () => {
  it('keeps a 40-year-old without a limitation out of transport for older people and people with a limitation', () => {
    const result = run({
      text: 'ik ben 40, hoe kom ik met een taxibusje naar het ziekenhuis',
      age: 40,
    });
    expect(result.results.map((hit) => hit.id)).not.toContain('ag-vervoer-op-maat');
  });

  it('keeps a 40-year-old out of the soos for 65-plussers, with or without a limitation', () => {
    expect(
      ids({ text: 'ik ben 40 en wil op woensdag samen eten en kaarten', age: 40 }),
    ).not.toContain('ag-seniorensoos');
    expect(
      ids({
        text: 'ik ben 40, zit in een rolstoel en wil op woensdag samen eten en kaarten',
        age: 40,
      }),
    ).not.toContain('ag-seniorensoos');
  });

  it('keeps a 34-year-old who names no group out of the language buddy for young people and statushouders', () => {
    expect(
      ids({ text: 'ik ben 34 en wil elke week Nederlands oefenen met een vrijwilliger', age: 34 }),
    ).not.toContain('ag-taalmaatje');
  });

  it('keeps a 60-year-old with little money out of the sports pass for children and young people of poor families', () => {
    expect(
      ids({
        text: 'ik ben 60, heb weinig geld en wil de contributie van de sportclub betaald',
        age: 60,
      }),
    ).not.toContain('ag-sportpas');
  });

  it('ranks as before when the age fits or is unknown', () => {
    const text = 'hoe kom ik met een taxibusje naar het ziekenhuis, ik zit in een rolstoel';
    const older = run({ text, age: 70 }).results;
    expect(older[0]?.id).toBe('ag-vervoer-op-maat');
    expect(older[0]?.why).toContain('leeftijd past');
    const unknown = run({ text }).results;
    expect(unknown[0]?.id).toBe('ag-vervoer-op-maat');
  });
});
