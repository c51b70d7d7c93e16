import { describe, expect, it } from 'vitest';
import { needClause, weighNeedClause } from '../../src/search/needClause.js';

describe('needClause', () => {
  it('keeps the clause with the wish and leaves a background clause out', () => {
    expect(needClause('Ik leef van de bijstand, maar waar kan ik een goedkope fiets vinden?')).toBe(
      'maar waar kan ik een goedkope fiets vinden',
    );
    expect(needClause('Sinds de verhuizing ken ik niemand en ik zoek een koor')).toBe(
      'en ik zoek een koor',
    );
    expect(needClause('Mijn heup is kapot. Kan iemand mijn heg knippen?')).toBe(
      'kan iemand mijn heg knippen',
    );
    expect(needClause("I lost my job last spring and I'm looking for a choir")).toBe(
      "and i'm looking for a choir",
    );
  });

  it('reads a message that is all wish or all story as it is', () => {
    expect(needClause('ik zoek hulp bij koken en schoonmaken')).toBeUndefined();
    expect(needClause('De verwarming doet het al een week niet')).toBeUndefined();
    expect(needClause('waar kan ik zwemmen, is er een bad in de buurt')).toBeUndefined();
  });
});

describe('weighNeedClause', () => {
  it('gives the whole message and the wish clause half each', () => {
    const mixed = weighNeedClause(
      new Map([
        ['werk', 0.6],
        ['sport', 0.2],
      ]),
      new Map([['sport', 0.8]]),
    );
    expect(mixed.get('werk')).toBeCloseTo(0.3);
    expect(mixed.get('sport')).toBeCloseTo(0.5);
  });
});
