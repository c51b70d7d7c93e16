import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import { gapCrises, gapNearMisses } from './plainDangersWordListsPhrasings.js';

/**
 * recall20b (docs/adr/0012-safety-net.md, session 20): the drink, child and smell lists of the
 * drunk-driver and foul-air rules read their whole class, and an abuse reply about a neighbour or a
 * stranger leads with 112.
 */
describe('the word lists recall20 left open', () => {
  it.each(gapCrises)('the rules answer "%s" with the needed lines', (text, needed) => {
    const rules = detectCrisis(text);
    expect(rules.isCrisis).toBe(true);
    for (const kind of needed) expect(rules.kinds).toContain(kind);
  });

  it.each(gapCrises)('the shipped check gives "%s" a crisis reply', (text) => {
    expect(assessSafety(text).outcome).toBe('crisis');
  });

  it.each(gapNearMisses)('no crisis reply for the near miss "%s"', (text) => {
    expect(assessSafety(text).outcome).not.toBe('crisis');
    expect(detectCrisis(text).isCrisis).toBe(false);
  });

  it('reads the three words recall20 named as missing', () => {
    expect(
      detectCrisis('opa heeft gedronken en rijdt nu weg met mijn nichtje en haar broertje')
        .isCrisis,
    ).toBe(true);
    expect(
      detectCrisis('dad is drunk and driving off with my little brother right now').isCrisis,
    ).toBe(true);
    expect(detectCrisis('the bedroom smells of chemicals and my wife feels faint').isCrisis).toBe(
      true,
    );
  });

  it('does not read "niks gedronken" or "gif gedronken" as drink', () => {
    expect(
      detectCrisis('hij heeft niks gedronken en rijdt nu met de kinderen naar oma').ruleIds,
    ).not.toContain('danger.drunk-driver-children');
  });
});

describe('112 first when a neighbour or a stranger does harm', () => {
  it('leads with danger when the doer lives outside the home', () => {
    for (const text of [
      'a stranger on the street is hitting me',
      'the lad next door shoves me against the wall and hurts me',
    ]) {
      const rules = detectCrisis(text);
      expect(rules.isCrisis, text).toBe(true);
      expect(rules.kinds[0], text).toBe('danger');
    }
  });

  it('keeps Veilig Thuis in the reply', () => {
    const rules = detectCrisis('a stranger on the street is hitting me');
    expect(rules.kinds).toContain('abuse');
  });

  it('keeps Veilig Thuis first when the neighbour is the one harmed, not the writer', () => {
    const rules = detectCrisis('het meisje van de buren heeft steeds blauwe plekken op haar armen');
    expect(rules.isCrisis).toBe(true);
    expect(rules.kinds[0]).toBe('abuse');
  });

  it('keeps the abuse order when a household member is named', () => {
    const rules = detectCrisis('mijn vader slaat me en de buren horen het');
    expect(rules.isCrisis).toBe(true);
    expect(rules.kinds[0]).toBe('abuse');
  });
});
