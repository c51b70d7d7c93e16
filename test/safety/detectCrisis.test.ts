import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crisisKindsByUrgency } from '../../src/safety/crisisKind.js';
import { crisisRules, detectCrisis } from '../../src/safety/detectCrisis.js';
import { crisisSet } from './safetySets.js';

const ruleIds = new Set(crisisRules.map((rule) => rule.id));

describe('detectCrisis', () => {
  it('finds nothing in an empty or blank message', () => {
    const nothing = { isCrisis: false, kinds: [], ruleIds: [], asks: [], askRuleIds: [] };
    expect(detectCrisis('')).toEqual(nothing);
    expect(detectCrisis('  \n ... ')).toEqual(nothing);
  });

  it('orders kinds by urgency: 112, then 113, then Veilig Thuis', () => {
    expect(detectCrisis('hij slaat me en ik wil niet meer leven').kinds).toEqual([
      'suicide',
      'abuse',
    ]);
    expect(detectCrisis('mijn man slaat me nu, help').kinds).toEqual(['danger', 'abuse']);
    expect(detectCrisis('ik sta op het dak en ik ga springen').kinds).toEqual([
      'danger',
      'suicide',
    ]);
  });

  it('has unique rule ids across all rule files', () => {
    expect(ruleIds.size).toBe(crisisRules.length);
  });

  it('carries no message text: only known kinds and rule ids', () => {
    const check = (text: string) => {
      const assessment = detectCrisis(text);
      // A rule that asks (docs/adr/0012-safety-net.md, tenth round) is named the same way.
      expect(Object.keys(assessment).sort()).toEqual(
        assessment.isCrisis
          ? ['isCrisis', 'kinds', 'ruleIds']
          : ['askRuleIds', 'asks', 'isCrisis', 'kinds', 'ruleIds'],
      );
      const asks = assessment.isCrisis ? [] : assessment.asks;
      const askRuleIds = assessment.isCrisis ? [] : assessment.askRuleIds;
      for (const kind of [...assessment.kinds, ...asks])
        expect(crisisKindsByUrgency).toContain(kind);
      for (const id of [...assessment.ruleIds, ...askRuleIds]) expect(ruleIds).toContain(id);
      expect(asks.length).toBe(askRuleIds.length === 0 ? 0 : asks.length);
      expect(assessment.isCrisis).toBe(assessment.kinds.length > 0);
    };
    for (const c of crisisSet) check(c.text);
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => check(text)));
    const marker = 'Xylofoonmarker42';
    expect(JSON.stringify(detectCrisis(`${marker} ik wil dood ${marker}`))).not.toContain(
      marker.toLowerCase().slice(0, 6),
    );
  });

  it('is deterministic', () => {
    for (const c of crisisSet.slice(0, 50)) {
      expect(detectCrisis(c.text)).toEqual(detectCrisis(c.text));
    }
  });

  // A hang guard, not a timing test: runaway matching would hit the test timeout. Speed itself is
  // measured by `npm run bench:safety`.
  it('answers long and repetitive input', { timeout: 30_000 }, () => {
    const inputs = [
      'ik zoek hulp bij mijn administratie en weet niet hoe het moet '.repeat(300),
      'mijn mijn mijn man man '.repeat(1000),
      'a '.repeat(10_000),
      'hij '.repeat(5000) + 'slaat',
    ];
    for (const text of inputs) {
      expect(() => detectCrisis(text)).not.toThrow();
    }
  });

  it('still finds a crisis at the end of a long message', () => {
    const text = `${'Ik heb een vraag over mijn huur en de toeslagen. '.repeat(100)}Ik wil dood.`;
    expect(detectCrisis(text).kinds).toEqual(['suicide']);
  });
});
