import { describe, expect, it } from 'vitest';
import { conceptMaskOfWord, conceptNames } from '../../src/safety/concernConcepts.js';
import { collapseRegexSource } from '../../src/safety/crisisRule.js';
import { crisisRules, detectCrisis } from '../../src/safety/detectCrisis.js';
import { keepsCheck } from '../../src/safety/everydayGate.js';
import { keptWholeWords, normalise } from '../../src/safety/normalise.js';

/**
 * The uncle and the preposition (docs/adr/0012-safety-net.md, session 20, ordinary20): squeezed,
 * "oom" was "om", so every list naming the uncle read a relative in "hoe ga ik om met ...". Each
 * reader of the household words is held here to the uncle alone.
 */

const household = 1 << conceptNames.indexOf('household');

describe('words the squeeze keeps whole', () => {
  it('gives the concern model a relative for the uncle and none for "om"', () => {
    expect(conceptMaskOfWord('oom') & household).not.toBe(0);
    expect(conceptMaskOfWord('om') & household).toBe(0);
  });

  it('lets the everyday gates keep a check for the uncle, not for every "om"', () => {
    expect(keepsCheck(normalise('de schimmel komt om de paar weken terug'))).toBe(false);
    expect(keepsCheck(normalise('bij mijn oom zit schimmel op de muur'))).toBe(true);
  });

  it('is written whole in every rule pattern that names it, never glued to other letters', () => {
    for (const rule of crisisRules) {
      const sources = [rule.pattern, ...(rule.with ?? []), ...(rule.unless ?? [])].map(
        (pattern) => pattern.source,
      );
      for (const source of sources) {
        for (const word of keptWholeWords) {
          // A kept word with a letter written right after it ("ooms?") would be squeezed and so
          // read the other word again.
          expect(source).not.toMatch(new RegExp(`(?<![a-z])${word}[a-z]`));
          if (new RegExp(`(?<![a-z])${word}(?![a-z])`).test(source)) {
            expect(collapseRegexSource(source)).toMatch(new RegExp(`(?<![a-z])${word}(?![a-z])`));
          }
        }
      }
    }
  });

  it('answers an uncle who hurts a child as before', () => {
    const told = detectCrisis('mijn oom doet me pijn');
    expect(told.isCrisis).toBe(true);
    expect(told.ruleIds).toContain('abuse.does-pain');
  });
});
