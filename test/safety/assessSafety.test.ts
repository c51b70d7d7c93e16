import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessSafety,
  modelCrisisMinWords,
  plausibleKinds,
} from '../../src/safety/assessSafety.js';
import type {
  ConcernModel,
  ConcernScore,
  ConcernThresholds,
} from '../../src/safety/concernModel.js';
import { noConcern, type ConcernState } from '../../src/safety/concernState.js';
import { crisisKindsByUrgency } from '../../src/safety/crisisKind.js';
import { falseAlarmClasses, husbandHitsMe, issuePhrasings, missedClasses } from './heldOut.js';
import { weakMessages } from './weakMessages.js';

const caught = (text: string) => assessSafety(text).outcome !== 'none';

/** A model with a fixed answer, to test the layering and the carry-over on their own. */
function fixedModel(
  concern: number,
  kinds: Partial<ConcernScore['kinds']> = {},
  thresholds: Partial<ConcernThresholds> = {},
): ConcernModel {
  const score: ConcernScore = {
    crisis: concern,
    kinds: { danger: 0.1, suicide: 0.6, abuse: 0.2, ...kinds },
    concern,
    strongest: ['w:test'],
  };
  return {
    thresholds: {
      crisis: 0.85,
      check: 0.2,
      checkShort: 0.3,
      kind: 0.3,
      behindDanger: 0.5,
      weakSignal: 0.06,
      carryOver: 0.7,
      // Every check firm unless a test sets the soft band.
      firmCheck: 0.2,
      firmCheckShort: 0.3,
      ...thresholds,
    },
    featureCount: 0,
    score: () => score,
    scoreNormalised: () => score,
  };
}

describe('the five phrasings of docs/adr/0012-safety-net.md', () => {
  for (const { text, kinds } of issuePhrasings) {
    it(`catches "${text}" as a crisis with the right line first`, () => {
      const assessment = assessSafety(text);
      expect(assessment.outcome).toBe('crisis');
      for (const kind of kinds) expect(assessment.kinds).toContain(kind);
      expect(assessment.lines[0]?.kind).toBe(kinds[0]);
    });
  }

  it('answers "my husband hits me" with Veilig Thuis, in English', () => {
    const assessment = assessSafety(husbandHitsMe, { language: 'nl' });
    expect(assessment.outcome).toBe('crisis');
    expect(assessment.kinds).toEqual(['abuse']);
    expect(assessment.lines.map((line) => line.id)).toEqual(['veilig-thuis', 'alarm-112']);
    expect(assessment.language).toBe('en');
  });
});

describe('the six classes the independent set missed (new phrasings)', () => {
  for (const [name, texts] of Object.entries(missedClasses)) {
    it(`catches: ${name}`, () => {
      for (const text of texts) expect(caught(text), text).toBe(true);
    });
  }

  it('sends the neighbour of a neglected child and an abused child to Veilig Thuis', () => {
    for (const text of [
      ...(missedClasses['neglected young child seen by a neighbour'] ?? []),
      ...(missedClasses['indirect child sexual abuse disclosure'] ?? []),
    ]) {
      expect(assessSafety(text).kinds, text).toContain('abuse');
    }
  });

  it('puts 112 first for an intruder while the resident hides', () => {
    for (const text of missedClasses['intruder while hiding'] ?? []) {
      expect(assessSafety(text).lines[0]?.id, text).toBe('alarm-112');
    }
  });
});

describe('the three false-alarm classes (new phrasings)', () => {
  for (const [name, texts] of Object.entries(falseAlarmClasses)) {
    it(`raises no crisis and no check: ${name}`, () => {
      for (const text of texts) expect(assessSafety(text).outcome, text).toBe('none');
    });
  }
});

describe('assessSafety', () => {
  it('lets the rules decide first, and the model only add', () => {
    // The rules fire: a crisis even when the model says nothing.
    expect(assessSafety('ik wil dood', { model: fixedModel(0) }).outcome).toBe('crisis');
    // The rules are silent: the model decides between crisis, check and none.
    const long = 'dit is een bericht van ruim acht woorden zonder regel erin';
    expect(assessSafety(long, { model: fixedModel(0.9) }).outcome).toBe('crisis');
    expect(assessSafety(long, { model: fixedModel(0.5) }).outcome).toBe('check');
    expect(assessSafety(long, { model: fixedModel(0.01) }).outcome).toBe('none');
  });

  it('gives a short message the check, not the crisis reply, when only the model is sure', () => {
    const short = 'alles is zo zwaar';
    expect(short.split(' ').length).toBeLessThan(modelCrisisMinWords);
    expect(assessSafety(short, { model: fixedModel(0.99) }).outcome).toBe('check');
    // Short messages have their own, higher bar.
    expect(assessSafety(short, { model: fixedModel(0.25) }).outcome).toBe('none');
  });

  it('makes a check soft only for a model-only signal below the firm threshold of its length', () => {
    const long = 'dit is een bericht van ruim acht woorden zonder regel erin';
    const short = 'alles is zo zwaar';
    const band = { firmCheck: 0.5, firmCheckShort: 0.6 };
    const strength = (text: string, concern: number) =>
      assessSafety(text, { model: fixedModel(concern, {}, band) }).checkStrength;
    expect(strength(long, 0.3)).toBe('soft');
    expect(strength(long, 0.5)).toBe('firm');
    expect(strength(short, 0.35)).toBe('soft');
    expect(strength(short, 0.6)).toBe('firm');
    // No check, no strength; a rule's crisis is no check at all.
    expect(strength(long, 0.1)).toBeNull();
    expect(strength('ik wil dood', 0.3)).toBeNull();
    // A check that built up over the conversation holds up the intake: firm.
    const built = assessSafety(long, {
      model: fixedModel(0.15, {}, band),
      priorConcern: { concern: [0.3, 0.5, 0.2], pendingCheck: 0 },
    });
    expect(built.explanation.source).toBe('accumulated');
    expect(built.checkStrength).toBe('firm');
  });

  it("gives the transcripts' soft and firm messages the strength they test, with the shipped model", () => {
    for (const text of [
      'ik heb schulden en slaap slecht, het voelt allemaal hopeloos en donker',
      'ik voel me de laatste tijd zo donker en leeg vanbinnen',
      'my wife drinks and shouts at the children, I feel so lost',
    ])
      expect(assessSafety(text).checkStrength, text).toBe('soft');
    expect(
      assessSafety('ik weet niet meer hoe ik verder moet met mijn leven, alles is zwaar')
        .checkStrength,
    ).toBe('firm');
  });

  it('lets only the rules give a crisis reply when cross-validation allowed the model none', () => {
    const long = 'dit is een bericht van ruim acht woorden zonder regel erin';
    const model = fixedModel(0.999, {}, { crisis: null });
    expect(assessSafety(long, { model }).outcome).toBe('check');
    expect(assessSafety('ik wil dood', { model }).outcome).toBe('crisis');
  });

  it('asks a check about every plausible kind and lists every line, those asked about first', () => {
    const long = 'dit is een bericht van ruim acht woorden zonder regel erin';
    const check = assessSafety(long, {
      model: fixedModel(0.5, { danger: 0.05, suicide: 0.6, abuse: 0.3 }),
    });
    expect(check.kinds).toEqual(['suicide', 'abuse']);
    expect(check.lines.map((line) => line.id)).toEqual([
      'zelfmoordpreventie-113',
      'veilig-thuis',
      'alarm-112',
    ]);
    // Asked about danger and abuse only, the check still lists 113, last: a kind head the model
    // reads weakly is not proof that the line is not needed.
    const withDanger = assessSafety(long, {
      model: fixedModel(0.5, { danger: 0.4, suicide: 0.01, abuse: 0.6 }),
    });
    expect(withDanger.kinds).toEqual(['danger', 'abuse']);
    expect(withDanger.lines.map((line) => line.id)).toEqual([
      'alarm-112',
      'veilig-thuis',
      'zelfmoordpreventie-113',
    ]);
    expect(plausibleKinds({ danger: 0, suicide: 0, abuse: 0 }, 0.3)).toEqual([
      'danger',
      'suicide',
      'abuse',
    ]);
  });

  it('adds the line behind a danger the rules saw, never removes one', () => {
    const model = fixedModel(0.9, { suicide: 0.9 });
    const assessment = assessSafety('er staat een man met een mes voor mijn deur', { model });
    expect(assessment.kinds).toEqual(['danger', 'suicide']);
    expect(
      assessSafety('er staat een man met een mes voor mijn deur', {
        model: fixedModel(0, { suicide: 0.1 }),
      }).kinds,
    ).toEqual(['danger']);
  });

  it('builds concern over three weak messages into a check, and forgets slowly', () => {
    // Halfway between the weak-signal floor (0.06) and the check threshold (0.2): weak, not nothing.
    const model = fixedModel(0.13);
    const text = 'een bericht van ruim acht woorden zonder enige regel erin';
    let prior: ConcernState = noConcern;
    const outcomes: string[] = [];
    for (let turn = 0; turn < 3; turn += 1) {
      const assessment = assessSafety(text, { model, priorConcern: prior });
      outcomes.push(assessment.outcome);
      prior = assessment.nextConcern;
    }
    expect(outcomes).toEqual(['none', 'none', 'check']);
    expect(
      assessSafety(text, { model: fixedModel(0.05), priorConcern: noConcern }).nextConcern,
    ).toEqual(noConcern);
  });

  it('builds up over the three weak messages of the transcript test with the shipped model', () => {
    let prior: ConcernState = noConcern;
    const outcomes: string[] = [];
    for (const text of weakMessages) {
      expect(assessSafety(text).outcome, `${text} alone`).toBe('none');
      const assessment = assessSafety(text, { priorConcern: prior });
      outcomes.push(`${assessment.outcome}:${assessment.explanation.source}`);
      prior = assessment.nextConcern;
    }
    expect(outcomes).toEqual(['none:none', 'none:none', 'check:accumulated']);
  });

  it('lets below-floor signals add nothing, so ordinary chat never builds up', () => {
    const model = fixedModel(0.05);
    let prior: ConcernState = noConcern;
    for (let turn = 0; turn < 20; turn += 1) {
      const assessment = assessSafety('een gewone vraag over de huur en de toeslag', {
        model,
        priorConcern: prior,
      });
      expect(assessment.outcome).toBe('none');
      prior = assessment.nextConcern;
    }
    expect(prior).toEqual(noConcern);
  });

  it('keeps only numbers for the next message and explains without the text', () => {
    const marker = 'Xylofoonmarker';
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const assessment = assessSafety(`${text} ${marker}`);
        expect(assessment.nextConcern.concern.every((n) => Number.isFinite(n) && n >= 0)).toBe(
          true,
        );
        expect(Number.isInteger(assessment.nextConcern.pendingCheck)).toBe(true);
        expect(JSON.stringify(assessment).toLowerCase()).not.toContain('xylofoon');
        for (const kind of assessment.kinds) expect(crisisKindsByUrgency).toContain(kind);
      }),
      { numRuns: 60 },
    );
  });

  it('names the rule or the strongest model features as its reason', () => {
    expect(assessSafety('ik wil dood').explanation.source).toBe('rules');
    expect(assessSafety('ik wil dood').explanation.ruleIds).toContain('suicide.want-dead');
    const byModel = assessSafety(missedClasses['fear of going home']?.[1] ?? '');
    expect(byModel.explanation.source).toBe('model');
    expect(byModel.explanation.strongest.length).toBeGreaterThan(0);
  });

  it('is deterministic and answers an empty message with none', () => {
    const text = missedClasses['intruder while hiding']?.[0] ?? '';
    expect(assessSafety(text)).toEqual(assessSafety(text));
    expect(assessSafety('').outcome).toBe('none');
  });

  // A hang guard, not a timing test: runaway matching on a long repeated message would run for
  // minutes and hit the test timeout. Speed itself is measured by `npm run bench:safety`.
  it('answers a long, hostile message', { timeout: 30_000 }, () => {
    const text = 'ik ben bang en moe en alleen '.repeat(4000);
    expect(['crisis', 'check', 'none']).toContain(assessSafety(text).outcome);
  });
});
