import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestSets } from '../../scripts/safety/assessDigest.js';
import { compileRule, ruleVerdict } from '../../src/safety/crisisRule.js';
import {
  crisisRules,
  detectCrisisNormalised,
  withSharedGuards,
} from '../../src/safety/detectCrisis.js';
import { normalise } from '../../src/safety/normalise.js';
import { RulePrefilter, requiredLiterals } from '../../src/safety/rulePrefilter.js';

const shipped = crisisRules.map(withSharedGuards).map(compileRule);
const prefilter = new RulePrefilter(shipped);

/** Every dev message (never the frozen test split nor the unseen rounds), raw and normalised. */
const devTexts = digestSets().flatMap(([, texts]) => texts.flatMap((t) => [t, normalise(t)]));

/** The rules whose probe matches and that the prefilter would skip: must always be none. */
function missed(text: string): string[] {
  const marks = prefilter.candidates(text);
  return shipped.filter((rule, i) => marks[i] === 0 && rule.probe.test(text)).map((r) => r.id);
}

describe('requiredLiterals', () => {
  it('reads the strings every match must contain', () => {
    expect(requiredLiterals(/\bzelf ?mord\b/)).toEqual(['zelf mord', 'zelfmord']);
    expect(requiredLiterals(/\b(?:a|bc)d/)).toEqual(['ad', 'bcd']);
    expect(requiredLiterals(/(?=abc)d(?<!x)/)).toEqual(['d']);
    expect(requiredLiterals(/[^.]{0,40}\bfoo\b/)).toEqual(['foo']);
    expect(requiredLiterals(/(?:ik|hij) [a-z]+ (?:slat|sloeg)/)).toEqual([' slat', ' sloeg']);
    expect(requiredLiterals(/[ab]{2,}/)).toEqual(['a', 'b']);
  });

  it('requires nothing where a match can be empty or is unknown to it', () => {
    expect(requiredLiterals(/x*y?/)).toBeNull();
    expect(requiredLiterals(/a|[^.]+/)).toBeNull();
    expect(requiredLiterals(/\w+/)).toBeNull();
    expect(requiredLiterals(/abc/i)).toBeNull();
    expect(requiredLiterals(/(?<w>ab)\k<w>/)).toBeNull();
    expect(requiredLiterals(/\x41bc/)).toBeNull();
  });
});

describe('the rule prefilter', () => {
  it('finds required strings for nearly every shipped rule (else it saves nothing)', () => {
    expect(prefilter.filtered / shipped.length).toBeGreaterThan(0.95);
  });

  // A scan, not a unit: every rule's pattern over every dev message (about 16,000 with the
  // normalised copies, more with each dev kaart), some seconds of work that a machine busy with
  // other processes can stretch past the unit tier's 10 s. Its own limit says so.
  it('never skips a rule whose pattern matches a dev message, raw or normalised', () => {
    const skipped = devTexts.flatMap((text) => missed(text));
    expect(skipped).toEqual([]);
  }, 60_000);

  it('never skips a rule whose pattern matches text made of the rules own strings', () => {
    const pieces = [
      ...new Set(shipped.flatMap((rule) => requiredLiterals(rule.probe) ?? [])),
      ' ',
      ' . ',
      'ik ',
      'niet ',
      'mer ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), {
          maxLength: 12,
        }),
        (parts) => {
          const text = parts.join('');
          expect(missed(text)).toEqual([]);
          expect(missed(normalise(text))).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('marks every rule whose string occurs, where strings overlap or one holds another', () => {
    const own = new RulePrefilter(
      [/zelfmord/, /elf/, /\bmord\b/, /pil/].map((pattern, i) =>
        compileRule({ id: `test.overlap${i}`, kind: 'suicide', pattern }),
      ),
    );
    expect([...own.candidates('ik wil zelfmord')]).toEqual([1, 1, 1, 0]);
    expect([...own.candidates('zelf')]).toEqual([0, 1, 0, 0]);
    expect([...own.candidates('pilmord')]).toEqual([0, 0, 1, 1]);
  });

  it('runs every rule on text where one character is more than one code unit', () => {
    // The automaton matches whole grapheme clusters; the rules' expressions match code units and
    // fire on "dood" before a combining accent, a zero-width joiner or a carriage return.
    for (const [i, rule] of shipped.entries()) {
      const literal = requiredLiterals(rule.probe)?.[0];
      if (literal === undefined) continue;
      for (const after of ['\u0301', '\u200d', '\r\n']) {
        expect(prefilter.candidates(`${literal}${after}`)[i], `${rule.id} ${after}`).toBe(1);
      }
    }
  });

  it('gives the corpus and rule fixtures the verdicts of all rules run one by one', () => {
    const sets = new Set(['corpus train', 'corpus dev', 'rule fixtures']);
    for (const [, texts] of digestSets().filter(([name]) => sets.has(name))) {
      for (const text of texts) {
        const normalised = normalise(text);
        const verdicts = shipped.map((rule) => ruleVerdict(rule, normalised));
        const ids = (verdict: string) =>
          shipped
            .filter((_, i) => verdicts[i] === verdict)
            .map((rule) => rule.id)
            .sort();
        const result = detectCrisisNormalised(normalised);
        expect(result.isCrisis ? result.ruleIds : [], text).toEqual(ids('crisis'));
        if (!result.isCrisis) expect(result.askRuleIds, text).toEqual(ids('ask'));
      }
    }
  });
});
