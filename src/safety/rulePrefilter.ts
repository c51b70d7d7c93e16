import AhoCorasick from 'modern-ahocorasick';
import type { CompiledRule } from './crisisRule.js';

/**
 * A cheap first look for the crisis rules (docs/adr/0012-safety-net.md; docs/benchmarks.md,
 * "Safety check"). Each rule's pattern is read once, at start-up, for the literal strings of which
 * every match must contain at least one ("zelfmord", "zelf mord", ...); one pass over a message with
 * an Aho-Corasick automaton of all those strings (the modern-ahocorasick package) then tells which
 * rules can match at all. Only those run their regular expressions. A rule whose pattern gives no
 * such strings always runs.
 *
 * It can never change a verdict: it only skips a rule whose pattern cannot match, and the
 * reading of a pattern errs toward "no requirement" (lookarounds and anchors count as empty, any
 * construct it does not know makes the rule always run). test/safety/rulePrefilter.test.ts holds
 * it to that on every rule and the whole dev corpus.
 *
 * The reading of the patterns is hand-written because no maintained package extracts required
 * strings from JavaScript regular expressions (docs/adr/0021-crisis-rule-prefilter.md): it covers
 * the syntax the rule files use, without the `u`, `v` or `i` flags.
 */

/** What a piece of a pattern can match, as far as literals go. */
interface Info {
  /** Every string the piece can match, when that is a small finite set; null otherwise. */
  readonly exact: ReadonlySet<string> | null;
  /** Every match contains one of these strings; null when nothing is required. */
  readonly match: ReadonlySet<string> | null;
}

/** Exact sets larger than this are turned into requirements (cross products grow fast). */
const maxExact = 64;
/** A character class with more characters than this is read as "any character". */
const maxClass = 8;

const empty: Info = { exact: new Set(['']), match: null };
const anything: Info = { exact: null, match: null };

class Unsupported extends Error {}

/** The requirement an Info gives: a set of non-empty strings, or null. */
function required(info: Info): ReadonlySet<string> | null {
  const set = info.exact ?? info.match;
  if (set === null || set.size === 0) return null;
  for (const s of set) if (s === '') return null;
  return set;
}

/** The more selective of two requirements: longer shortest string, then fewer strings. */
function better(
  x: ReadonlySet<string> | null,
  y: ReadonlySet<string> | null,
): ReadonlySet<string> | null {
  if (x === null) return y;
  if (y === null) return x;
  const shortest = (set: ReadonlySet<string>) => Math.min(...[...set].map((s) => s.length));
  const [sx, sy] = [shortest(x), shortest(y)];
  if (sx !== sy) return sx > sy ? x : y;
  return x.size <= y.size ? x : y;
}

/**
 * A sequence of terms: runs of terms with exact sets are multiplied out (while small), so "foo" in
 * `[^.]{0,40}\bfoo` is read as one string and not as its letters; the sequence then requires
 * whatever its most selective run or term requires.
 */
function sequence(terms: readonly Info[]): Info {
  let run: ReadonlySet<string> = new Set(['']);
  let best: ReadonlySet<string> | null = null;
  let allExact = true;
  for (const term of terms) {
    if (term.exact !== null && run.size * term.exact.size <= maxExact) {
      const next = new Set<string>();
      for (const a of run) for (const b of term.exact) next.add(a + b);
      run = next;
      continue;
    }
    allExact = false;
    best = better(best, required({ exact: run, match: null }));
    if (term.exact !== null) {
      run = term.exact;
    } else {
      best = better(best, required(term));
      run = new Set(['']);
    }
  }
  if (allExact) return { exact: run, match: null };
  return { exact: null, match: better(best, required({ exact: run, match: null })) };
}

function alternate(x: Info, y: Info): Info {
  if (x.exact !== null && y.exact !== null && x.exact.size + y.exact.size <= maxExact) {
    return { exact: new Set([...x.exact, ...y.exact]), match: null };
  }
  const [rx, ry] = [required(x), required(y)];
  return { exact: null, match: rx === null || ry === null ? null : new Set([...rx, ...ry]) };
}

function repeat(x: Info, min: number, max: number): Info {
  if (min === 0) {
    if (max === 1 && x.exact !== null && x.exact.size < maxExact) {
      return { exact: new Set([...x.exact, '']), match: null };
    }
    return anything;
  }
  if (min === 1 && max === 1) return x;
  // At least one copy: whatever one copy requires.
  return { exact: null, match: required(x) };
}

/** A recursive-descent reader of a regular expression source (no `u` or `v` flag). */
class Reader {
  private at = 0;

  constructor(private readonly source: string) {}

  whole(): Info {
    const info = this.disjunction();
    if (this.at !== this.source.length) throw new Unsupported('trailing input');
    return info;
  }

  /** From a `{` up to and with the next `}` (empty when there is none): a quantifier or not. */
  private braces(): string {
    const close = this.source.indexOf('}', this.at);
    return close === -1 ? '' : this.source.slice(this.at, close + 1);
  }

  private peek(offset = 0): string {
    return this.source.charAt(this.at + offset);
  }

  private disjunction(): Info {
    let info = this.alternative();
    while (this.peek() === '|') {
      this.at += 1;
      info = alternate(info, this.alternative());
    }
    return info;
  }

  private alternative(): Info {
    const terms: Info[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      terms.push(this.term());
    }
    return sequence(terms);
  }

  private term(): Info {
    const ch = this.peek();
    if (ch === '^' || ch === '$') {
      this.at += 1;
      return empty;
    }
    if (ch === '\\' && (this.peek(1) === 'b' || this.peek(1) === 'B')) {
      this.at += 2;
      return empty;
    }
    if (this.source.startsWith('(?=', this.at) || this.source.startsWith('(?!', this.at)) {
      this.at += 3;
      this.group();
      return empty;
    }
    if (this.source.startsWith('(?<=', this.at) || this.source.startsWith('(?<!', this.at)) {
      this.at += 4;
      this.group();
      return empty;
    }
    const atom = this.atom();
    return this.quantified(atom);
  }

  /** The rest of a group after its opening, up to and past its `)`. */
  private group(): Info {
    const info = this.disjunction();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.at += 1;
    return info;
  }

  private atom(): Info {
    const ch = this.peek();
    if (ch === '(') {
      if (this.source.startsWith('(?:', this.at)) {
        this.at += 3;
      } else if (this.source.startsWith('(?<', this.at)) {
        const close = this.source.indexOf('>', this.at);
        if (close === -1) throw new Unsupported('group name');
        this.at = close + 1;
      } else if (this.peek(1) === '?') {
        throw new Unsupported('group kind');
      } else {
        this.at += 1;
      }
      return this.group();
    }
    if (ch === '[') return this.characterClass();
    if (ch === '.') {
      this.at += 1;
      return anything;
    }
    if (ch === '\\') return this.escape();
    if (ch === '*' || ch === '+' || ch === '?' || ch === ')' || ch === '') {
      throw new Unsupported('unexpected character');
    }
    if (ch === '{' && /^\{\d+(?:,\d*)?\}$/.test(this.braces())) {
      throw new Unsupported('quantifier without an atom');
    }
    this.at += 1;
    return { exact: new Set([ch]), match: null };
  }

  /** One escaped character outside a class: a literal or "some character". */
  private escape(): Info {
    const next = this.peek(1);
    if (next === '') throw new Unsupported('trailing backslash');
    if (/[dDwWsS]/.test(next) || /[1-9k]/.test(next)) {
      // A class of characters, or a back-reference: no literal to require.
      if (next === 'k') throw new Unsupported('named back-reference');
      this.at += 2;
      while (/[0-9]/.test(this.peek())) this.at += 1;
      return anything;
    }
    const literal = this.escapedCharacter();
    return { exact: new Set([literal]), match: null };
  }

  /** Reads an escape that stands for one character (also inside a class) and returns it. */
  private escapedCharacter(): string {
    const next = this.peek(1);
    const simple: Readonly<Record<string, string>> = {
      n: '\n',
      r: '\r',
      t: '\t',
      f: '\f',
      v: '\v',
      '0': '\0',
    };
    if (next === 'x' || next === 'u' || next === 'c') throw new Unsupported('code escape');
    this.at += 2;
    return simple[next] ?? next;
  }

  private characterClass(): Info {
    this.at += 1;
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.at += 1;
    }
    const chars = new Set<string>();
    let wide = negated;
    let previous: string | undefined;
    while (this.peek() !== ']') {
      if (this.at >= this.source.length) throw new Unsupported('unclosed class');
      let ch = this.peek();
      if (ch === '\\') {
        const next = this.peek(1);
        if (/[dDwWsS]/.test(next)) {
          wide = true;
          this.at += 2;
          previous = undefined;
          continue;
        }
        if (next === 'b') {
          this.at += 2;
          ch = '\b';
        } else {
          ch = this.escapedCharacter();
        }
      } else {
        this.at += 1;
      }
      if (ch === '-' && previous !== undefined && this.peek() !== ']') {
        // A range: previous-to.
        let to = this.peek();
        if (to === '\\') to = this.escapedCharacter();
        else this.at += 1;
        const [from, end] = [previous.charCodeAt(0), to.charCodeAt(0)];
        if (end < from) throw new Unsupported('range');
        if (end - from > maxClass) wide = true;
        else for (let code = from; code <= end; code += 1) chars.add(String.fromCharCode(code));
        previous = undefined;
        continue;
      }
      chars.add(ch);
      previous = ch;
    }
    this.at += 1;
    if (wide || chars.size === 0 || chars.size > maxClass) return anything;
    return { exact: chars, match: null };
  }

  private quantified(atom: Info): Info {
    const ch = this.peek();
    let min: number;
    let max: number;
    if (ch === '*' || ch === '+' || ch === '?') {
      this.at += 1;
      [min, max] = ch === '*' ? [0, Infinity] : ch === '+' ? [1, Infinity] : [0, 1];
    } else {
      if (ch !== '{') return atom;
      const braces = /^\{(\d+)(?:(,)(\d*))?\}$/.exec(this.braces());
      if (braces === null) return atom;
      this.at += braces[0].length;
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    }
    if (this.peek() === '?') this.at += 1;
    return repeat(atom, min, max);
  }
}

/**
 * Strings of which every match of the pattern contains at least one, or null when the pattern
 * gives none (or uses syntax or flags the reader does not handle).
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | null {
  if (/[iuvy]/.test(pattern.flags)) return null;
  try {
    const set = required(new Reader(pattern.source).whole());
    return set === null ? null : [...set].sort();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/**
 * Whether every UTF-16 code unit of `text` is a grapheme cluster of its own: ASCII without a
 * carriage return (CR LF is one cluster). A normalised message is always so (only a-z, 0-9, the
 * clause marker and spaces).
 */
function oneClusterPerCodeUnit(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7f || code === 0x0d) return false;
  }
  return true;
}

/** The package's strategy that reports every occurrence, overlapping ones included. */
const everyOccurrence = { strategy: 'all' } as const;

/**
 * Every rule's required strings in one Aho-Corasick automaton (modern-ahocorasick): one pass over
 * a text marks the rules that can match it.
 *
 * The package matches whole grapheme clusters ("dood" is not found in "dood" + a combining accent,
 * nor "ab" before a zero-width joiner), while the rules' expressions, without the `u` flag, match
 * code units and would fire there. So a text in which a cluster spans more than one code unit runs
 * every rule; in use that never happens, as the rules only ever see normalised text.
 */
export class RulePrefilter {
  private readonly matcher: AhoCorasick;
  /** The rules whose requirement each pattern of the matcher is, by pattern index. */
  private readonly rulesOfPattern: readonly (readonly number[])[];
  /** Rules without a requirement: always candidates. */
  private readonly always: number[] = [];
  private readonly marks: Uint8Array;
  /** How many rules have a requirement (for tests and the benchmark notes). */
  readonly filtered: number;

  constructor(rules: readonly CompiledRule[]) {
    this.marks = new Uint8Array(rules.length);
    const rulesOf = new Map<string, number[]>();
    let filtered = 0;
    rules.forEach((rule, index) => {
      const literals = requiredLiterals(rule.probe);
      if (literals === null) {
        this.always.push(index);
        return;
      }
      filtered += 1;
      for (const literal of literals) {
        const owners = rulesOf.get(literal) ?? [];
        if (!owners.includes(index)) owners.push(index);
        rulesOf.set(literal, owners);
      }
    });
    this.filtered = filtered;
    this.matcher = new AhoCorasick([...rulesOf.keys()]);
    this.rulesOfPattern = [...rulesOf.values()];
  }

  /**
   * Marks the rules that can match `text` and returns the marks (index = rule index, 1 = run it).
   * The array is reused by the next call: read it before assessing another text.
   */
  candidates(text: string): Uint8Array {
    const marks = this.marks;
    if (!oneClusterPerCodeUnit(text)) return marks.fill(1);
    marks.fill(0);
    for (const rule of this.always) marks[rule] = 1;
    // Every occurrence, overlapping ones included: a leftmost strategy would hide "elf" in "zelfmord".
    for (const match of this.matcher.iterate(text, everyOccurrence)) {
      for (const rule of this.rulesOfPattern[match.patternIndex] ?? []) marks[rule] = 1;
    }
    return marks;
  }
}
