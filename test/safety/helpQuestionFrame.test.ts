import { describe, expect, it } from 'vitest';
import { decideSafety, shippedConcernModel } from '../../src/safety/assessSafety.js';
import type { ConcernScore } from '../../src/safety/concernModel.js';
import { noConcern } from '../../src/safety/concernState.js';
import type { CrisisAssessment } from '../../src/safety/detectCrisis.js';
import { helpQuestionForm } from '../../src/safety/helpQuestionFrame.js';
import { normalise } from '../../src/safety/normalise.js';
import { NO_RULE_ANSWER } from './noRuleAnswer.js';

/**
 * The help-question frame (docs/adr/0012-safety-net.md, session 21, checks21): requests for a
 * service or information it must read, and crises told in a request's form that a veto must keep.
 * Phrasings written for this file.
 */

const requests: readonly [string, string][] = [
  ['waar kan ik terecht met vragen over de zorg voor mijn moeder', 'where'],
  ['is er in de wijk een groep voor ouders van pubers', 'is-there'],
  ['mijn vader is slecht ter been, kan iemand hem helpen met de tuin', 'who-can'],
  ['we hebben ruzie met de buren over de schutting, wat kunnen we doen', 'what-can'],
  ['hoe kom ik aan een tweedehands fiets voor mijn dochter', 'how'],
  ['ik zoek een koor waar ik op donderdag kan zingen', 'looking-for'],
  ['i am looking for a knitting club for beginners', 'looking-for'],
  ['where can i find someone to explain the forms from the council', 'where'],
];

const crisesAsRequests = [
  'waar kan ik terecht, ik wil dood',
  'is er iemand die nu kan komen, mijn vrouw ademt niet',
  'kan iemand helpen, mijn man slaat de kinderen',
  'waar kan ik vannacht slapen, hij staat met een mes voor de deur',
  'hoe kom ik aan genoeg pillen om niet meer wakker te worden',
  'is there someone who can come, my son took all his pills',
  'where can i go tonight, he hits me when he drinks',
  'wat kan ik doen, ik sta op de brug',
];

describe('helpQuestionForm', () => {
  it.each(requests)('reads a request: %s', (text, form) => {
    expect(helpQuestionForm(normalise(text))).toBe(form);
  });

  it.each(crisesAsRequests)('a veto keeps a crisis told as a request: %s', (text) => {
    expect(helpQuestionForm(normalise(text))).toBeUndefined();
  });

  it('reads no form in a plain statement of a situation', () => {
    expect(
      helpQuestionForm(normalise('mijn moeder vergeet steeds vaker waar ze haar sleutels legt')),
    ).toBeUndefined();
  });
});

describe('where the frame sits in decideSafety', () => {
  const thresholds = shippedConcernModel().thresholds;
  const silent = NO_RULE_ANSWER;
  const scored = (concern: number): ConcernScore => ({
    crisis: concern,
    kinds: { danger: 0.02, suicide: concern, abuse: 0.02 },
    concern,
    strongest: [],
  });
  const soft = (thresholds.check + thresholds.firmCheck) / 2;
  const base = {
    rules: silent,
    words: 12,
    language: 'nl' as const,
    prior: noConcern,
    thresholds,
    helpForm: 'where',
  };

  it('turns a soft model check into none, says why, and keeps the concern it adds', () => {
    const framed = decideSafety({ ...base, score: scored(soft) });
    expect(framed.outcome).toBe('none');
    expect(framed.explanation.helpFrame).toBe('where');
    expect(framed.nextConcern.concern.some((value) => value > 0)).toBe(true);
    const { helpForm: _dropped, ...unframed } = base;
    expect(decideSafety({ ...unframed, score: scored(soft) }).outcome).toBe('check');
  });

  it('keeps a firm check, a model crisis and a rule’s reply or question', () => {
    expect(decideSafety({ ...base, score: scored(thresholds.firmCheck) }).checkStrength).toBe(
      'firm',
    );
    expect(decideSafety({ ...base, score: scored(0.99) }).outcome).toBe('crisis');
    const asking: CrisisAssessment = { ...silent, asks: ['suicide'], askRuleIds: ['a.rule'] };
    expect(decideSafety({ ...base, rules: asking, score: scored(soft) }).outcome).toBe('check');
    const crisis: CrisisAssessment = {
      ...silent,
      isCrisis: true,
      kinds: ['suicide'],
      ruleIds: ['r'],
    };
    expect(decideSafety({ ...base, rules: crisis, score: scored(soft) }).outcome).toBe('crisis');
  });

  it('keeps the check when the conversation carried concern in', () => {
    const prior = { concern: [0, 0.2, 0] as [number, number, number], pendingCheck: 0 };
    expect(decideSafety({ ...base, prior, score: scored(soft) }).outcome).toBe('check');
  });
});
