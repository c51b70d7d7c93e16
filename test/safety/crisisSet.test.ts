import { describe, expect, it } from 'vitest';
import { crisisKindsByUrgency } from '../../src/safety/crisisKind.js';
import { detectCrisis } from '../../src/safety/detectCrisis.js';
import { crisisSet, nearMissSet, ordinarySet } from './safetySets.js';

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

describe('the safety set', () => {
  it('is big enough and covers all three kinds', () => {
    expect(crisisSet.length).toBeGreaterThanOrEqual(80);
    expect(nearMissSet.length).toBeGreaterThanOrEqual(80);
    for (const kind of crisisKindsByUrgency) {
      expect(crisisSet.filter((c) => c.kinds.includes(kind)).length).toBeGreaterThanOrEqual(20);
    }
    const texts = [...crisisSet, ...nearMissSet, ...ordinarySet].map((c) => c.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('finds every crisis with at least its expected kinds (recall must be 100%)', () => {
    const misses = crisisSet.filter((c) => {
      const found = detectCrisis(c.text).kinds as readonly string[];
      return !c.kinds.every((kind) => found.includes(kind));
    });
    const caught = crisisSet.length - misses.length;
    console.log(
      `crisis recall: ${caught}/${crisisSet.length} = ${percent(caught, crisisSet.length)}`,
    );
    expect(misses.map((c) => c.text)).toEqual([]);
  });

  it('never puts a wrong line before the right one (only 112 may come first unasked)', () => {
    // An abused resident must not see 113 first, nor a suicidal one Veilig Thuis first. 112 ahead of
    // the expected line is allowed: in any crisis, "call 112 if in danger" is never wrong.
    const misrouted = crisisSet.filter((c) => {
      const found = detectCrisis(c.text).kinds.filter((kind) => kind !== 'danger');
      const expected = crisisKindsByUrgency.filter(
        (kind) => kind !== 'danger' && c.kinds.includes(kind),
      );
      return expected.length > 0 && found[0] !== expected[0];
    });
    expect(misrouted.map((c) => c.text)).toEqual([]);
  });

  it('raises at most 3% false alarms on near misses', () => {
    const alarms = nearMissSet.filter((c) => detectCrisis(c.text).isCrisis);
    const rate = alarms.length / nearMissSet.length;
    console.log(
      `near-miss false alarms: ${alarms.length}/${nearMissSet.length} = ${percent(alarms.length, nearMissSet.length)}`,
    );
    for (const alarm of alarms) console.log(`  false alarm: ${alarm.text} (${alarm.why})`);
    expect(rate).toBeLessThanOrEqual(0.03);
  });

  it('leaves ordinary intake questions alone', () => {
    const alarms = ordinarySet.filter((c) => detectCrisis(c.text).isCrisis);
    console.log(`ordinary-question false alarms: ${alarms.length}/${ordinarySet.length}`);
    expect(alarms.map((c) => c.text)).toEqual([]);
  });
});
