import { describe, expect, it } from 'vitest';
import { collapseRegexSource, compileRule, re, ruleFires } from '../../src/safety/crisisRule.js';
import { normalise } from '../../src/safety/normalise.js';

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
