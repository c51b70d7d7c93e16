import { describe, expect, it } from 'vitest';
import type { Voorziening } from '../../src/knowledge/catalogue.js';
import { ageRangeOf, fitsAgeRange, leavesOutAge, lifeStageOf } from '../../src/search/ageRange.js';

/**
 * Whom an entry's age is about (ADR 0013, session 20): an entry's target groups are the people it
 * serves. The older age group beside a group that is not an age (the Wmo's "ouderen en mensen met
 * een beperking") says whom the entry fits, not whom it leaves out; the young age groups keep
 * leaving others out, whatever is named beside them.
 */
type Kenmerk = Voorziening['doelgroep']['kenmerken'][number];
const entry = (
  kenmerken: Kenmerk[],
  leeftijd?: { min?: number; max?: number },
): Pick<Voorziening, 'doelgroep'> => ({
  doelgroep: { kenmerken, ...(leeftijd === undefined ? {} : { leeftijd }) },
});

describe('age ranges read from target groups', () => {
  it('an entry for 65-plussers and people with a limitation does not leave out a person of 49', () => {
    const range = ageRangeOf(entry(['65-plussers', 'mensen-met-een-beperking']));
    expect(range).toBeDefined();
    if (range === undefined) return;
    expect(leavesOutAge(range, 49)).toBe(false);
    expect(fitsAgeRange(range, 49)).toBe(false);
    expect(fitsAgeRange(range, 80)).toBe(true);
    expect(lifeStageOf(range)).toBe('older');
  });

  it('an entry only for 65-plussers still leaves out a person of 49', () => {
    const range = ageRangeOf(entry(['65-plussers']));
    expect(range !== undefined && leavesOutAge(range, 49)).toBe(true);
  });

  it('a youth fund for families with little money still leaves out a person of 74', () => {
    const range = ageRangeOf(entry(['kinderen', 'jongeren', 'mensen-met-weinig-geld']));
    expect(range !== undefined && leavesOutAge(range, 74)).toBe(true);
  });

  it('a written age range is kept as written', () => {
    const range = ageRangeOf(entry(['65-plussers', 'laaggeletterden'], { min: 60 }));
    expect(range !== undefined && leavesOutAge(range, 45)).toBe(true);
  });

  it('an entry for all adults is for no one stage of life, so fitting it earns no age boost', () => {
    expect(lifeStageOf(ageRangeOf(entry([], { min: 18 })))).toBeUndefined();
  });
});
