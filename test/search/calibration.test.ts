import { describe, expect, it } from 'vitest';
import {
  isNoGoodMatch,
  MIN_CONFIDENCE,
  OUT_OF_SCOPE_DOUBT,
  SURE_REFUSAL,
  type ConfidenceSignals,
} from '../../src/search/calibration.js';

/**
 * "No good match" from two calibrated signals (ADR 0013, round 16): the confidence, and in the
 * doubt band between SURE_REFUSAL and MIN_CONFIDENCE the model's probability that the question is
 * not for the sociale kaart.
 */
const signals = (outOfScope: number): ConfidenceSignals => ({
  quality: 0.3,
  agreement: 0.2,
  domain: 0.2,
  outOfScope,
  vague: 0,
});
const inBand = (SURE_REFUSAL + MIN_CONFIDENCE) / 2;

describe('no good match', () => {
  it('has a band below the threshold, above the sure refusal', () => {
    expect(SURE_REFUSAL).toBeLessThan(MIN_CONFIDENCE);
    expect(OUT_OF_SCOPE_DOUBT).toBeGreaterThan(0);
  });

  it('answers a confident result whatever the model thinks of the scope', () => {
    expect(isNoGoodMatch(MIN_CONFIDENCE, signals(0.9))).toBe(false);
  });

  it('answers in the band when the question reads as one for the sociale kaart', () => {
    expect(isNoGoodMatch(inBand, signals(0))).toBe(false);
    expect(isNoGoodMatch(inBand, signals(OUT_OF_SCOPE_DOUBT / 2))).toBe(false);
  });

  it('refuses in the band when the question may well be for someone else (a permit, the bus)', () => {
    expect(isNoGoodMatch(inBand, signals(OUT_OF_SCOPE_DOUBT))).toBe(true);
    expect(isNoGoodMatch(inBand, signals(0.8))).toBe(true);
  });

  it('refuses below the band, in scope or not', () => {
    expect(isNoGoodMatch(SURE_REFUSAL - 0.01, signals(0))).toBe(true);
  });
});
