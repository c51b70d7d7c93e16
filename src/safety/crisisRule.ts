import type { CrisisKind } from './crisisKind.js';
import { clauseMarker } from './normalise.js';

/**
 * One crisis rule: readable data, reviewed by people who know the work, not by the compiler.
 *
 * `pattern` and `unless` are matched against the normalised text (src/safety/normalise.ts): lower
 * case, no accents, no apostrophes, single spaces, clauses separated by " . ". Write them in ordinary
 * spelling ("zelfmoord", "niet meer"): compiling squeezes doubled letters the same way the
 * normaliser does, so "zelfmord" and "doooood" in a message still match.
 */
export interface CrisisRule {
  /** Stable id `<kind>.<name>`: tests, reviews and the assessment name rules by it. Never reuse one. */
  readonly id: string;
  readonly kind: CrisisKind;
  readonly pattern: RegExp;
  /**
   * Co-occurrence: each of these must also match somewhere in the same clause, in any order. Broad
   * rules use it ("a household member" + "a violence word" + "a victim") to catch phrasings that no
   * fixed phrase foresaw.
   */
  readonly with?: readonly RegExp[];
  /** Near-miss guards: a match is dropped when one of these matches the same clause. Keep them narrow. */
  readonly unless?: readonly RegExp[];
  /**
   * Guards read against the whole message, for a story told over more sentences ("Jaren terug
   * deed mijn vader een poging. Hij is nu hersteld."). Only for rules that fire on a mere mention.
   */
  readonly unlessInMessage?: readonly RegExp[];
  /**
   * Guards for ambiguous words (docs/adr/0012-safety-net.md, tenth round): a match in a clause
   * with one of these (and none of `unless`) asks instead of answering. The rule gives a check,
   * with every line, never a crisis reply and never nothing: a dream, a past told without a sign it
   * is over, a what-if about someone else, a joke beside words of the writer's own now.
   */
  readonly askUnless?: readonly RegExp[];
  /**
   * Guards for ambiguous words read against the whole message (session 19, a break-in told as
   * done with no time, docs/adr/0012-safety-net.md): when one matches, a crisis the rule would give
   * becomes a check. For a story whose acute part may be told in another sentence.
   */
  readonly askUnlessInMessage?: readonly RegExp[];
}

export interface CompiledRule {
  readonly id: string;
  readonly kind: CrisisKind;
  /** The pattern without the g flag: a cheap first look, since `matchAll` clones the regex. */
  readonly probe: RegExp;
  readonly pattern: RegExp;
  readonly with: readonly RegExp[];
  readonly unless: readonly RegExp[];
  readonly unlessInMessage: readonly RegExp[];
  readonly askUnless: readonly RegExp[];
  readonly askUnlessInMessage: readonly RegExp[];
}

/**
 * Builds a pattern from pieces, so shared word lists (src/safety/rules/lexicon.ts) are written once.
 * Interpolated RegExps contribute their source; the template is read raw (no double backslashes).
 */
export function re(strings: TemplateStringsArray, ...parts: readonly RegExp[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...parts.map((part) => part.source)));
}

/**
 * Squeezes runs of the same literal letter in a regex source ("dood" → "dod"), leaving escapes
 * alone: in `\bbang` the first b is the word-boundary escape and must not merge with the second.
 */
export function collapseRegexSource(source: string): string {
  let out = '';
  let previousLiteral = '';
  for (let i = 0; i < source.length; i += 1) {
    const ch = source.charAt(i);
    if (ch === '\\') {
      out += ch + source.charAt(i + 1);
      i += 1;
      previousLiteral = '';
      continue;
    }
    if (/[a-z]/.test(ch) && ch === previousLiteral) continue;
    out += ch;
    previousLiteral = /[a-z]/.test(ch) ? ch : '';
  }
  return out;
}

function compilePattern(pattern: RegExp, global: boolean): RegExp {
  const flags = pattern.flags.replace(/[gy]/g, '') + (global ? 'g' : '');
  return new RegExp(collapseRegexSource(pattern.source), flags);
}

export function compileRule(rule: CrisisRule): CompiledRule {
  return {
    id: rule.id,
    kind: rule.kind,
    probe: compilePattern(rule.pattern, false),
    pattern: compilePattern(rule.pattern, true),
    with: (rule.with ?? []).map((part) => compilePattern(part, false)),
    unless: (rule.unless ?? []).map((guard) => compilePattern(guard, false)),
    unlessInMessage: (rule.unlessInMessage ?? []).map((guard) => compilePattern(guard, false)),
    askUnless: (rule.askUnless ?? []).map((guard) => compilePattern(guard, false)),
    askUnlessInMessage: (rule.askUnlessInMessage ?? []).map((guard) =>
      compilePattern(guard, false),
    ),
  };
}

/** The bounds of the clause of `text` around [start, end): guards look only there. */
function clauseBounds(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf(clauseMarker, start - 1) + 1;
  const to = text.indexOf(clauseMarker, Math.max(end, from));
  return [from, to === -1 ? text.length : to];
}

/**
 * What a rule says about a normalised text: `crisis` when it matches somewhere with its `with`
 * parts in that clause and no guard there; `ask` when every such match is in a clause that a guard
 * for ambiguous words (`askUnless`) lowers to a check; `none` otherwise.
 */
export type RuleVerdict = 'crisis' | 'ask' | 'none';

export function ruleVerdict(rule: CompiledRule, normalised: string): RuleVerdict {
  if (!rule.probe.test(normalised)) return 'none';
  if (rule.unlessInMessage.some((guard) => guard.test(normalised))) return 'none';
  let verdict: RuleVerdict = 'none';
  // Every match in one clause gets the same verdict (the parts and guards read only the clause and
  // carry no g flag, so a test keeps no state), so each clause is read once: a long message that
  // repeats a matched phrase thousands of times in one clause costs one guard pass, not one per match.
  let lastFrom = -1;
  let lastTo = -1;
  for (const match of normalised.matchAll(rule.pattern)) {
    const start = match.index;
    const [from, to] = clauseBounds(normalised, start, start + match[0].length);
    if (from === lastFrom && to === lastTo) continue;
    lastFrom = from;
    lastTo = to;
    const clause = normalised.slice(from, to);
    if (!rule.with.every((part) => part.test(clause))) continue;
    if (rule.unless.some((guard) => guard.test(clause))) continue;
    if (!rule.askUnless.some((guard) => guard.test(clause))) {
      return rule.askUnlessInMessage.some((guard) => guard.test(normalised)) ? 'ask' : 'crisis';
    }
    verdict = 'ask';
  }
  return verdict;
}

/** True when the rule gives a crisis reply (ruleVerdict is `crisis`). */
export function ruleFires(rule: CompiledRule, normalised: string): boolean {
  return ruleVerdict(rule, normalised) === 'crisis';
}
