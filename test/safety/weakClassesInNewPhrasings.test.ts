import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../src/safety/assessSafety.js';
import { rightLine } from '../../scripts/safety/rightLine.js';
import { eighthRoundCrises, eighthRoundHelpQuestions } from './heldOut.js';

// The eighth round (docs/adr/0012-safety-net.md) wrote training-only lines for the weak classes and
// fitted the firm-check thresholds on the dev kaarten's help questions, which no model trains on.
// These phrasings were written for the tests before that model was trained, and are in no training
// file (test/safety/corpusSplit.test.ts), each as the first message of a new chat.
describe('the weak classes of the eighth round, in new phrasings', () => {
  for (const { text, kinds } of eighthRoundCrises) {
    it(`catches, with every line it needs: ${text}`, () => {
      const assessment = assessSafety(text);
      expect(assessment.outcome).not.toBe('none');
      const shown = assessment.lines.map((line) => line.kind);
      expect(rightLine(assessment.outcome === 'crisis' ? 'crisis' : 'check', kinds, shown)).toBe(
        true,
      );
    });
  }
});

describe('help questions in everyday words, in new phrasings', () => {
  for (const text of eighthRoundHelpQuestions) {
    it(`neither answers with a crisis nor holds up the search: ${text}`, () => {
      const assessment = assessSafety(text);
      expect(assessment.outcome).not.toBe('crisis');
      expect(assessment.checkStrength).not.toBe('firm');
    });
  }
});
