import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collapseRegexSource,
  compileRule,
  re,
  ruleFires,
  ruleVerdict,
  type CompiledRule,
  type RuleVerdict,
} from '../../src/safety/crisisRule.js';
import { clauseMarker, normalise } from '../../src/safety/normalise.js';

describe('crisis rule mechanics', () => {
  it('squeezes doubled letters in a pattern but never touches escapes', () => {
    expect(collapseRegexSource(String.raw`\bzelfmoord\b`)).toBe(String.raw`\bzelfmord\b`);
    // \b followed by b: the escape must survive, the literal b must stay.
    expect(collapseRegexSource(String.raw`\bbang`)).toBe(String.raw`\bbang`);
    expect(collapseRegexSource(String.raw`\s+\s(?:meer|veel){0,2}`)).toBe(
      String.raw`\s+\s(?:mer|vel){0,2}`,
    );
  });

  it('builds a pattern from pieces', () => {
    const people = /(?:man|vrouw)/;
    expect(re`\b${people} slaat\b`.source).toBe(String.raw`\b(?:man|vrouw) slaat\b`);
  });

  it('matches text with spelling mistakes when the pattern is written normally', () => {
    const rule = compileRule({ id: 'suicide.t', kind: 'suicide', pattern: /\bzelfmoord\b/ });
    expect(ruleFires(rule, normalise('zelfmord'))).toBe(true);
    expect(ruleFires(rule, normalise('ZELFMOOOORD'))).toBe(true);
    expect(ruleFires(rule, normalise('zelfstandig'))).toBe(false);
  });

  it('needs every "with" part in the same clause, in any order', () => {
    const rule = compileRule({
      id: 'abuse.t',
      kind: 'abuse',
      pattern: /\bslaat\b/,
      with: [/\bhij\b/, /\bmij\b/],
    });
    expect(ruleFires(rule, normalise('mij slaat hij'))).toBe(true);
    expect(ruleFires(rule, normalise('hij slaat. mij niet'))).toBe(false);
  });

  it('checks a guard only in the clause of the match', () => {
    const rule = compileRule({
      id: 'suicide.t',
      kind: 'suicide',
      pattern: /\bdood\b/,
      unless: [/\bkat\b/],
    });
    expect(ruleFires(rule, normalise('mijn kat is dood'))).toBe(false);
    expect(ruleFires(rule, normalise('mijn kat is weg. ik wil dood'))).toBe(true);
  });

  it('drops the global and sticky flags a rule author might add', () => {
    const rule = compileRule({ id: 'danger.t', kind: 'danger', pattern: /\bbrand\b/gy });
    expect(rule.pattern.flags).toBe('g');
    expect(ruleFires(rule, 'help . er is brand')).toBe(true);
    expect(ruleFires(rule, 'help . er is brand')).toBe(true);
  });
});

/**
 * The verdict read match by match, every match's clause read in full: the definition ruleVerdict
 * must keep while it reads a clause once for all its matches (docs/adr/0012-safety-net.md,
 * fourteenth round).
 */
function verdictMatchByMatch(rule: CompiledRule, normalised: string): RuleVerdict {
  if (!rule.probe.test(normalised)) return 'none';
  if (rule.unlessInMessage.some((guard) => guard.test(normalised))) return 'none';
  let verdict: RuleVerdict = 'none';
  for (const match of normalised.matchAll(rule.pattern)) {
    const from = normalised.lastIndexOf(clauseMarker, match.index - 1) + 1;
    const end = normalised.indexOf(clauseMarker, Math.max(match.index + match[0].length, from));
    const clause = normalised.slice(from, end === -1 ? normalised.length : end);
    if (!rule.with.every((part) => part.test(clause))) continue;
    if (rule.unless.some((guard) => guard.test(clause))) continue;
    if (!rule.askUnless.some((guard) => guard.test(clause))) return 'crisis';
    verdict = 'ask';
  }
  return verdict;
}

describe('a rule reads each clause once', () => {
  const rule = compileRule({
    id: 'abuse.t',
    kind: 'abuse',
    pattern: /\b(?:slaat|schopt)(?: (?:mij|me))?\b/,
    with: [/\b(?:hij|zij)\b/],
    unless: [/\bfilm\b/],
    askUnless: [/\bdroom\b/],
  });
  const words = ['slaat', 'schopt', 'mij', 'me', 'hij', 'zij', 'film', 'droom', 'en', 'ik', '.'];

  it('gives the verdict of reading every match on its own, however often a phrase repeats', () => {
    // Phrases of the rule's words, each once or repeated up to 30 times, in one clause or several.
    const phrase = fc.array(fc.constantFrom(...words), { maxLength: 6 });
    const repeats = fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 30 }));
    const message = fc
      .array(fc.tuple(phrase, repeats), { maxLength: 6 })
      .map((parts) =>
        parts
          .flatMap(([phraseWords, times]) =>
            Array.from({ length: times }, () => phraseWords.join(' ')),
          )
          .join(' '),
      );
    fc.assert(
      fc.property(message, (text) => {
        const normalised = normalise(text);
        expect(ruleVerdict(rule, normalised)).toBe(verdictMatchByMatch(rule, normalised));
      }),
      { numRuns: 500, seed: 20261203 },
    );
  });

  it('answers a crisis in a later clause after hundreds of guarded matches in one clause', () => {
    const guarded = 'in de film slaat hij mij '.repeat(500);
    expect(ruleVerdict(rule, normalise(`${guarded}. hij slaat mij echt`))).toBe('crisis');
    expect(ruleVerdict(rule, normalise(`${guarded}. in een droom slaat hij mij`))).toBe('ask');
    expect(ruleVerdict(rule, normalise(guarded))).toBe('none');
  });
});
