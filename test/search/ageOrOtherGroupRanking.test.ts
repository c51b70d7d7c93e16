import { beforeAll, describe, expect, it } from 'vitest';
import { andereGroepSearch, type AndereGroepSearch } from './andereGroepSearch.js';

/**
 * An entry let in through its other group (ADR 0013, amendment session 22, "an age group or
 * another group, let in without the group's words"): a resident of another age whose own words
 * show the entry's other group gets it, as a neutral fit, and the words that show the group do not
 * also lift it above the help the rest of the question asks for. Over
 * test/fixtures/kaart-andere-groep; phrasings written for this test.
 */
let searchKaart: AndereGroepSearch;

beforeAll(async () => {
  searchKaart = await andereGroepSearch();
});

const run: AndereGroepSearch['run'] = (query) => searchKaart.run(query);
const ids: AndereGroepSearch['ids'] = (query) => searchKaart.ids(query);

describe('help for 65-plussers and people who find reading hard', () => {
  it('admits a 30-year-old who says they are laaggeletterd', () => {
    const result = run({
      text: 'ik ben 30 en laaggeletterd, wie zit naast me als ik met DigiD moet inloggen',
      age: 30,
    });
    expect(result.results[0]?.id).toBe('ag-digid-hulp');
    expect(result.results[0]?.why).toContain('andere leeftijd, hoort bij de doelgroep');
    expect(result.results[0]?.why).not.toContain('leeftijd past');
  });

  it('admits a 30-year-old who says they cannot read well, in their own words', () => {
    expect(
      ids({ text: 'ik kan niet goed lezen en snap niks van dat DigiD inloggen', age: 30 }),
    ).toContain('ag-digid-hulp');
  });

  it('keeps a 40-year-old who names no such group out', () => {
    expect(ids({ text: 'ik ben 40, wie helpt mij met inloggen met DigiD', age: 40 })).not.toContain(
      'ag-digid-hulp',
    );
    expect(
      ids({ text: 'ik ben 40 en heb geen beperking, wie helpt mij met DigiD', age: 40 }),
    ).not.toContain('ag-digid-hulp');
  });
});

describe('help for young people and seniors', () => {
  it('gives a 70-year-old the meal for young and old as a fit for their age', () => {
    const result = run({
      text: 'ik ben 70 en eet elke avond alleen, ik wil graag samen met anderen eten',
      age: 70,
    });
    const hit = result.results.find((found) => found.id === 'ag-jong-en-oud');
    expect(hit?.why).toContain('leeftijd past');
  });
});

describe('the words that show the group do not carry the entry they open', () => {
  it('puts the adapted sport above the transport a young wheelchair user is now let into', () => {
    const found = ids({
      text: 'onze zoon van 14 rijdt in een rolstoel en wil een potje voetballen',
      age: 14,
    });
    const sport = found.indexOf('ag-sporten-met-beperking');
    const transport = found.indexOf('ag-vervoer-op-maat');
    expect(sport).toBeGreaterThanOrEqual(0);
    expect(transport === -1 || transport > sport).toBe(true);
  });

  it('still puts the transport first when the question is about transport', () => {
    expect(
      ids({
        text: 'ik ben 35, rolstoelgebruiker, en zoek een busje dat me van de voordeur naar de huisarts brengt',
        age: 35,
      })[0],
    ).toBe('ag-vervoer-op-maat');
  });
});
