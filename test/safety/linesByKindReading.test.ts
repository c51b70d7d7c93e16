import { describe, expect, it } from 'vitest';
import {
  assessSafety,
  checkLinesFor,
  decideSafety,
  shippedConcernModel,
} from '../../src/safety/assessSafety.js';
import type { ConcernScore } from '../../src/safety/concernModel.js';
import { noConcern } from '../../src/safety/concernState.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import type { CrisisAssessment } from '../../src/safety/detectCrisis.js';
import { tellsFarewell } from '../../src/safety/kindCues.js';
import { normalise } from '../../src/safety/normalise.js';
import { NO_RULE_ANSWER } from './noRuleAnswer.js';

/**
 * Which lines a caught crisis gets (docs/adr/0012-safety-net.md, session 18): a check lists its
 * lines after 112 in the order the kind reading gives, and a farewell beside a rule's crisis makes
 * 113 one of its lines. Phrasings written for this file, in new voices.
 */
const kindsOf = (lines: readonly { readonly kind: CrisisKind }[]) => lines.map((line) => line.kind);

describe('a check’s lines in the order of the kind reading', () => {
  it('lists Veilig Thuis before 113 when the model reads abuse more strongly', () => {
    const reading = { danger: 0.02, suicide: 0.12, abuse: 0.48 };
    expect(kindsOf(checkLinesFor(['suicide', 'abuse'], reading))).toEqual([
      'abuse',
      'suicide',
      'danger',
    ]);
    // 112 stays first when danger is asked about; the others follow the reading.
    expect(kindsOf(checkLinesFor(['danger', 'suicide', 'abuse'], reading))).toEqual([
      'danger',
      'abuse',
      'suicide',
    ]);
    // The lines not asked about follow the reading too.
    expect(kindsOf(checkLinesFor(['danger'], reading))).toEqual(['danger', 'abuse', 'suicide']);
  });

  it('keeps the order of urgency without a reading or on a tie', () => {
    expect(kindsOf(checkLinesFor(['suicide', 'abuse']))).toEqual(['suicide', 'abuse', 'danger']);
    const tie = { danger: 0, suicide: 0.2, abuse: 0.2 };
    expect(kindsOf(checkLinesFor(['suicide', 'abuse'], tie))).toEqual([
      'suicide',
      'abuse',
      'danger',
    ]);
  });

  it('orders a model check by the heads, and its kinds stay most urgent first', () => {
    const thresholds = shippedConcernModel().thresholds;
    const silent = NO_RULE_ANSWER;
    const score: ConcernScore = {
      crisis: 0.3,
      kinds: { danger: 0.03, suicide: 0.14, abuse: 0.61 },
      concern: thresholds.check + 0.05,
      strongest: [],
    };
    const result = decideSafety({
      rules: silent,
      score,
      words: 14,
      language: 'nl',
      prior: noConcern,
      thresholds,
    });
    expect(result.outcome).toBe('check');
    expect(result.kinds).toEqual(['suicide', 'abuse']);
    expect(kindsOf(result.lines)).toEqual(['abuse', 'suicide', 'danger']);
  });
});

describe('a farewell beside a rule’s crisis', () => {
  it('reads a farewell letter or one’s own last evening, in Dutch and English', () => {
    for (const text of [
      'in zijn jaszak zat een afscheidsbriefje voor zijn dochter',
      'ze heeft afscheidsberichten naar haar vriendinnen gestuurd',
      'hij zei aan de telefoon dat het zijn laatste avond was',
      'vanavond is mn laatste nacht, dat weet ik zeker',
      'she put a suicide note on the fridge',
      'he texted a goodbye message to his sister',
      'this is my final evening on earth',
    ]) {
      expect(tellsFarewell(normalise(text)), text).toBe(true);
    }
  });

  it('does not read a farewell party, a last time or a last day at work', () => {
    for (const text of [
      'we geven een afscheidsfeest voor de juf',
      'de laatste keer dat ik hem zag was hij vrolijk',
      'my last day at the office is friday',
      'a farewell card for my colleague',
    ]) {
      expect(tellsFarewell(normalise(text)), text).toBe(false);
    }
  });

  it('adds 113 to a blow a rule answers, and it leads the reply', () => {
    const result = assessSafety(
      'my dad keeps hitting me and i have a goodbye letter ready in my bag',
    );
    expect(result.outcome).toBe('crisis');
    expect(kindsOf(result.lines)).toEqual(['suicide', 'abuse', 'danger']);
  });

  it('makes 113 the line behind 112 where a danger rule answers, whatever the model reads behind it', () => {
    const thresholds = shippedConcernModel().thresholds;
    const weapon: CrisisAssessment = {
      isCrisis: true,
      kinds: ['danger'],
      ruleIds: ['danger.weapon'],
    };
    // The model reads abuse behind the danger (a household word, a threat word).
    const score: ConcernScore = {
      crisis: 0.6,
      kinds: { danger: 0.07, suicide: 0.16, abuse: 0.43 },
      concern: 0.69,
      strongest: [],
    };
    const readings = {
      rules: weapon,
      score,
      words: 20,
      language: 'nl',
      prior: noConcern,
      thresholds,
    } as const;
    expect(kindsOf(decideSafety(readings).lines)).toEqual(['danger', 'abuse']);
    expect(kindsOf(decideSafety({ ...readings, farewell: true }).lines)).toEqual([
      'danger',
      'suicide',
    ]);
  });

  it('never makes a crisis of a farewell alone', () => {
    const result = assessSafety('ik schrijf een afscheidsbrief aan mijn oude school voor de krant');
    expect(result.outcome).not.toBe('crisis');
  });
});
