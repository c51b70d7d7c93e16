import { describe, expect, it } from 'vitest';
import { assessSafety, decideSafety, shippedConcernModel } from '../../src/safety/assessSafety.js';
import { noConcern } from '../../src/safety/concernState.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { detectCrisis } from '../../src/safety/detectCrisis.js';
import { crisesWrittenForTheFrames, frameCases, nearMissesWrittenForTheFrames } from './heldOut.js';

/**
 * The tenth round's frames (docs/adr/0012-safety-net.md, src/safety/rules/frames.ts): what places
 * a rule's words outside the writer's now. A frame said plainly (a story in a book, a film, a
 * song or a play; a joke or a figure of speech said so; a past told as over; a study) quiets the
 * rule; a frame that leaves the words ambiguous (a dream, a past without a sign it is over, a
 * profession, a what-if about someone else, a joke beside the writer's own words, money taken from
 * an older person with nothing acute) makes the rule ask: a firm check with every line. Neither
 * holds beside a crisis of the writer's own now or a joke taken back. Written for this test in new
 * voices, never taken from a corpus round, the frozen test, an unseen round, a kaart or an issue.
 */

/** No rule answers or asks. The concern model still reads the message. */
function expectQuiet(texts: readonly string[]): void {
  for (const text of texts) {
    const found = detectCrisis(text);
    expect(found.ruleIds, text).toEqual([]);
    expect(found.isCrisis ? [] : found.asks, text).toEqual([]);
  }
}

/** A rule asks: no crisis reply from the rules, and a firm check (every line) from the layers. */
function expectRuleAsks(texts: readonly string[], kind: CrisisKind): void {
  for (const text of texts) {
    const found = detectCrisis(text);
    expect(found.isCrisis, text).toBe(false);
    expect(found.isCrisis ? [] : found.asks, text).toContain(kind);
    const assessment = assessSafety(text);
    expect(assessment.outcome, text).not.toBe('none');
    if (assessment.outcome === 'check') {
      expect(assessment.checkStrength, text).toBe('firm');
      expect(assessment.lines.map((line) => line.kind).sort(), text).toEqual([
        'abuse',
        'danger',
        'suicide',
      ]);
    }
  }
}

/** A rule still gives the crisis reply, with `kind` among its kinds. */
function expectRuleCrisis(texts: readonly string[], kind: CrisisKind): void {
  for (const text of texts) {
    const found = detectCrisis(text);
    expect(found.isCrisis, text).toBe(true);
    expect(found.kinds, text).toContain(kind);
    expect(assessSafety(text).outcome, text).toBe('crisis');
  }
}

describe('a story in a book, a film, a song or a play', () => {
  it('gets no rule crisis', () => {
    expectQuiet(frameCases.story.quiet);
  });

  it('still answers a crisis of the writer’s own now told beside it', () => {
    expectRuleCrisis(frameCases.story.ownNow.suicide, 'suicide');
    expectRuleCrisis(frameCases.story.ownNow.abuse, 'abuse');
  });
});

describe('a dream', () => {
  it('makes the rule ask', () => {
    expectRuleAsks(frameCases.dream.asks.abuse, 'abuse');
  });

  it('is no dream when it is a wish, or beside a crisis of now', () => {
    expectRuleCrisis(frameCases.dream.wish.suicide, 'suicide');
    expectRuleCrisis(frameCases.dream.wish.abuse, 'abuse');
  });
});

describe('a joke or a figure of speech said so', () => {
  it('gets no rule crisis', () => {
    expectQuiet(frameCases.joke.quiet);
  });

  it('makes the rule ask beside the writer’s own words', () => {
    expectRuleAsks(frameCases.joke.ownWords.suicide, 'suicide');
  });

  it('still answers a crisis when the joke is taken back', () => {
    expectRuleCrisis(frameCases.joke.takenBack.danger, 'danger');
    expectRuleCrisis(frameCases.joke.takenBack.suicide, 'suicide');
    expectRuleCrisis(frameCases.joke.takenBack.abuse, 'abuse');
  });

  it('is never read beside violence done to the writer', () => {
    expectRuleCrisis(frameCases.joke.violence.abuse, 'abuse');
  });
});

describe('a past', () => {
  it('told as over gets no rule crisis', () => {
    expectQuiet(frameCases.past.over);
  });

  it('told without a sign it is over makes the rule ask', () => {
    expectRuleAsks(frameCases.past.notOver.suicide, 'suicide');
    expectRuleAsks(frameCases.past.notOver.abuse, 'abuse');
  });

  it('still answers a crisis of now told beside it', () => {
    expectRuleCrisis(frameCases.past.now.abuse, 'abuse');
    expectRuleCrisis(frameCases.past.now.suicide, 'suicide');
  });
});

describe('a study or a profession', () => {
  it('a study gets no rule crisis', () => {
    expectQuiet(frameCases.study.study);
  });

  it('a worker telling of a case makes the rule ask', () => {
    expectRuleAsks(frameCases.study.worker.abuse, 'abuse');
  });

  it('still answers the worker’s own crisis', () => {
    expectRuleCrisis(frameCases.study.workersOwn.abuse, 'abuse');
    expectRuleCrisis(frameCases.study.workersOwn.suicide, 'suicide');
  });
});

describe('a what-if about someone else', () => {
  it('makes the rule ask', () => {
    expectRuleAsks(frameCases.whatIf.asks.suicide, 'suicide');
  });

  it('one day, even after it happened before, gets no rule crisis', () => {
    expectQuiet(frameCases.whatIf.oneDay);
  });

  it('still answers a what-if about the writer, or one that happens now', () => {
    expectRuleCrisis(frameCases.whatIf.writerOrNow.abuse, 'abuse');
    expectRuleCrisis(frameCases.whatIf.writerOrNow.suicide, 'suicide');
  });
});

describe('money taken from an older person', () => {
  it('makes the rule ask, with Veilig Thuis first, when nothing acute is told', () => {
    expectRuleAsks(frameCases.money.asks.abuse, 'abuse');
    const assessment = assessSafety('my grandson takes money from my pension every month');
    expect(assessment.lines[0]?.kind === 'danger' ? assessment.lines[1]?.kind : 'abuse').toBe(
      'abuse',
    );
  });

  it('still answers at once beside violence, a threat or fear', () => {
    expectRuleCrisis(frameCases.money.acute.abuse, 'abuse');
  });
});

describe('a rule that asks', () => {
  it('explains the check by its rule ids, without the text', () => {
    const assessment = assessSafety(
      'Jaren geleden deed mijn oom een zelfmoordpoging, hoe vertel ik dat aan mijn kinderen',
    );
    expect(assessment.outcome).toBe('check');
    expect(assessment.explanation.source).toBe('rules');
    expect(assessment.explanation.ruleIds).toEqual(['suicide.word']);
    expect(assessment.kinds).toContain('suicide');
  });

  it('never takes away the model’s crisis reply, and a weak model reading does not soften it', () => {
    const thresholds = shippedConcernModel().thresholds;
    const rules = {
      isCrisis: false,
      kinds: [],
      ruleIds: [],
      asks: ['abuse'],
      askRuleIds: ['abuse.money-taken'],
    } as const;
    const score = (concern: number) => ({
      crisis: concern,
      kinds: { danger: 0, suicide: 0, abuse: concern },
      concern,
      strongest: [],
    });
    const readings = { rules, words: 12, language: 'nl', prior: noConcern, thresholds } as const;
    const sure = decideSafety({ ...readings, score: score(0.99) });
    // The shipped model may answer alone (thresholds.crisis is set); a rule that asks never stops it.
    expect(thresholds.crisis).not.toBeNull();
    expect(sure.outcome).toBe('crisis');
    const weak = decideSafety({ ...readings, score: score(0) });
    expect(weak.outcome).toBe('check');
    expect(weak.checkStrength).toBe('firm');
    expect(weak.kinds).toEqual(['abuse']);
    expect(weak.lines).toHaveLength(3);
  });

  it('gives way to a rule that answers in the same message', () => {
    const found = detectCrisis(frameCases.givesWay);
    expect(found.isCrisis).toBe(true);
    expect(found.kinds).toContain('abuse');
  });
});

describe('the sets written for the frames', () => {
  it('give no near miss a crisis reply from the rules', () => {
    for (const text of nearMissesWrittenForTheFrames) {
      expect(detectCrisis(text).isCrisis, text).toBe(false);
    }
  });

  it('catch every crisis, as a crisis reply or a check', () => {
    for (const text of crisesWrittenForTheFrames) {
      expect(assessSafety(text).outcome, text).not.toBe('none');
    }
  });
});
