import { describe, expect, it } from 'vitest';
import { rightLine } from '../../scripts/safety/rightLine.js';
import { assessSafety } from '../../src/safety/assessSafety.js';
import type {
  ConcernModel,
  ConcernScore,
  ConcernThresholds,
} from '../../src/safety/concernModel.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { detectCrisis } from '../../src/safety/detectCrisis.js';

/**
 * Session 15 (docs/adr/0012-safety-net.md, "Right lines and ordinary checks"): two causes
 * of a crisis reply without its right line. A crisis reply from the model alone with danger as
 * its strongest kind showed 112 only, where an overdose taken or someone at a height also needs
 * 113; and a suicide rule read someone else's threat to kill the writer ("hij maakt me dood", "he
 * will kill himself and me") as a death wish, so 113 came before Veilig Thuis. Phrasings written
 * for this test, not taken from any measured set.
 */

/** A model with a fixed answer, so the decision is tested on its own. */
function fixedModel(kinds: ConcernScore['kinds'], behindDanger = 0.15): ConcernModel {
  const score: ConcernScore = { crisis: 0.97, kinds, concern: 0.96, strongest: ['w:test'] };
  const thresholds: ConcernThresholds = {
    crisis: 0.9,
    check: 0.13,
    checkShort: 0.13,
    kind: 0.09,
    behindDanger,
    weakSignal: 0.06,
    carryOver: 0.7,
    firmCheck: 0.2,
    firmCheckShort: 0.4,
  };
  return { thresholds, featureCount: 0, score: () => score, scoreNormalised: () => score };
}

// Ten words no rule reads: the model alone decides.
const quiet = 'we zitten hier met zijn allen bij elkaar te wachten vanavond';

describe('a crisis reply from the model alone', () => {
  it('adds the line behind 112 when danger is its strongest kind', () => {
    expect(detectCrisis(quiet).isCrisis).toBe(false);
    const model = fixedModel({ danger: 0.93, suicide: 0.85, abuse: 0.02 });
    const result = assessSafety(quiet, { model });
    expect(result.outcome).toBe('crisis');
    expect(result.explanation.source).toBe('model');
    expect(result.kinds).toEqual(['danger', 'suicide']);
    expect(result.lines.map((line) => line.kind)).toEqual(['danger', 'suicide']);
  });

  it('adds Veilig Thuis behind 112 when abuse is the stronger of the two behind it', () => {
    const model = fixedModel({ danger: 0.9, suicide: 0.2, abuse: 0.7 });
    expect(assessSafety(quiet, { model }).kinds).toEqual(['danger', 'abuse']);
  });

  it('keeps 112 alone when no kind behind it reaches thresholds.behindDanger', () => {
    const model = fixedModel({ danger: 0.95, suicide: 0.1, abuse: 0.05 }, 0.15);
    const result = assessSafety(quiet, { model });
    expect(result.outcome).toBe('crisis');
    expect(result.kinds).toEqual(['danger']);
  });

  it('still leads with the strongest kind when danger is not the strongest', () => {
    const model = fixedModel({ danger: 0.6, suicide: 0.9, abuse: 0.05 });
    expect(assessSafety(quiet, { model }).kinds).toEqual(['danger', 'suicide']);
    const noDanger = fixedModel({ danger: 0.01, suicide: 0.9, abuse: 0.05 });
    expect(assessSafety(quiet, { model: noDanger }).kinds).toEqual(['suicide']);
  });
});

const linesRight = (text: string, needed: CrisisKind[]) => {
  const result = assessSafety(text);
  const shown = result.lines.map((line) => line.kind);
  return result.outcome !== 'none' && rightLine(result.outcome, needed, shown);
};

describe("someone else's threat to kill the writer", () => {
  const threats = [
    'mijn ex zegt dat hij ons dood maakt als ik met de kinderen verhuis, ik wil hier weg',
    'ze roept dat ze me dood maakt als ik wil weglopen naar mijn tante',
    'mijn stiefvader gaat me dood maken als ik het aan de juf vertel',
    'hij maakt ons dood zegt hij, als ik ga scheiden wil ik eerst een plek hebben',
    'my boyfriend keeps saying he will kill himself and me if I try to leave him',
    'she threatened to hurt herself and the kids if I go and stay at my sisters',
  ];

  it('is a crisis for Veilig Thuis only, not a death wish of the writer', () => {
    for (const text of threats) {
      const rules = detectCrisis(text);
      expect(rules.isCrisis, text).toBe(true);
      expect(rules.kinds, text).toEqual(['abuse']);
      expect(linesRight(text, ['abuse']), text).toBe(true);
    }
  });

  it("still reads the writer's own wish to die beside such a threat, and a threat to oneself", () => {
    expect(detectCrisis('ik wil mij dood maken, ik kan niet meer').kinds).toEqual(['suicide']);
    expect(detectCrisis('ik wil mezelf dood maken').kinds).toEqual(['suicide']);
    expect(detectCrisis('ik wil dood en hij maakt me dood als hij dit ziet').kinds).toEqual([
      'suicide',
      'abuse',
    ]);
    expect(detectCrisis('my brother says he is going to kill himself tonight').kinds).toContain(
      'suicide',
    );
    expect(detectCrisis('zij wil zichzelf dood maken, ze heeft pillen gespaard').kinds).toContain(
      'suicide',
    );
  });
});
