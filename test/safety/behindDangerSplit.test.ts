import { describe, expect, it } from 'vitest';
import { heldArgs, heldFrom } from '../../scripts/safety/tuneConcern.js';
import { assessSafety } from '../../src/safety/assessSafety.js';
import type {
  ConcernModel,
  ConcernScore,
  ConcernThresholds,
} from '../../src/safety/concernModel.js';
import { detectCrisis } from '../../src/safety/detectCrisis.js';

/**
 * The line behind a rule's danger, split by kind (docs/adr/0012-safety-net.md, session 18,
 * ordinary22): 113 keeps `behindDanger`, Veilig Thuis has `behindDangerAbuse` when the record
 * gives one, and a record without it reads as before (one threshold for both). Phrasings written
 * for this test, not taken from any measured set.
 */

function fixedModel(
  kinds: ConcernScore['kinds'],
  split: Pick<ConcernThresholds, 'behindDanger' | 'behindDangerAbuse'>,
): ConcernModel {
  const score: ConcernScore = { crisis: 0.5, kinds, concern: 0.5, strongest: ['w:test'] };
  const thresholds: ConcernThresholds = {
    crisis: 0.9,
    check: 0.13,
    checkShort: 0.13,
    kind: 0.09,
    weakSignal: 0.06,
    carryOver: 0.7,
    firmCheck: 0.2,
    firmCheckShort: 0.4,
    ...split,
  };
  return { thresholds, featureCount: 0, score: () => score, scoreNormalised: () => score };
}

// A rule reads danger only: someone lies still after a fall.
const danger = 'mijn buurman is van de trap gevallen en hij beweegt niet meer';

describe('the line behind a rule’s danger', () => {
  it('is read by a danger rule alone', () => {
    const rules = detectCrisis(danger);
    expect(rules.isCrisis).toBe(true);
    expect(rules.kinds).toEqual(['danger']);
  });

  it('adds Veilig Thuis only at its own threshold when the record has one', () => {
    const split = { behindDanger: 0.1, behindDangerAbuse: 0.15 };
    const under = fixedModel({ danger: 0.9, suicide: 0.02, abuse: 0.115 }, split);
    expect(assessSafety(danger, { model: under }).kinds).toEqual(['danger']);
    const over = fixedModel({ danger: 0.9, suicide: 0.02, abuse: 0.16 }, split);
    expect(assessSafety(danger, { model: over }).kinds).toEqual(['danger', 'abuse']);
  });

  it('adds 113 at behindDanger beside a held Veilig Thuis threshold', () => {
    const split = { behindDanger: 0.1, behindDangerAbuse: 0.15 };
    const model = fixedModel({ danger: 0.9, suicide: 0.12, abuse: 0.03 }, split);
    expect(assessSafety(danger, { model }).kinds).toEqual(['danger', 'suicide']);
  });

  it('names one kind, the stronger, and never falls back to the weaker', () => {
    const split = { behindDanger: 0.1, behindDangerAbuse: 0.15 };
    const model = fixedModel({ danger: 0.9, suicide: 0.11, abuse: 0.12 }, split);
    expect(assessSafety(danger, { model }).kinds).toEqual(['danger']);
  });

  it('reads a record without the split with one threshold for both, as before', () => {
    const old = { behindDanger: 0.1 };
    const abuse = fixedModel({ danger: 0.9, suicide: 0.02, abuse: 0.115 }, old);
    expect(assessSafety(danger, { model: abuse }).kinds).toEqual(['danger', 'abuse']);
    const none = fixedModel({ danger: 0.9, suicide: 0.05, abuse: 0.09 }, old);
    expect(assessSafety(danger, { model: none }).kinds).toEqual(['danger']);
  });

  it('is held by the tuner option and passed back as given', () => {
    const argv = [
      '--hold-setting',
      '0.001/2/1/0.25/10',
      '--check-at-most',
      '0.12/0.13',
      '--hold-thresholds',
      'kind=0.09,behindDangerAbuse=0.15',
    ];
    const held = heldFrom(argv);
    expect(held?.thresholds).toEqual({ kind: 0.09, behindDangerAbuse: 0.15 });
    expect(heldArgs(held)).toEqual(argv);
  });
});
