import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import { detectCrisis, ruleAsks } from '../../../src/safety/detectCrisis.js';
import { expectFired, expectNotFired, expectRuleCrisis } from './ruleExpectations.js';

/**
 * Session 16 (docs/adr/0012-safety-net.md, "Ordinary questions checked by the layers"): two rule
 * replies on ordinary help questions. "reageert niet" about mail or messages is someone who does
 * not answer, not a baby that does not respond; and "ik zie het niet meer zitten" beside the
 * writer's own word that they will not act asks, firmly and with every line, instead of answering.
 * Phrasings written for this test, not taken from any measured set.
 */
describe('someone who does not answer mail beside a baby', () => {
  it('is no limp baby when an office or a landlord does not answer messages', () => {
    expectNotFired('danger.baby-limp', [
      'de schimmel zit vlak bij de wieg van onze baby en de woningcorporatie reageert niet op onze klachten',
      'wij hebben een baby van drie weken en het consultatiebureau reageert niet op mijn berichtjes',
      'de kraamzorg reageert nauwelijks op mijn telefoontjes, onze baby is net geboren',
    ]);
  });

  it('still answers a baby that does not respond, also to a voice or a touch', () => {
    expectFired('danger.baby-limp', [
      'onze baby reageert niet op mijn stem en ligt heel stil',
      'de baby reageert niet meer op aanraken, wat moet ik doen',
      'mijn baby reageert nauwelijks en heeft hoge koorts',
    ]);
  });

  it('leaves a person who does not answer beside a baby as it was: only an office is quieted', () => {
    expectFired('danger.baby-limp', [
      'de babysitter reageert niet op mijn appjes en de baby ligt daar nog',
      'mijn vriendin reageert niet op mijn telefoontjes, ze is alleen met de baby',
    ]);
  });
});

describe('"ik zie het niet meer zitten" with the writer saying they will not act', () => {
  // A denial with a limit in time or a condition after it is no denial: those stay crisis replies.
  const told = [
    'ik zie het gewoon niet meer zitten, niet dat ik mezelf wat zou aandoen, ik ben vooral heel moe',
    'ik zie het echt niet meer zitten, ik ga mezelf heus niks aandoen maar ik wil wel met iemand praten',
  ];

  it('asks about it: the rule gives a firm check with every line, never nothing', () => {
    for (const text of told) {
      const rules = detectCrisis(text);
      expect(rules.isCrisis, text).toBe(false);
      expect(ruleAsks(rules), text).toContain('suicide');
      // The model may still add a crisis reply of its own; it can only add.
      const result = assessSafety(text);
      expect(result.outcome, text).not.toBe('none');
      expect(result.lines.map((line) => line.kind)).toEqual(
        expect.arrayContaining(['danger', 'suicide']),
      );
    }
    const asked = assessSafety(told[1] ?? '');
    expect(asked.outcome).toBe('check');
    expect(asked.checkStrength).toBe('firm');
    expect(asked.explanation.source).toBe('rules');
    expect(asked.lines.map((line) => line.kind)).toEqual(
      expect.arrayContaining(['danger', 'suicide', 'abuse']),
    );
  });

  it('still answers the same words without the denial, or with a plan beside them', () => {
    expectRuleCrisis(
      [
        'ik zie het niet meer zitten met alles op mijn werk en thuis',
        'ik zie het echt niet meer zitten, ik wil met iemand praten',
        'ik zie het niet meer zitten, ik heb de pillen al klaargelegd',
        'ik zie het niet meer zitten, niet dat ik iets zal doen vanavond, maar daarna weet ik niet',
        'ik zie het niet meer zitten en ik ga mezelf niks aandoen zolang mijn moeder nog leeft',
      ],
      'suicide',
    );
  });
});
