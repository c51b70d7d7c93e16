import { describe, expect, it } from 'vitest';
import { ageFitsCase, impliedAgeFitsCase } from '../../bench/benchSupport.js';

/**
 * The bench's age check (ADR 0013, amendment session 24, "whose age counts when a child is
 * named"): an entry outside the case's age is a fault unless a child the question's own words
 * name is of the entry's ages. It must still flag a person's own age excluded. Phrasings written
 * for this test.
 */
const entry = (min?: number, max?: number) => ({
  doelgroep: {
    kenmerken: [],
    ...(min === undefined && max === undefined
      ? {}
      : {
          leeftijd: {
            ...(min === undefined ? {} : { min }),
            ...(max === undefined ? {} : { max }),
          },
        }),
  },
});

describe("a person's own age excluded is still flagged", () => {
  it('flags a youth club for a 72-year-old who asks for sport for herself', () => {
    expect(
      ageFitsCase(entry(12, 23), {
        text: 'ik ben 72 en wil op de fiets de polder in met anderen',
        age: 72,
      }),
    ).toBe(false);
  });

  it("flags a toddlers' reading hour for a 34-year-old who asks for himself", () => {
    expect(
      ageFitsCase(entry(0, 4), { text: 'zelf wil ik mijn spelling bijwerken, ik ben 34', age: 34 }),
    ).toBe(false);
  });

  it('flags youth help for a 58-year-old whose grown children are named without an age', () => {
    expect(
      ageFitsCase(entry(12, 23), {
        text: 'mijn kinderen zijn het huis uit en ik zoek een club om te sporten',
        age: 58,
      }),
    ).toBe(false);
  });

  it('flags help for adults for a 15-year-old', () => {
    expect(
      ageFitsCase(entry(18), {
        text: 'ik ben 15 en wil na de zomer vakken vullen bij de super',
        age: 15,
      }),
    ).toBe(false);
  });

  it("flags an entry that fits neither the parent nor the child's stated age", () => {
    expect(ageFitsCase(entry(12, 23), { text: 'mijn dochter van 9 wil op voetbal', age: 38 })).toBe(
      false,
    );
    expect(
      ageFitsCase(entry(4, 17), {
        text: 'straks komt de baby en de kast met rompertjes is nog leeg',
        age: 24,
      }),
    ).toBe(false);
  });
});

describe('the age of a child the question names counts', () => {
  it('lets baby things through for a young parent of a baby on the way', () => {
    expect(
      ageFitsCase(entry(0, 1), {
        text: 'straks komt de baby en de kast met rompertjes is nog leeg',
        age: 24,
      }),
    ).toBe(true);
  });

  it("lets a children's fund through for a parent naming the child's age", () => {
    expect(ageFitsCase(entry(4, 17), { text: 'mijn dochter van 9 wil op voetbal', age: 38 })).toBe(
      true,
    );
  });

  it('lets every entry through without a range or without an age', () => {
    expect(
      ageFitsCase(entry(), {
        text: 'ik ben 72 en wil op de fiets de polder in met anderen',
        age: 72,
      }),
    ).toBe(true);
    expect(
      ageFitsCase(entry(12, 23), { text: 'zaterdags zwemmen met anderen lijkt me leuk' }),
    ).toBe(true);
  });
});

describe('a child named in passing opens nothing (session 24, forwhom24b)', () => {
  it('flags a youth entry for a 71-year-old asking for herself who tells of a grandson of 8', () => {
    expect(
      ageFitsCase(entry(4, 17), {
        text: 'ik ben 71 en wil graag wat fitter worden, mijn kleinzoon van 8 zit op hockey',
        age: 71,
      }),
    ).toBe(false);
  });

  it('flags a youth entry for a 45-year-old who wants to run himself, his daughter of 11 runs', () => {
    expect(
      ageFitsCase(entry(4, 17), {
        text: 'ik ben 45 en zoek een club om zelf te gaan hardlopen, mijn dochter van 11 zit al op atletiek',
        age: 45,
      }),
    ).toBe(false);
  });

  it('flags a youth entry for a grandmother who likes what her granddaughter of 6 does', () => {
    expect(
      ageFitsCase(entry(4, 17), {
        text: 'mijn kleindochter van 6 zit op dansles en dat lijkt me voor mezelf ook leuk, ik ben 67',
        age: 67,
      }),
    ).toBe(false);
  });

  it('still lets through what the parent asks for the child', () => {
    expect(
      ageFitsCase(entry(4, 17), {
        text: 'ik zoek een zwemclub voor mijn zoon van 8, ik ben 41',
        age: 41,
      }),
    ).toBe(true);
    expect(
      ageFitsCase(entry(4, 17), {
        text: 'ik ben 39 en mijn dochter van 10 wil graag op hockey maar het is te duur',
        age: 39,
      }),
    ).toBe(true);
  });
});

describe('ages implied by target groups (impliedAgeFitsCase, session 24, lead)', () => {
  type Groups = Parameters<typeof impliedAgeFitsCase>[0]['doelgroep']['kenmerken'];
  const grouped = (...kenmerken: Groups) => ({ doelgroep: { kenmerken } });

  it("flags a children's fund without its own range for a grandmother who asks for herself", () => {
    expect(
      impliedAgeFitsCase(grouped('kinderen'), {
        text: 'ik ben 74 en zoek een zwemclub voor mezelf, mijn kleinzoon van 9 zwemt ook',
        age: 74,
      }),
    ).toBe(false);
    expect(
      impliedAgeFitsCase(grouped('jongeren'), { text: 'ik wil weer gaan dansen', age: 61 }),
    ).toBe(false);
  });

  it('lets a group-implied entry fit its own ages and a child the help is for', () => {
    expect(impliedAgeFitsCase(grouped('jongeren'), { text: 'ik zoek een bijbaan', age: 16 })).toBe(
      true,
    );
    expect(
      impliedAgeFitsCase(grouped('kinderen'), {
        text: 'voor mijn dochter van 6 zoek ik een zwemclub, ik ben 38',
        age: 38,
      }),
    ).toBe(true);
  });

  it('leaves entries with their own range, parents beside children and groups beside age to the other checks', () => {
    expect(impliedAgeFitsCase(entry(12, 23), { text: 'ik ben 72', age: 72 })).toBe(true);
    expect(impliedAgeFitsCase(grouped('kinderen', 'ouders'), { text: 'ik ben 40', age: 40 })).toBe(
      true,
    );
    expect(
      impliedAgeFitsCase(grouped('65-plussers', 'mensen-met-een-beperking'), {
        text: 'ik ben 49 en gebruik een rolstoel',
        age: 49,
      }),
    ).toBe(true);
    expect(impliedAgeFitsCase(grouped('65-plussers'), { text: 'hallo' })).toBe(true);
  });
});
