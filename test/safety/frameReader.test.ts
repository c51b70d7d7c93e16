import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameCorpus } from '../../scripts/safety/frameExamples.js';
import { findNearCopies } from '../../scripts/safety/nearCopies.js';
import { loadCorpusFile, loadSplit, unseenFile } from '../../scripts/safety/safetyCorpus.js';
import { assessSafety, decideSafety, shippedConcernModel } from '../../src/safety/assessSafety.js';
import { noConcern } from '../../src/safety/concernState.js';
import { noScore } from '../../src/safety/concernModel.js';
import type { CrisisAssessment } from '../../src/safety/detectCrisis.js';
import { detectCrisis } from '../../src/safety/detectCrisis.js';
import { cueGroupsOfWord } from '../../src/safety/frameCues.js';
import { frameFeatureNames } from '../../src/safety/frameFeatures.js';
import {
  frameLowering,
  frameMayLower,
  frameReaderFrom,
  loadFrameReader,
  type FrameReader,
} from '../../src/safety/frameReader.js';
import { normalise } from '../../src/safety/normalise.js';
import { isWijkwijzerError } from '../../src/shared/errors.js';
import {
  frameModelAfterCrises,
  frameModelAfterNearMisses,
  frameModelCrises,
  frameModelNearMisses,
  heldOutPhrasings,
} from './heldOut.js';

/**
 * The frame reader (docs/adr/0012-safety-net.md, thirteenth round, src/safety/frameReader.ts): it may
 * only lower a rule's crisis reply to a firm check, never to nothing, never for acute danger, never
 * beside a crisis of the writer's own now. Phrasings written for this test.
 */

const reader = loadFrameReader();
/** A reader that reads every message as a frame: what the vetoes and the decision still hold. */
const always: FrameReader = frameReaderFrom({
  version: 1,
  threshold: 0,
  bias: 50,
  features: [],
  weights: [],
  training: {},
});
/** A reader that never lowers: main's decision before the thirteenth round. */
const never: FrameReader = frameReaderFrom({
  version: 1,
  threshold: 1,
  bias: -50,
  features: [],
  weights: [],
  training: {},
});

describe('frame features', () => {
  it('read a medium, a study or a past through its group and its first letters', () => {
    const names = frameFeatureNames(
      normalise('In het filmpje op zijn telefoon. Tien jaar geleden!'),
    );
    expect(names).toContain('w:filmpje');
    expect(names).toContain('p:film');
    expect(names).toContain('g:media');
    expect(names).toContain('g:past');
    expect(names).toContain('gg:media+past');
    // Word pairs stop at a clause end.
    expect(names).not.toContain('b:telefon tien');
    expect(cueGroupsOfWord('2009')).toEqual(['past']);
    expect(cueGroupsOfWord(normalise('voorstelling'))).toEqual(['media']);
  });

  it('read a bounded number of words', () => {
    const long = frameFeatureNames(normalise('film '.repeat(10_000)));
    expect(long.length).toBeLessThan(10);
  });
});

describe('the frame reader', () => {
  it('is deterministic and explains itself by feature names only', () => {
    const text = normalise('In de podcast vertelt een man hoe hij vroeger zijn vrouw sloeg');
    const first = reader.readNormalised(text);
    expect(reader.readNormalised(text)).toEqual(first);
    expect(first.framed).toBeGreaterThan(0);
    expect(first.framed).toBeLessThan(1);
    for (const name of first.strongest) expect(name).toMatch(/^(?:w|b|p|g|gg):/);
    expect(reader.threshold).toBeGreaterThanOrEqual(0.5);
  });

  it('only reads a message a rule answered without danger', () => {
    const danger = 'in de film zag ik het maar nu brandt het echt in de keuken van de buren';
    const rulesOnDanger = detectCrisis('er is brand en mijn buurman zit nog binnen');
    expect(rulesOnDanger.isCrisis && rulesOnDanger.kinds).toContain('danger');
    expect(frameMayLower(rulesOnDanger, normalise(danger))).toBe(false);
    const none: CrisisAssessment = detectCrisis('waar is de bibliotheek');
    expect(frameMayLower(none, normalise('waar is de bibliotheek'))).toBe(false);
  });

  it('is vetoed by a crisis of the writer’s own now, a time of now, a frame taken back, a what-if about the writer', () => {
    for (const text of [
      'ik wil dood, net als de vrouw in dat boek',
      'in de serie slaat hij haar en mijn vriend slaat mij ook',
      'vroeger sloeg mijn vader mijn moeder en gisteravond weer',
      'het is geen grap, mijn zus wil niet meer leven',
      'stel dat ik mezelf iets aandoe, wie zorgt er voor mijn hond',
      'ik heb een cursus over suicide gevolgd en nu ben ik degene die dood wil',
    ]) {
      const rules = detectCrisis(text);
      expect(rules.isCrisis, text).toBe(true);
      expect(frameLowering(always, rules, normalise(text)), text).toBeUndefined();
      expect(assessSafety(text, { frames: always }).outcome, text).toBe('crisis');
    }
  });

  it('a broken or missing file stops the start (WW-9203)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'frames-'));
    try {
      const broken = path.join(dir, 'broken.json');
      writeFileSync(broken, '{"version":1,"threshold":2}');
      for (const file of [broken, path.join(dir, 'missing.json')]) {
        let caught: unknown;
        try {
          loadFrameReader(file);
        } catch (error) {
          caught = error;
        }
        expect(isWijkwijzerError(caught) && caught.code, file).toBe('WW-9203');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the decision with a frame', () => {
  const thresholds = shippedConcernModel().thresholds;
  const rules = detectCrisis('mijn moeder wil niet meer leven zegt ze');
  const base = {
    rules,
    score: noScore,
    words: 8,
    language: 'nl',
    prior: noConcern,
    thresholds,
  } as const;

  it('lowers a rule’s crisis reply to a firm check with the rule’s kinds first and every line', () => {
    expect(rules.isCrisis).toBe(true);
    const lowered = decideSafety({ ...base, frame: { framed: 0.9, strongest: ['g:media'] } });
    expect(lowered.outcome).toBe('check');
    expect(lowered.checkStrength).toBe('firm');
    expect(lowered.kinds).toEqual(['suicide']);
    expect(lowered.lines.map((line) => line.kind)).toEqual(['suicide', 'danger', 'abuse']);
    expect(lowered.explanation.source).toBe('rules');
    expect(lowered.explanation.ruleIds).toEqual(rules.isCrisis ? rules.ruleIds : []);
    expect(lowered.explanation.frame).toEqual({ framed: 0.9, strongest: ['g:media'] });
    expect(decideSafety(base).outcome).toBe('crisis');
    expect(decideSafety(base).explanation.frame).toBeUndefined();
  });

  it('never lowers the model’s own crisis reply, and never gives nothing', () => {
    const silent = detectCrisis('ik zoek een zwemles voor mijn zoon');
    const sure = {
      crisis: 0.99,
      kinds: { danger: 0, suicide: 0.99, abuse: 0 },
      concern: 0.99,
      strongest: [],
    };
    const frame = { framed: 0.99, strongest: [] };
    expect(thresholds.crisis).not.toBeNull();
    expect(decideSafety({ ...base, rules: silent, score: sure, words: 12, frame }).outcome).toBe(
      'crisis',
    );
    // With the reader that reads everything as a frame, every rule crisis is still caught.
    for (const text of ['ik wil dood', 'mijn man slaat mijn dochter elke dag', 'zelfmoord']) {
      expect(assessSafety(text, { frames: always }).outcome, text).not.toBe('none');
    }
  });
});

describe('the held-out frame set (test/safety/frameModelPhrasings.ts)', () => {
  it('gives fewer near misses a crisis reply than main did, and no crisis fewer', () => {
    const crisisReplies = (texts: readonly string[], frames: FrameReader) =>
      texts.filter((text) => assessSafety(text, { frames }).outcome === 'crisis').length;
    const crises = frameModelCrises.map((crisis) => crisis.text);
    // Measured when adopted (the ADR): near misses 11 → 3 of 32, crises 13 → 13 of 16.
    expect(crisisReplies(frameModelNearMisses, reader)).toBeLessThanOrEqual(3);
    expect(crisisReplies(frameModelNearMisses, never)).toBeGreaterThan(
      crisisReplies(frameModelNearMisses, reader),
    );
    expect(crisisReplies(crises, reader)).toBe(crisisReplies(crises, never));
    for (const text of crises) expect(assessSafety(text).outcome, text).not.toBe('none');
  });
});

describe('the second frame set, written after the reader', () => {
  it('gives no more near misses a crisis reply than main, and every crisis its crisis reply as in main', () => {
    const outcomes = (texts: readonly string[], frames: FrameReader) =>
      texts.map((text) => assessSafety(text, { frames }).outcome);
    const crises = frameModelAfterCrises.map((crisis) => crisis.text);
    const count = (list: readonly string[]) => list.filter((o) => o === 'crisis').length;
    // Measured (the ADR): near misses 4 → 2 of 12; crises 5 of 6 as a crisis reply, as in main.
    expect(count(outcomes(frameModelAfterNearMisses, reader))).toBeLessThan(
      count(outcomes(frameModelAfterNearMisses, never)),
    );
    expect(outcomes(crises, reader)).toEqual(outcomes(crises, never));
    expect(outcomes(crises, reader)).not.toContain('none');
  });
});

describe('the frame corpus', () => {
  it('holds no held-out phrasing and no near copy of a held-out, frozen or unseen line', () => {
    const lines = frameCorpus().map((record) => ({ text: record.text, where: record.source }));
    const held = [
      ...heldOutPhrasings(),
      ...loadSplit('test').map((record) => ({ text: record.text, where: 'test' })),
      ...loadCorpusFile(unseenFile).map((record) => ({ text: record.text, where: 'unseen' })),
    ];
    expect(
      findNearCopies(lines, held).map((copy) => `${copy.line.text} ~ ${copy.heldOut.where}`),
    ).toEqual([]);
  });
});
