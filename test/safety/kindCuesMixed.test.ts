import { describe, expect, it } from 'vitest';
import { decideSafety, shippedConcernModel } from '../../src/safety/assessSafety.js';
import type { ConcernScore } from '../../src/safety/concernModel.js';
import { noConcern } from '../../src/safety/concernState.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import type { CrisisAssessment } from '../../src/safety/detectCrisis.js';
import { kindCues } from '../../src/safety/kindCues.js';
import { normalise } from '../../src/safety/normalise.js';
import { NO_RULE_ANSWER } from './noRuleAnswer.js';

/**
 * Lines for crises of more than one kind (docs/adr/0012-safety-net.md, session 21, lines21): words
 * that tell a line beside a caught crisis add it, and a check lists it first after 112. Phrasings
 * written for this file, in new voices.
 */
const kindsOf = (lines: readonly { readonly kind: CrisisKind }[]) => lines.map((line) => line.kind);
const cuesOf = (text: string) => kindCues(normalise(text));

describe('words that tell a line', () => {
  it('reads an end of the doer’s own beside harm to others or beside abuse as 113', () => {
    for (const text of [
      'hij schreeuwt dat hij eerst zijn ouders en daarna zichzelf neersteekt',
      'she says she will drown the twins and then herself',
      'my uncle wants to blow up the garage with himself inside',
      'mijn oma spaart tabletten om er een eind aan te maken sinds haar zoon haar slaat',
      'ze zegt dat ze het vanavond gaat doen en ze heeft de pillen al klaar liggen',
      'mijn vader heeft een volle doos slaapmiddel leeggemaakt en reageert nauwelijks',
    ]) {
      expect(cuesOf(text), text).toContain('suicide');
    }
  });

  it('reads others taken along in a death and violence at home as Veilig Thuis', () => {
    for (const text of [
      'mijn schoonzus zei dat de kleintjes en zij vannacht dood moeten',
      'he says he and the kids will be in heaven by morning',
      'ik word thuis mishandeld en ik kan niet meer',
      'me ex beukt met een bijl op het raam van de keuken',
    ]) {
      expect(cuesOf(text), text).toContain('abuse');
    }
  });

  it('tells no line in ordinary words or in a child’s poisoning', () => {
    for (const text of [
      'ik wil mezelf aanmelden voor de taalcursus en mijn man ook',
      'waar kan ik een touw kopen voor de schommel in de tuin',
      'onze peuter heeft een hele strip vitaminepillen leeggemaakt',
      'de kinderen en ik gaan zaterdag naar de kinderboerderij',
      'ik ga het nu doen, de aanvraag voor de huurtoeslag',
    ]) {
      expect(cuesOf(text), text).toEqual([]);
    }
  });
});

describe('told lines beside a crisis and in a check', () => {
  const thresholds = shippedConcernModel().thresholds;
  const quiet: ConcernScore = {
    crisis: 0.5,
    kinds: { danger: 0.2, suicide: 0.02, abuse: 0.02 },
    concern: 0.5,
    strongest: [],
  };
  const readings = {
    score: quiet,
    words: 20,
    language: 'nl',
    prior: noConcern,
    thresholds,
  } as const;

  it('adds a told line to a rule’s crisis and keeps the rule’s own', () => {
    const abuseRule: CrisisAssessment = {
      isCrisis: true,
      kinds: ['abuse'],
      ruleIds: ['abuse.threat-to-kill'],
    };
    const before = decideSafety({ ...readings, rules: abuseRule });
    const after = decideSafety({ ...readings, rules: abuseRule, cues: ['suicide'] });
    expect(kindsOf(before.lines)).toEqual(['abuse', 'danger']);
    expect(after.outcome).toBe('crisis');
    expect(kindsOf(after.lines)).toEqual(['suicide', 'abuse', 'danger']);
  });

  // Session 24 (lines24): the told line goes before the model's guess behind a danger.
  it('keeps the model’s line behind a danger rule and adds the told one before it', () => {
    const weapon: CrisisAssessment = {
      isCrisis: true,
      kinds: ['danger'],
      ruleIds: ['danger.weapon'],
    };
    const reading: ConcernScore = { ...quiet, kinds: { danger: 0.3, suicide: 0.6, abuse: 0.05 } };
    const result = decideSafety({ ...readings, score: reading, rules: weapon, cues: ['abuse'] });
    expect(kindsOf(result.lines)).toEqual(['danger', 'abuse', 'suicide']);
  });

  it('lists a told line first after 112 in a model’s check, and the outcome stays', () => {
    const leaning: ConcernScore = {
      crisis: 0.3,
      kinds: { danger: 0.3, suicide: 0.1, abuse: 0.2 },
      concern: thresholds.check + 0.05,
      strongest: [],
    };
    const plain = decideSafety({ ...readings, score: leaning, rules: NO_RULE_ANSWER });
    const told = decideSafety({
      ...readings,
      score: leaning,
      rules: NO_RULE_ANSWER,
      cues: ['suicide'],
    });
    expect(plain.outcome).toBe('check');
    expect(told.outcome).toBe('check');
    expect(kindsOf(plain.lines)).toEqual(['danger', 'abuse', 'suicide']);
    expect(kindsOf(told.lines)).toEqual(['danger', 'suicide', 'abuse']);
  });

  it('never makes a crisis or a check of told words alone', () => {
    const silent: ConcernScore = {
      crisis: 0,
      kinds: { danger: 0, suicide: 0, abuse: 0 },
      concern: 0,
      strongest: [],
    };
    const result = decideSafety({
      ...readings,
      score: silent,
      rules: NO_RULE_ANSWER,
      cues: ['suicide', 'abuse'],
    });
    expect(result.outcome).toBe('none');
    expect(result.lines).toEqual([]);
  });
});

/** Ten thousand characters and more: `unit` over and over, then `end`. */
const long = (unit: string, end = '') => unit.repeat(Math.ceil(10_000 / unit.length)) + end;

// A hang guard, not a timing test: a pattern that backtracks without end on a long repeated
// message would run past the test timeout. Speed itself is measured by `npm run bench:safety`.
describe('words that tell a line in a long, hostile message', () => {
  it('a cue’s opening words over and over tell no line', () => {
    for (const unit of [
      'en dan ',
      'touw ',
      'het nu gaat ',
      'hele strip ',
      'kinderen ',
      'mijn ex ',
    ]) {
      expect(cuesOf(long(unit)), unit).toEqual([]);
    }
  });

  it('the words that complete a cue at the end still tell its line', () => {
    expect(cuesOf(long('mijn ex ', 'ramt de deur met een hamer'))).toEqual(['abuse']);
  });
});
