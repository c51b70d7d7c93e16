import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * Word lists of the thirty-second round's scenes narrowed after the session-16 review
 * (docs/adr/0012-safety-net.md, "Review of the session-16 merges"). Phrasings written for this
 * test, not taken from any measured set.
 */
describe('"slap" beside fumes or a stuck lift: only the Dutch word for limp', () => {
  it('reads the English verb as no sign of being unwell', () => {
    const threats = [
      'the gas heater burns orange and my uncle says he will slap her if she opens the window',
      'the lift got stuck between floors and the older boy tried to slap my little brother',
    ];
    expectNotFired('danger.fumes-unwell', threats);
    expectNotFired('danger.stuck-lift-unwell', threats);
    // The blow threatened in the household is still read, by the abuse rules.
    expect(detectCrisis(threats[0] ?? '').kinds).toContain('abuse');
  });

  it('still reads someone going limp beside fumes or in a stuck lift', () => {
    expectFired('danger.fumes-unwell', [
      'de gaskachel brandt oranje en mijn schoonmoeder hangt ineens helemaal slap in haar stoel',
    ]);
    expectFired('danger.stuck-lift-unwell', [
      'we staan al een half uur vast in de lift en mijn buurman wordt heel slap en bleek',
    ]);
  });
});
