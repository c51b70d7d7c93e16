import { expect } from 'vitest';
import type { CrisisKind } from '../../../src/safety/crisisKind.js';
import type { CrisisRule } from '../../../src/safety/crisisRule.js';
import { compileRule } from '../../../src/safety/crisisRule.js';
import { assessWith } from '../../../src/safety/detectCrisis.js';
import { crisisSet, nearMissSet } from '../safetySets.js';

/** Each rule file compiled once: compiling per message made these tests slow under load. */
const compiledFiles = new WeakMap<readonly CrisisRule[], ReturnType<typeof compileRule>[]>();

function compiledFile(rules: readonly CrisisRule[]): ReturnType<typeof compileRule>[] {
  let compiled = compiledFiles.get(rules);
  if (!compiled) {
    compiled = rules.map(compileRule);
    compiledFiles.set(rules, compiled);
  }
  return compiled;
}

/** The rule ids of one file that fire on a message. */
export function firedIn(rules: readonly CrisisRule[], text: string): readonly string[] {
  return assessWith(compiledFile(rules), text).ruleIds;
}

/** The rule ids of one file that ask about a message (a guard for ambiguous words lowered them). */
export function askedIn(rules: readonly CrisisRule[], text: string): readonly string[] {
  const found = assessWith(compiledFile(rules), text);
  return found.isCrisis ? [] : found.askRuleIds;
}

/**
 * Checks a rule file as a whole: ids name the file's kind and are unique, patterns compile, and
 * every rule earns its place by firing on a message of the safety set or on an example given here.
 */
export function checkRuleFile(
  rules: readonly CrisisRule[],
  kind: CrisisKind,
  examples: Readonly<Record<string, string>>,
): void {
  const ids = rules.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of rules) {
    expect(rule.kind).toBe(kind);
    expect(rule.id.startsWith(`${kind}.`)).toBe(true);
    expect(rule.pattern.flags).not.toMatch(/[gy]/);
  }
  const firedOnSet = new Set(
    crisisSet.filter((c) => c.kinds.includes(kind)).flatMap((c) => firedIn(rules, c.text)),
  );
  for (const [id, text] of Object.entries(examples)) {
    expect(ids, `example for unknown rule ${id}`).toContain(id);
    expect(firedIn(rules, text), `"${text}" should fire ${id}`).toContain(id);
  }
  const idle = ids.filter((id) => !firedOnSet.has(id) && !(id in examples));
  expect(idle, 'rules that fire on nothing in the set and have no example').toEqual([]);
}

/** No rule of this file may fire on any near miss. */
export function checkNearMisses(rules: readonly CrisisRule[]): void {
  const alarms = nearMissSet
    .map((c) => ({ text: c.text, fired: firedIn(rules, c.text) }))
    .filter((c) => c.fired.length > 0);
  expect(alarms).toEqual([]);
}
