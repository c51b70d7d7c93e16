import { describe, expect, it } from 'vitest';
import {
  assessSafety,
  crisisOrder,
  decideSafety,
  shippedConcernModel,
} from '../../src/safety/assessSafety.js';
import type { ConcernScore } from '../../src/safety/concernModel.js';
import { noConcern } from '../../src/safety/concernState.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import type { CrisisAssessment } from '../../src/safety/detectCrisis.js';
import { readKindCues } from '../../src/safety/kindCues.js';
import { normalise } from '../../src/safety/normalise.js';
import { NO_RULE_ANSWER } from './noRuleAnswer.js';

/**
 * Lines told only beside a rule's crisis reply, and the order of a rule's crisis reply
 * (docs/adr/0012-safety-net.md, session 24, lines24). Phrasings written for this file.
 */
const kindsOf = (lines: readonly { readonly kind: CrisisKind }[]) => lines.map((line) => line.kind);
const besideOf = (text: string) => readKindCues(normalise(text)).besideCrisis;

describe('lines told only beside a crisis', () => {
  it('reads violence by someone of the household as Veilig Thuis', () => {
    for (const text of [
      'mijn stiefvader staat in de gang te zwaaien met een bijl',
      'my stepdad is punching the door and he has a bat',
      'in het huis ernaast schopt de man zijn vriendin, ik hoor haar huilen',
      'her boyfriend is strangling her in the car park right now',
    ]) {
      expect(besideOf(text), text).toContain('abuse');
    }
  });

  it('reads an end of one’s own in other words as 113', () => {
    for (const text of [
      'hij leest al mijn berichten mee en eerlijk gezegd hoeft het voor mij allemaal niet meer',
      'ze chanteren me met filmpjes en ik kan gewoon niet meer verder',
      'de man op het dak zegt dat hij zichzelf in brand steekt',
      'my brother says he will set himself on fire in the garden',
    ]) {
      expect(besideOf(text), text).toContain('suicide');
    }
  });

  it('tells no line for a blow done to the one named, a person’s own end or plain words', () => {
    for (const text of [
      'mijn broer is met een mes gestoken bij het station',
      'mijn vriend zwaait met een mes en wil zichzelf iets aandoen',
      'ik kan niet verder met de aanvraag zonder mijn DigiD',
      'mijn moeder en ik gaan samen naar de markt',
    ]) {
      expect(besideOf(text), text).not.toContain('abuse');
    }
    expect(besideOf('mijn moeder en ik gaan samen naar de markt')).toEqual([]);
    // review24: a task held up is no end of one's own, beside a crisis it adds no 113.
    expect(
      besideOf('ik kan niet verder met het formulier, er ligt een fietser gewond op straat'),
    ).toEqual([]);
    expect(
      besideOf('ik kan niet meer verder met mijn leven, mijn ex bonkt met een hamer op het raam'),
    ).toContain('suicide');
  });

  // review24: a wave, a point or an aim without a weapon, a road crossed, an alarm raised.
  it('tells no Veilig Thuis for a relative who points, waves, crosses a road or raises the alarm', () => {
    for (const text of [
      'my dad points at his chest and suddenly cant breathe',
      'mijn moeder zwaait naar de buren en valt van de trap, ze kan haar benen niet meer bewegen',
      'mijn vader steekt de weg over en wordt geschept door een auto',
      'mijn vader slaat alarm, er is brand in de keuken',
    ]) {
      expect(besideOf(text), text).not.toContain('abuse');
    }
    for (const text of [
      'mijn vader richt zijn geweer op de buurman',
      'my husband is waving a knife at the kids',
      'mijn stiefvader steekt met een mes naar mijn moeder',
    ]) {
      expect(besideOf(text), text).toContain('abuse');
    }
  });

  it('gives a heart attack told by a pointing father 112 alone', () => {
    const reply = assessSafety('my dad points at his chest and suddenly cant breathe');
    expect(reply.outcome).toBe('crisis');
    expect(reply.kinds).not.toContain('abuse');
  });
});

describe('the order of a rule’s crisis reply', () => {
  const thresholds = shippedConcernModel().thresholds;

  it('keeps the order of urgency over the rules’ kinds and the older cues', () => {
    expect(crisisOrder(['abuse', 'suicide'], [], [])).toEqual(['suicide', 'abuse']);
    expect(crisisOrder(['abuse', 'danger', 'suicide'], [], [])).toEqual([
      'danger',
      'suicide',
      'abuse',
    ]);
  });

  it('puts a line told only beside a crisis behind the rules’ and the model’s guess last', () => {
    expect(crisisOrder(['abuse'], ['suicide'], [])).toEqual(['abuse', 'suicide']);
    expect(crisisOrder(['danger'], ['abuse'], ['suicide'])).toEqual(['danger', 'abuse', 'suicide']);
  });

  const weapon: CrisisAssessment = {
    isCrisis: true,
    kinds: ['danger'],
    ruleIds: ['danger.weapon'],
  };
  const score: ConcernScore = {
    crisis: 0.5,
    kinds: { danger: 0.3, suicide: 0.2, abuse: 0.1 },
    concern: 0.5,
    strongest: [],
  };
  const readings = { score, words: 20, language: 'nl', prior: noConcern, thresholds } as const;

  it('shows Veilig Thuis before the model’s 113 when the household is told beside a danger rule', () => {
    const result = decideSafety({ ...readings, rules: weapon, besideCrisis: ['abuse'] });
    expect(result.outcome).toBe('crisis');
    expect(kindsOf(result.lines)).toEqual(['danger', 'abuse', 'suicide']);
    // The reply the resident reads leads with the same lines.
    expect(result.kinds).toEqual(['danger', 'abuse', 'suicide']);
  });

  it('adds nothing to a check or to no crisis', () => {
    const leaning: ConcernScore = { ...score, concern: thresholds.check + 0.02 };
    const check = decideSafety({
      ...readings,
      score: leaning,
      rules: NO_RULE_ANSWER,
      besideCrisis: ['suicide'],
    });
    const plain = decideSafety({ ...readings, score: leaning, rules: NO_RULE_ANSWER });
    expect(check.outcome).toBe('check');
    expect(check.kinds).toEqual(plain.kinds);
    expect(kindsOf(check.lines)).toEqual(kindsOf(plain.lines));
    const silent: ConcernScore = { ...score, concern: 0, crisis: 0 };
    const none = decideSafety({
      ...readings,
      score: silent,
      rules: NO_RULE_ANSWER,
      besideCrisis: ['suicide', 'abuse'],
    });
    expect(none.outcome).toBe('none');
  });
});

/** Ten thousand characters and more: `unit` over and over. */
const long = (unit: string) => unit.repeat(Math.ceil(10_000 / unit.length));

describe('lines told beside a crisis in a long, hostile message', () => {
  it('reads them without a hang', () => {
    for (const unit of [
      'mijn vader ',
      'mijn ex met een ',
      'slaat de man ',
      'zichzelf in ',
      'hoeft het voor mij ',
    ]) {
      expect(Array.isArray(besideOf(long(unit)))).toBe(true);
    }
  });
});
